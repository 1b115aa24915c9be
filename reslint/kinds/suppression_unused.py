"""Kind `suppression-unused`: a `reslint: ignore` comment that silences nothing, or names a
rule that does not exist (as ruff's RUF100 reports an unused `noqa`).

A comment stays in a file long after the finding it silenced was fixed, and then hides
the next real one; a misspelt rule name silences nothing at all. The kind runs after the
other rules and sees their findings before suppression (`Context.findings`). A name is
judged unused only when its rule ran on the file (a rule not selected in this run might
well fire in another); a comment that names no rule is unused when nothing at all fired
on its line or the line below.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document, Line, Suppression
from reslint.names import did_you_mean

OPTIONS: dict[str, Option] = {
    "report_unused": Option("bool", True, "Report comments that silence nothing."),
}


def _line(comment: Suppression) -> Line:
    """The comment as a Line, so the finding points at it (its column is not kept)."""
    named = ", ".join(comment.rules)
    text = f"reslint: ignore {named}".rstrip()
    return Line(text=text, number=comment.line, column=1, source=comment.source)


def _silences_any(comment: Suppression, doc: Document, ctx: Context) -> bool:
    """Whether `comment` silences a finding of the other rules at any of its places (a
    grouped finding is at several)."""
    return any(
        comment.silences(finding, doc.path, where)
        for finding in ctx.findings
        for where in (finding.location, *finding.places)
    )


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    for comment in doc.suppressions:
        line = _line(comment)
        if ctx.known:
            for name in comment.rules:
                if name not in ctx.known:
                    yield Hit(
                        f"unknown rule '{name}' in a suppression{did_you_mean(name, ctx.known)}",
                        line,
                    )
        if not options["report_unused"]:
            continue
        if not comment.rules:
            if not _silences_any(comment, doc, ctx):
                yield Hit("suppression without a rule silences nothing here", line)
            continue
        for name in comment.rules:
            if name not in ctx.ran:
                continue
            single = Suppression(comment.line, (name,), comment.source)
            if not _silences_any(single, doc, ctx):
                yield Hit(f"unused suppression: '{name}' found nothing here", line)
