"""One file's work, wherever it runs (the runner's process or a pool worker): load it
(read, then structure) and lint it, within the file's time limit.

Failures stay here: whatever goes wrong with one file becomes a one-line reason on its
result, never an exception that stops the run. Structure, the engine and the kinds are
imported only where a file is really loaded or linted, so a run served from the cache
and `reslint --version` never import them.
"""

from __future__ import annotations

import time
from collections import Counter
from dataclasses import replace
from pathlib import Path
from typing import NamedTuple

from reslint.limits import TimedOut, time_limit
from reslint.model import Document, Finding
from reslint.options import LoadOptions, RunOptions
from reslint.readers import Reader, ReadError, read
from reslint.readers.built_pdf import source_beside
from reslint.report import FileResult
from reslint.selection import active_rules

# A PDF built from a LaTeX or Typst source beside it says what the source says: its text is
# linted once, on the source, where a finding points at the line to fix. The PDF is still
# checked for what only the built file can get wrong.
BUILT_PDF_RULES = frozenset(
    {"garbled-text", "hidden-text", "metadata-leak", "too-many-pages", "text-not-extractable"}
)


def load_document(path: Path, options: LoadOptions, reader: Reader | None = None) -> Document:
    """Read `path` (with `reader`, when the caller knows it) and structure what was read."""
    # Structure, engine and kinds are imported where a file is really linted: a run served
    # from the cache, and a formatter (which needs `Report`), never load them.
    from reslint.structure import build_document

    output = read(path, options.read, reader)
    return build_document(path, output, options.region)


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


# The kind recorded for a plain-text or Markdown file with nothing of a resume in it: a
# folder search skips it with a note (runner), a file named on the command line is linted.
NOT_A_RESUME = "not-a-resume"
PROSE_FORMATS = frozenset({"text", "markdown"})


def looks_like_resume(doc: Document) -> bool:
    """Whether a text or Markdown file has anything of a resume: contact details or a
    section a resume has (Experience, Education, ...). Other formats always do: a PDF or
    DOCX in a resume folder is a resume, and the structured ones say so themselves."""
    if doc.facts.format not in PROSE_FORMATS or doc.kind != "resume":
        return True
    contact = doc.contact
    if contact.emails or contact.phones or contact.linkedin:
        return True
    return any(section.kind != "other" for section in doc.sections)


def lint_file(
    path: Path,
    options: RunOptions,
    profile: Document | None = None,
    reader: Reader | None = None,
) -> FileResult:
    """Lint one file within its time limit; any failure becomes a one-line error on its result.
    `reader`: the one `detect` chose, when the caller already knows it."""
    started = time.monotonic()
    try:
        with time_limit(options.config.limits.timeout_seconds):
            result = _lint_file(path, options, profile, reader)
    except TimedOut as error:
        result = FileResult(str(path), error=str(error))
    return replace(result, seconds=time.monotonic() - started)


def time_left(result: FileResult, options: RunOptions) -> float:
    """What is left of `result`'s file's time budget for work after its lint (at least
    nothing): reading, structure, rules and the report's views of a file share one."""
    return max(options.config.limits.timeout_seconds - result.seconds, 0.0)


def _lint_file(
    path: Path, options: RunOptions, profile: Document | None, reader: Reader | None
) -> FileResult:
    from reslint.engine import applicable, run_rules
    from reslint.kinds import KINDS, Context
    from reslint.suppressions import unsuppressed

    doc = try_load(path, options.loading_for(path), reader)  # within lint_file's time limit
    if isinstance(doc, str):
        return FileResult(str(path), error=doc)
    book = options.rulebook
    ctx = Context(
        region=options.region,
        today=options.today,
        profile=profile,
        known=frozenset([*book.rules, *book.families]),
    )
    configured = active_rules(options.config, options.rulebook, path, options.selection)
    built = source_beside(path) is not None or options.config.names_as_built_pdf(path)
    if doc.facts.format == "pdf" and built:
        configured = [active for active in configured if active.rule.name in BUILT_PDF_RULES]
    rules = applicable(configured, doc, ctx)  # once: the result records which rules ran
    keep = frozenset(a.rule.name for a in rules if KINDS[a.rule.kind].after_others)
    findings = unsuppressed(run_rules(doc, rules, ctx), doc.suppressions, doc.path, keep)
    limits = options.config.limits
    kept, omitted = cap_findings(
        list(findings), limits.max_findings_per_rule, limits.max_findings_per_file
    )
    return FileResult(
        str(path),
        kept,
        omitted=omitted,
        notes=doc.facts.truncated,
        format=doc.facts.format,
        kind=NOT_A_RESUME if not looks_like_resume(doc) else doc.kind,
        profile=str(profile.path) if profile else None,
        rules=tuple(active.rule.name for active in rules),
    )


# Other places a grouped finding lists (`Finding.places`; its `count` stays the total). One
# finding of a rule that fires on every line of a 200 KB file listed 2,011 of them on one
# text line, and the findings caps count findings, not places.
MAX_PLACES = 50


def cap_findings(
    findings: list[Finding], per_rule: int, per_file: int
) -> tuple[tuple[Finding, ...], tuple[tuple[str, int], ...]]:
    """The findings within the caps, in their order, and how many of each rule were left out.

    Each rule keeps its first `per_rule`; past `per_file` in all, the least severe go first,
    so the errors of a file that fires everywhere are still shown. Each keeps its first
    MAX_PLACES other places.
    """
    seen: Counter[str] = Counter()
    within_rule: list[int] = []
    for index, finding in enumerate(findings):
        seen[finding.rule] += 1
        if seen[finding.rule] <= per_rule:
            within_rule.append(index)
    if len(within_rule) > per_file:
        by_severity = sorted(within_rule, key=lambda i: (-findings[i].severity.rank, i))
        within_rule = sorted(by_severity[:per_file])
    kept = tuple(findings[i] for i in within_rule)
    left = seen - Counter(finding.rule for finding in kept)
    kept = tuple(
        replace(f, places=f.places[:MAX_PLACES]) if len(f.places) > MAX_PLACES else f for f in kept
    )
    return kept, tuple(sorted(left.items()))


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
