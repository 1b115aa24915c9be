"""The Structure of a resume whose reader read its fields itself (the structured formats).

It owns the one way into `structure` for readers of JSON Resume, RenderCV, LinkedIn's export
and its Profile.pdf: they hand over `KnownFields` (in `ReaderOutput.known`) and
`structure_from_known` makes the Structure, with what only this stage knows added: the
region that national phone numbers are read in.
"""

from __future__ import annotations

from dataclasses import replace

from reslint.lexicon.contact import normalise_phone
from reslint.model import Contact, Field, KnownFields, Structure


def _phones_in_region(phones: tuple[Field, ...], region: str) -> tuple[Field, ...]:
    """Readers of structured formats do not know the region: normalise their national numbers."""
    return tuple(
        replace(phone, value=normalise_phone(phone.text, region) or phone.value)
        if not phone.value.startswith("+")
        else phone
        for phone in phones
    )


def structure_from_known(known: KnownFields, region: str) -> Structure:
    """The Structure of the fields a structured reader read, each kept on its source line."""
    contact = Contact(
        name=known.name,
        headline=known.headline,
        emails=known.emails,
        phones=_phones_in_region(known.phones, region),
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
