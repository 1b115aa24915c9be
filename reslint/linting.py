"""One file's work, wherever it runs (the runner's process or a pool worker): load it
(read, then structure) and lint it, within the file's time limit.

Failures stay here: whatever goes wrong with one file becomes a one-line reason on its
result, never an exception that stops the run. Structure, the engine and the kinds are
imported only where a file is really loaded or linted, so a run served from the cache
and `reslint --version` never import them.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from reslint.limits import TimedOut, time_limit
from reslint.model import Document
from reslint.options import LoadOptions, RunOptions
from reslint.readers import Reader, ReadError, read
from reslint.report import FileResult
from reslint.selection import active_rules


def load_document(path: Path, options: LoadOptions, reader: Reader | None = None) -> Document:
    """Read `path` (with `reader`, when the caller knows it) and structure what was read."""
    # Structure, engine and kinds are imported where a file is really linted: a run served
    # from the cache, and a formatter (which needs `Report`), never load them.
    from reslint.structure import build_document

    output = read(path, options.read, reader)
    doc = build_document(path, output, options.region)
    # The reader's `reslint: ignore` directives go to the engine, which applies them.
    return replace(doc, suppressions=output.suppressions) if output.suppressions else doc


def try_load(path: Path, options: LoadOptions, reader: Reader | None = None) -> Document | str:
    """The Document, or a one-line reason it cannot be read; never an exception."""
    try:
        return load_document(path, options, reader)
    except ReadError as error:
        return str(error)
    except RecursionError:
        return "file is nested too deeply to read"
    except MemoryError:
        return "file needs too much memory to read"
    except Exception as error:  # a reader bug must not stop the other files
        return f"cannot read file ({type(error).__name__}: {error})"


def load(path: Path, options: LoadOptions, reader: Reader | None = None) -> Document | str:
    """`try_load` within the file's time limit: how `reslint parse` loads its file."""
    try:
        with time_limit(options.timeout_seconds):
            return try_load(path, options, reader)
    except TimedOut as error:
        return str(error)


def lint_file(
    path: Path,
    options: RunOptions,
    profile: Document | None = None,
    reader: Reader | None = None,
    *,
    searched: bool = False,
    known_as: Path | None = None,
) -> FileResult:
    """Lint one file within its time limit; any failure becomes a one-line error on its result.
    `reader`: the one `detect` chose, when the caller already knows it. `searched`: found in
    a folder search, so a text file that does not look like a resume is skipped. `known_as`:
    the path the file stands for (standard input's `--stdin-filename`), for the overrides
    that apply and the locations reported."""
    name = known_as or path
    try:
        with time_limit(options.config.limits.timeout_seconds):
            return _lint_file(path, name, options, profile, reader, searched)
    except TimedOut as error:
        return FileResult(str(name), error=str(error))


def _lint_file(
    path: Path,
    name: Path,
    options: RunOptions,
    profile: Document | None,
    reader: Reader | None,
    searched: bool,
) -> FileResult:
    from reslint.engine import applicable, run_rules
    from reslint.kinds import Context

    doc = try_load(path, options.loading, reader)  # within lint_file's time limit
    if isinstance(doc, str):
        return FileResult(str(name), error=doc)
    if searched and doc.facts.format in PROSE_FORMATS and not looks_like_resume(doc):
        return FileResult(str(name), format=doc.facts.format, skipped=NOT_A_RESUME)
    if name != path:
        doc = replace(doc, path=name)
    ctx = Context(
        region=options.region,
        today=options.today,
        profile=profile,
        known_rules=frozenset(options.rulebook.rules),
    )
    configured = active_rules(options.config, options.rulebook, name, options.selection)
    rules = applicable(configured, doc, ctx)  # once: the result records which rules ran
    findings = run_rules(doc, rules, ctx)
    return FileResult(
        str(name),
        tuple(findings),
        format=doc.facts.format,
        kind=doc.kind,
        profile=str(profile.path) if profile else None,
        rules=tuple(active.rule.name for active in rules),
    )


def load_profile(path: Path, options: LoadOptions) -> Document | str:
    """The profile to compare resumes with, or why it cannot be read.

    Whatever reader read it (an export, Profile.pdf, or a resume format given
    with --profile), it is the profile side of the comparison.
    """
    doc = load(path, options)
    return doc if isinstance(doc, str) else replace(doc, kind="profile")


class Task(NamedTuple):
    path: Path
    profile: Path | None  # the profile it is compared with
    reader: Reader | None  # what `detect` chose for it
    searched: bool = False  # found in a folder search, not named


# Formats any text file may be in: in a folder, a file in them that has none of a resume's
# parts is someone's notes, a document or a word list (`rules/document/placeholders.txt`).
PROSE_FORMATS = frozenset({"text", "markdown"})
NOT_A_RESUME = (
    "does not look like a resume (no experience or education, no name with contact details "
    "at the top); skipped"
)


def looks_like_resume(doc: Document) -> bool:
    """Whether `doc` has what every resume has: experience or education, or a name with a
    contact detail at the top. Structure reads a name into any first line, and documents
    quote example addresses, so neither alone is enough."""
    if doc.positions or doc.education:
        return True
    if any(section.kind in ("experience", "education") for section in doc.sections):
        return True
    contact = doc.contact
    top = {id(line) for line in doc.structure.top_block}
    details = (*contact.emails, *contact.phones, *contact.linkedin)
    return contact.name is not None and any(id(item.line) in top for item in details)
