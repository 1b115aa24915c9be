"""Kind `email-odd`: an email address that would make a recruiter hesitate."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import own_fields, unique_fields
from reslint.kinds.shared.names import fold, looks_like_person, resembles_name, words
from reslint.model import Document

OPTIONS = {
    "words": Option("strings", [], "Words that make an address look unprofessional."),
    "max_digits": Option("int", 4, "More digits than this in the part before @ is odd."),
    "birth_years": Option("bool", True, "Flag a four-digit year 1940-2015 in the address."),
    "max_separators": Option("int", 2, "More dots, dashes and underscores than this is odd."),
    "max_local_length": Option("int", 30, "A longer part before @ (not made of the name) is odd."),
    "min_name_confidence": Option(
        "float",
        0.8,
        "Compare the address with the name only when the structure is this sure of the name "
        "(0-1): a misread name makes every address look like someone else's.",
    ),
    "name_threshold": Option(
        "float", 80.0, "Fuzzy score (0-100) at which the address resembles the name."
    ),
}

_BIRTH_YEAR_RE = re.compile(r"(?<!\d)(19[4-9]\d|200\d|201[0-5])(?!\d)")


# Role words that carry no name by design: `hello@adalovelace.dev`, or a
# template's `email@example.com` (that one is placeholder-text's to report).
_ROLE_LOCALS = frozenset(
    {"hello", "hi", "contact", "info", "mail", "email", "me", "you", "your", "name", "jobs", "cv"}
)


def _local_name_reason(local: str, domain: str, name: str, threshold: float) -> str | None:
    if not looks_like_person(name) or local.lower() in _ROLE_LOCALS:
        return None
    # A personal domain (`hello@adalovelace.com`) carries the name for the local part.
    site = domain.rsplit(".", 1)[0]
    if resembles_name(local, name, threshold) or resembles_name(site, name, threshold):
        return None
    return f"looks nothing like your name ({name})"


def _unprofessional_word(local: str, vocabulary: list[str], name_parts: set[str]) -> str | None:
    """A listed word as a whole token of the address, or (four letters or more) at its edge.

    The person's name is taken out first: Killian is not a killer, sexyada is still sexy.
    """
    rest = fold(local)
    for part in sorted(name_parts, key=len, reverse=True):
        if len(part) >= 3:
            rest = rest.replace(part, " ")
    tokens = re.findall(r"[a-z]+", rest)
    for entry in vocabulary:
        word = entry.lower()
        if word in name_parts:
            continue
        for token in tokens:
            at_edge = token.startswith(word) or token.endswith(word)
            if token == word or (len(word) >= 4 and at_edge):
                return word
    return None


def odd_reasons(
    address: str, name: str | None, options: Mapping[str, Any], *, name_known: bool = True
) -> list[str]:
    """Why an address would make a recruiter hesitate; empty when it is fine.

    `name_known` says the name is read with confidence; only then may the address be
    called unlike it (the name still keeps its words from being read as odd ones).
    """
    local, _, domain = address.partition("@")
    reasons: list[str] = []
    word = _unprofessional_word(local, options["words"], set(words(name or "")))
    if word:
        reasons.append(f"the word '{word}'")
    years = _BIRTH_YEAR_RE.findall(local) if options["birth_years"] else []
    if years:
        reasons.append(f"what looks like a birth year ({years[0]}), which also invites age bias")
    digits = sum(ch.isdigit() for ch in local)
    if digits > options["max_digits"] and not years:
        reasons.append(f"{digits} digits")
    # A dot after an initial (`j.r.r.tolkien`) is said as part of the initial, and is no
    # separator a caller must remember.
    separators = re.findall(r"(?<![._\-+][^\W\d_])(?<!^[^\W\d_])[._\-+]", local)
    # One kind of separator is easy to say ("ada dot lovelace"); underscores
    # mixed with other separators or digits are what callers get wrong.
    if (
        len(separators) > options["max_separators"]
        or re.search(r"[._\-+]{2}", local)
        or ("_" in separators and (len(set(separators)) > 1 or digits))
    ):
        reasons.append("a mix of dots, underscores or digits that is hard to say aloud")
    matches_name = name is not None and resembles_name(local, name, options["name_threshold"])
    if len(local) > options["max_local_length"] and not matches_name:
        reasons.append(f"a {len(local)}-character name before the @")
    if name and name_known:
        unlike = _local_name_reason(local, domain, name, options["name_threshold"])
        if unlike:
            reasons.append(unlike)
    return reasons


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    name = doc.contact.name.value if doc.contact.name else None
    name_known = doc.contact.name_confidence >= options["min_name_confidence"]
    for field in unique_fields(own_fields(doc, "email")):
        address = field.value
        reasons = odd_reasons(address, name, options, name_known=name_known)
        if reasons:
            yield Hit(
                f"email '{field.text}' may look unprofessional: {'; '.join(reasons)}",
                field.line,
                field.text,
                "Use firstname.lastname at a common provider or your own domain.",
            )
