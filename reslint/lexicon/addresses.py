"""A postal address printed after a name: `Hotel Mercurio Via Hermada 2 21047 Saronno`,
`Acme GmbH Musterstraße 5, 10115 Berlin`, `Northwind Ltd 12 Main Street`. The street words
per language are entry_words.toml's `street_words` and `street_endings`."""

from __future__ import annotations

import re
from functools import cache

from reslint.lexicon.entry_words import alternatives_of


@cache
def _address_re() -> re.Pattern[str]:
    streets = alternatives_of("street_words")
    endings = alternatives_of("street_endings")
    house = r"\d+[a-zA-Z]?(?:[/-]\d+)?\b"
    forms = [
        # `Via Hermada 2`, `Rue de la Paix 12`, `ul. Długa 5`: the street word, a name of up
        # to four words, the house number.
        rf"(?<!\w)(?:{streets})(?!\w)\s+(?:[^\W\d_][\w'’.-]*\s+){{0,4}}{house}",
        # `12 Main Street`: the number first.
        rf"(?<!\w){house}\s+(?:[^\W\d_][\w'’.-]*\s+){{0,3}}(?:{streets})(?!\w)",
        # `21047 Saronno`, `8001 Zürich`: a postcode and its town, closing the text or
        # followed by a comma or a bracket; four digits that may be a year are none.
        r"(?<![\w/.-])(?:\d{5}|(?!19|20)\d{4})\s+[^\W\d_][\w'’-]+(?=\s*(?:[,(]|$))",
    ]
    if endings:
        forms.append(rf"(?<!\s)(?:{endings})\s+{house}")
    return re.compile("|".join(f"(?:{form})" for form in forms), re.IGNORECASE)


def address_start(text: str) -> int | None:
    """Where an address printed after a name starts in `text` (the start of the word that
    opens it), or None when it holds none after some name."""
    match = _address_re().search(text)
    if match is None:
        return None
    start = match.start()
    start = text.rfind(" ", 0, start) + 1 if start and not text[start - 1].isspace() else start
    return start if text[:start].strip(" ,;-–") else None


def without_address(text: str) -> str:
    """`text` without the address printed after the name it starts with."""
    start = address_start(text)
    return text if start is None else text[:start].rstrip(" ,;-–")
