"""Kind `email-invalid`: an email address that would bounce, by its syntax or a mistyped domain."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.broken_emails import broken, syntax_problem
from reslint.kinds.shared.contact_fields import unique_fields
from reslint.model import Document

OPTIONS = {
    "common_domains": Option(
        "strings", [], "Well-known mail domains; one edit away from one of these is a typo."
    ),
    "known_domains": Option(
        "strings", [], "Real mail domains that are never a typo, though close to a common one."
    ),
}


def _typo_of(domain: str, options: Mapping[str, Any]) -> str | None:
    from rapidfuzz.distance import OSA

    domain = domain.lower()
    if domain in options["known_domains"] or domain in options["common_domains"]:
        return None
    for common in options["common_domains"]:
        if OSA.distance(domain, common) == 1:
            return common
    return None


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    for field in unique_fields(doc.contact.emails):
        address = field.raw or field.value
        problem = syntax_problem(address)
        if problem is None:
            typo = _typo_of(address.rpartition("@")[2], options)
            problem = f"the domain looks like a typo of {typo}" if typo else None
        if problem:
            yield Hit(f"email '{address}' is not valid: {problem}", field.line, address)
    for token, line, problem in broken(doc):
        yield Hit(f"email '{token}' is not valid: {problem}", line, token)
