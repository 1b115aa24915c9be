"""Kind `email-invalid`: an email address that would bounce, by its syntax or a mistyped domain."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import unique_fields
from reslint.model import Document, Line

OPTIONS = {
    "common_domains": Option(
        "strings", [], "Well-known mail domains; one edit away from one of these is a typo."
    ),
    "known_domains": Option(
        "strings", [], "Real mail domains that are never a typo, though close to a common one."
    ),
}

# Sections that hold other people's addresses (referees): not the candidate's to fix.
_OTHER_PEOPLE_SECTIONS = frozenset({"references"})
_ATTEMPT_RE = re.compile(r"(?i)\b(?:e-?mail|mail)\b\s*[:\-–]?\s*(\S+@\S*)")


def _syntax_problem(address: str) -> str | None:
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error).rstrip(".")
    return None


def _typo_of(domain: str, options: Mapping[str, Any]) -> str | None:
    from rapidfuzz.distance import OSA

    domain = domain.lower()
    if domain in options["known_domains"] or domain in options["common_domains"]:
        return None
    for common in options["common_domains"]:
        if OSA.distance(domain, common) == 1:
            return common
    return None


def _attempts(doc: Document) -> Iterator[tuple[str, Line]]:
    """Labelled things that were meant as an address but the email finder did not take.

    Lines of a references section are skipped: a referee's address is not the
    candidate's, and the email finder leaves it out of the contact on purpose.
    """
    others = {
        id(line)
        for section in doc.sections
        if section.kind in _OTHER_PEOPLE_SECTIONS
        for line in section.lines
    }
    for line in doc.lines:
        if id(line) in others:
            continue
        for match in _ATTEMPT_RE.finditer(line.text):
            token = re.sub(r"(?i)^mailto:", "", match.group(1).strip(".,;|)"))
            if token and not any(e.raw.lower() in token.lower() for e in doc.contact.emails):
                yield token, line


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    for field in unique_fields(doc.contact.emails):
        address = field.raw or field.value
        problem = _syntax_problem(address)
        if problem is None:
            typo = _typo_of(address.rpartition("@")[2], options)
            problem = f"the domain looks like a typo of {typo}" if typo else None
        if problem:
            yield Hit(f"email '{address}' is not valid: {problem}", field.line, address)
    for token, line in _attempts(doc):
        if _syntax_problem(token) is None:
            continue  # a good address the contact block does not hold (another person's)
        problem = _syntax_problem(token) or "it is not a complete address"
        yield Hit(f"email '{token}' is not valid: {problem}", line, token)
