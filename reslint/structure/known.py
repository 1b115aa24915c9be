"""The Structure of a resume whose reader read its fields itself (the structured formats).

It owns the one way into `structure` for readers of JSON Resume, RenderCV, LinkedIn's export
and its Profile.pdf: they hand over `KnownFields` (in `ReaderOutput.known`) and
`structure_from_known` makes the Structure, with what only this stage knows added: the
country that national phone numbers are read in.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reslint.lexicon.country import document_countries
from reslint.lexicon.language import document_language
from reslint.model import Contact, Field, KnownFields, Structure
from reslint.structure.name_text import typed_name
from reslint.structure.phones import dialled_country, read_number


def _countries(known: KnownFields, region: str) -> tuple[str, ...]:
    """The countries the fields point to, the likeliest first: the country codes of the
    other numbers, the person's location (`Berlin, Germany`) and headline, the domains
    of the emails and links, the language of the text, then the configured region."""
    located = [field.text for field in (known.location, known.headline) if field is not None]
    texts = [field.text for field in known.summary] + [
        line.text for section in known.sections for line in section.lines
    ]
    return document_countries(
        dialled=[code for phone in known.phones if (code := dialled_country(phone.text))],
        contact_texts=located,
        addresses=[field.value for field in (*known.emails, *known.urls, *known.linkedin)],
        language=document_language(texts),
        region=region,
        other_texts=(),
    )


def _phones_in_country(known: KnownFields, region: str) -> tuple[Field, ...]:
    """Readers of structured formats do not know the country: read their national numbers
    in the first country the document points to whose plan they fit."""
    if all(phone.value.startswith("+") for phone in known.phones):
        return known.phones
    countries = _countries(known, region)
    return tuple(
        phone if phone.value.startswith("+") else replace(phone, value=_read(phone, countries))
        for phone in known.phones
    )


def _read(phone: Field, countries: tuple[str, ...]) -> str:
    """A national number in the first country whose plan it fits; a run of digits that fits
    none but dials a country with a `+` before it (`4915123456789`) is that number: people
    type the country code and leave out the plus."""
    value, country = read_number(phone.text, countries)
    digits = re.sub(r"\D", "", phone.text)
    if country is None and len(digits) >= 11 and digits == phone.text.strip():
        value, country = read_number("+" + digits, countries)
        if country is None:
            value = None
    return value or phone.value


def _cleaned(name: Field | None) -> Field | None:
    """The name without what profiles print beside it: `(She/Her)`, `, MBA`, an emoji."""
    if name is None:
        return None
    return replace(name, value=typed_name(name.value) or name.value)


def structure_from_known(known: KnownFields, region: str) -> Structure:
    """The Structure of the fields a structured reader read, each kept on its source line."""
    contact = Contact(
        name=_cleaned(known.name),
        headline=known.headline,
        emails=known.emails,
        phones=_phones_in_country(known, region),
        linkedin=known.linkedin,
        urls=known.urls,
        location=known.location,
    )
    return Structure(
        contact=contact,
        sections=known.sections,
        positions=known.positions,
        education=known.education,
        summary=known.summary,
        top_block=known.top_block,
    )
