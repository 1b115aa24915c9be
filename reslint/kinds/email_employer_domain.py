"""Kind `email-employer-domain`: job hunting from the current employer's email address."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import own_fields
from reslint.kinds.shared.names import company_words
from reslint.model import Document

OPTIONS = {
    "free_mail": Option("strings", [], "Mail domains anyone can sign up to; never an employer."),
    "threshold": Option("float", 90.0, "Fuzzy score (0-100) at which a domain names the company."),
    "skip_academic": Option(
        "bool",
        True,
        "Leave .edu and .ac.* addresses alone: academics apply from their university address.",
    ),
}

# Second-level labels under a country code: `acme.co.uk` is Acme's, not "co"'s.
_SECOND_LEVEL = frozenset({"co", "com", "org", "net", "gov", "ac", "edu", "ltd", "plc", "ne", "or"})


def organisation_label(domain: str) -> str:
    """The label that names the organisation: `mail.acme-corp.co.uk` -> `acmecorp`."""
    labels = domain.lower().split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        labels = labels[:-1]
    label = labels[-2] if len(labels) >= 2 else labels[0]
    return label.replace("-", "")


def is_academic(domain: str) -> bool:
    labels = domain.lower().split(".")
    return labels[-1] == "edu" or (len(labels) >= 3 and labels[-2] in ("ac", "edu"))


def names_company(label: str, company: str, threshold: float) -> bool:
    """Whether a domain label is the company's: its name, first word, or initials."""
    from rapidfuzz import fuzz

    parts = company_words(company)
    if not parts or len(label) < 2:
        return False
    joined = "".join(parts)
    if label in (joined, parts[0] if len(parts[0]) >= 3 else joined):
        return True
    if len(parts) >= 2 and label == "".join(part[0] for part in parts):
        return True
    return len(label) >= 4 and fuzz.ratio(label, joined) >= threshold


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    current = [
        p.company.value
        for p in doc.positions
        if p.company is not None and p.dates is not None and p.dates.is_current
    ]
    if not current:
        return
    free_mail = {domain.lower() for domain in options["free_mail"]}
    seen: set[str] = set()
    for field in own_fields(doc, "email"):
        domain = field.value.rpartition("@")[2]
        if field.value in seen or domain in free_mail:
            continue
        seen.add(field.value)
        if options["skip_academic"] and is_academic(domain):
            continue
        label = organisation_label(domain)
        company = next((c for c in current if names_company(label, c, options["threshold"])), None)
        if company:
            yield Hit(
                f"email '{field.text}' is at {company}, your current employer",
                field.line,
                field.text,
                "Apply from a personal address: your employer can read work mail, "
                "and the address stops working when you leave.",
            )
