"""The face LaTeX text prints in (readers.source_faces): what `\\textbf{…}`, `{\\Large …}`
and the sectioning macros' titles set, and how long it lasts: a declaration to the end of
its group or environment, a macro's face for its argument."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from pylatexenc import latexwalker

from reslint.readers.latex.table import MacroTable
from reslint.readers.source_faces import PLAIN
from reslint.readers.source_lines import LineBuilder, kept_face


@contextmanager
def heading_face(builder: LineBuilder, table: MacroTable, name: str) -> Iterator[None]:
    """A sectioning macro's title in its face: the body's size and weight around it do not
    carry into it. A class's heading macro (`\\cvsection`) prints as `\\section` does."""
    words = table.heading_faces.get(name)
    if words is None and name in table.headings:
        words = table.heading_faces.get("section")
    with kept_face(builder):
        if words is not None:
            builder.face = PLAIN.with_words(words)
        yield


def declares(node: latexwalker.LatexMacroNode, words: str, builder: LineBuilder) -> bool:
    """`\\bfseries`: the face set for what follows, and True. `\\textbf{…}`: False, its
    argument to print in the face (`argument_face`)."""
    spec = node.nodeargd.argspec if node.nodeargd else ""
    if "{" in spec:
        return False
    builder.face = builder.face.with_words(words)
    return True


@contextmanager
def argument_face(builder: LineBuilder, words: str) -> Iterator[None]:
    with kept_face(builder):
        builder.face = builder.face.with_words(words)
        yield
