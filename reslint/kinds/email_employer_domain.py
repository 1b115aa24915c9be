"""Kind `email-employer-domain`: job hunting from the current employer's email address."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import own_fields
from reslint.kinds.shared.names import company_words
from reslint.kinds.shared.phrases import split_advice
from reslint.model import Document

OPTIONS = {
    "free_mail": Option("strings", [], "Mail domains anyone can sign up to; never an employer."),
    "threshold": Option("float", 90.0, "Fuzzy score (0-100) at which a domain names the company."),
    "label_suffixes": Option(
        "strings",
        [],
        "Words a company adds to its name in its domain: `yahoo-inc.com`, `acmecorp.com`.",
    ),
    "aliases": Option(
        "strings",
        [],
        "Domains that do not spell their company, as 'label => Company, Company': "
        "'fb => Facebook, Meta'.",
    ),
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


def label_stems(label: str, suffixes: tuple[str, ...] = ()) -> list[str]:
    """The label, and the label without a company word it ends in: `yahooinc` -> `yahoo`."""
    stems = [label]
    for suffix in suffixes:
        if label.endswith(suffix) and len(label) - len(suffix) >= 2:
            stems.append(label[: -len(suffix)])
    return stems


def names_company(
    label: str,
    company: str,
    threshold: float,
    suffixes: tuple[str, ...] = (),
    aliases: Mapping[str, str] | None = None,
) -> bool:
    """Whether a domain label is the company's: its name, first word, or initials, once
    a company word at its end is dropped; or the company a known alias stands for."""
    parts = company_words(company)
    if not parts or len(label) < 2:
        return False
    for alias in (aliases or {}).get(label, "").split(","):
        named = company_words(alias)
        if named and named == parts[: len(named)]:
            return True
    return any(_spells_company(stem, parts, threshold) for stem in label_stems(label, suffixes))


def _spells_company(label: str, parts: list[str], threshold: float) -> bool:
    from rapidfuzz import fuzz

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
    suffixes = tuple(sorted({s.lower() for s in options["label_suffixes"]}, key=len, reverse=True))
    labels, companies = split_advice(tuple(options["aliases"]))
    aliases = {
        label.lower(): companies[label.lower()] for label in labels if label.lower() in companies
    }
    seen: set[str] = set()
    for field in own_fields(doc, "email"):
        domain = field.value.rpartition("@")[2]
        if field.value in seen or domain in free_mail:
            continue
        seen.add(field.value)
        if options["skip_academic"] and is_academic(domain):
            continue
        label = organisation_label(domain)
        company = next(
            (
                c
                for c in current
                if names_company(label, c, options["threshold"], suffixes, aliases)
            ),
            None,
        )
        if company:
            yield Hit(
                f"email '{field.text}' is at {company}, your current employer",
                field.line,
                field.text,
                "Apply from a personal address: your employer can read work mail, "
                "and the address stops working when you leave.",
            )
