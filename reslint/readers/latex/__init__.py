"""LaTeX sources (`.tex`, XeTeX's `.xtx`), read, never compiled.

`read_latex` loads the file and the files it reads in (latex.sources), parses them with
pylatexenc, which keeps each node's position, and prints them line by line
(latex.render) with the macros the document defines and those its class is known to have
(latex.table, from readers/data/latex_macros.toml). Each Line carries its file, line and
column. Entry macros whose arguments name their parts (moderncv's and Awesome-CV's
`\\cventry`, AltaCV's `\\cvevent`, Jake's `\\resumeSubheading`) are also handed over as
KnownEntry records, so structure need not guess which part is the employer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from pathlib import Path

from reslint.model import FileFacts, ReaderOutput
from reslint.readers.base import ReadOptions
from reslint.readers.built_pdf import built_pdf_text
from reslint.readers.latex.render import render_document
from reslint.readers.latex.sources import Sources, load_sources
from reslint.readers.latex.table import MacroTable, class_macros, class_names, table_for

_MIN_CLASS_USES = 3


def _document_class(sources: Sources) -> str | None:
    """The class whose macros the document uses: the one it names when the table knows it,
    else the known class most of whose macros it uses (a copy of Deedy's class renamed)."""
    named = sources.document_class
    if named in class_names():
        return named
    used: Counter[str] = Counter()
    texts = "\n".join(sources.parsed_text.values())
    for name in set(class_names().values()):
        own = {name for name, definition in sources.definitions.items() if not definition.package}
        macros = class_macros(name) - own
        used[name] = sum(
            len(re.findall(rf"\\{re.escape(macro)}(?![A-Za-z@])", texts)) for macro in macros
        )
    best = used.most_common(1)
    return best[0][0] if best and best[0][1] >= _MIN_CLASS_USES else named


# The sectioning levels below the table's headings, highest first: a document whose
# headings are one level down (a lone `\section*{Curriculum Vitae}` as its title, then a
# `\subsection*` for each part) has them as its section headings.
_LOWER_LEVELS = ("subsection", "subsubsection")


def _uses(texts: str, macro: str) -> int:
    return len(re.findall(rf"\\{re.escape(macro)}(?![A-Za-z@])", texts))


def _with_heading_level(sources: Sources, table: MacroTable) -> MacroTable:
    """`table` with the highest sectioning level the document uses more than once as its
    headings: a level used once above it is the document's title, not a section."""
    texts = "\n".join(sources.parsed_text.values())
    bodies = "\n".join(definition.body for definition in sources.definitions.values())
    # A macro of the document's own that prints a heading may be used any number of times.
    if any(_uses(bodies, macro) for macro in table.headings):
        return table
    if sum(_uses(texts, macro) for macro in table.headings) > 1:
        return table
    for level in _LOWER_LEVELS:
        if level in table.lines and _uses(texts, level) > 1:
            lines = {name: spec for name, spec in table.lines.items() if name != level}
            headings = {**table.headings, level: table.lines[level]}
            return replace(table, headings=headings, lines=lines)
    return table


def read_latex(path: Path, options: ReadOptions) -> ReaderOutput:
    sources = load_sources(path, options)
    table = _with_heading_level(sources, table_for(_document_class(sources)))
    renderer = render_document(sources, table)
    lines = tuple(renderer.builder.lines)
    built = built_pdf_text(path, options)
    facts = FileFacts(
        format="latex",
        built_pdf=str(built[0]) if built else None,
        built_text=built[1] if built else (),
    )
    return ReaderOutput(
        lines=lines,
        facts=facts,
        suppressions=tuple(sources.suppressions),
        entries=tuple(renderer.entries),
    )
