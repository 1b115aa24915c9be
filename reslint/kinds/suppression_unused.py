"""Kind `suppression-unused`: a `reslint: ignore` comment that names an unknown rule, names
no rule, or silences nothing, as ruff's RUF100 reports a `noqa` that does nothing.

It reviews the other rules' findings (Context.findings, before suppression), so a comment
is unused only for a rule that ran on the file: a rule left out by `--select`, an override
or a missing profile might have fired, and is not reported.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document, Line, Suppression
from reslint.suggest import did_you_mean

NAME = "suppression-unused"

OPTIONS = {
    "unknown_message": Option(
        "str",
        "unknown rule '{rule}' in a reslint: ignore comment{hint}",
        "The message for a name that is no rule; {rule} is the name, {hint} a did-you-mean.",
    ),
    "unused_message": Option(
        "str",
        "'{rule}' found nothing here to ignore",
        "The message for a rule that ran and found nothing on the line; {rule} is its name.",
    ),
    "empty_message": Option(
        "str",
        "reslint: ignore names no rule",
        "The message for a comment that names no rule.",
    ),
}


def _comment(suppression: Suppression) -> Line:
    """The directive as a Line of its own, so its finding points at the comment."""
    shown = "reslint: ignore " + ", ".join(suppression.rules)
    return Line(shown.strip(), number=suppression.line, column=suppression.column)


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    for suppression in doc.suppressions:
        where = _comment(suppression)
        if not suppression.rules:
            yield Hit(options["empty_message"], where)
        for rule in suppression.rules:
            if rule == NAME:
                continue  # silencing this rule's own findings is always allowed
            if rule not in ctx.known_rules:
                hint = did_you_mean(rule, ctx.known_rules)
                yield Hit(options["unknown_message"].format(rule=rule, hint=hint), where)
            elif rule in ctx.ran and not any(
                finding.rule == rule and suppression.covers(finding.location)
                for finding in ctx.findings
            ):
                yield Hit(options["unused_message"].format(rule=rule), where)
