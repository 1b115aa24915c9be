"""Kind `profile-contact`: the resume and LinkedIn share no email address (or phone number)."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.profile.lines import profile_of, related, where
from reslint.lexicon.contact import normalise_phone
from reslint.model import Document, Field

OPTIONS = {
    "fields": Option("strings", ["email", "phone"], "What to compare: email, phone."),
}


def _phone_key(field: Field, region: str) -> str:
    number = normalise_phone(field.raw or field.value, region) or field.value
    digits = "".join(ch for ch in number if ch.isdigit())
    return digits[-10:]


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    profile = profile_of(ctx)
    wanted = set(options["fields"])
    if "email" in wanted and doc.contact.emails and profile.contact.emails:
        theirs = {field.value.lower() for field in profile.contact.emails}
        if not any(field.value.lower() in theirs for field in doc.contact.emails):
            first, other = doc.contact.emails[0], profile.contact.emails[0]
            yield Hit(
                f"email {first.value} is not among LinkedIn's ({other.value}, {where(other.line)})",
                first.line,
                text=first.text,
                suggestion="Give the same address on the resume and on LinkedIn.",
                related=related(other.line),
            )
    if "phone" in wanted and doc.contact.phones and profile.contact.phones:
        theirs = {_phone_key(field, ctx.region) for field in profile.contact.phones}
        if not any(_phone_key(field, ctx.region) in theirs for field in doc.contact.phones):
            first, other = doc.contact.phones[0], profile.contact.phones[0]
            yield Hit(
                f"phone {first.text} differs from LinkedIn's {other.text.strip()} "
                f"({where(other.line)})",
                first.line,
                text=first.text,
                suggestion="Give the same phone number on the resume and on LinkedIn.",
                related=related(other.line),
            )
