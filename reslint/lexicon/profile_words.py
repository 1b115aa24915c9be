"""Words of LinkedIn's Profile.pdf, from `data/profile_words.toml`, as patterns.

Kept apart from the resume vocabulary: these phrases are the words of one program's
interface, printed the same on every profile of a language.
"""

from __future__ import annotations

import re

from reslint.lexicon.data_files import load_words


def _phrases(table: str) -> list[str]:
    words = load_words("profile_words")[table]
    return sorted(
        {phrase for phrases in words.values() for phrase in phrases}, key=len, reverse=True
    )


def _alternatives(phrases: list[str]) -> str:
    # An apostrophe in a phrase matches either form LinkedIn may print.
    return "|".join(re.escape(phrase).replace("'", "['’]") for phrase in phrases)


UNDER_A_YEAR = _alternatives(_phrases("under_a_year"))
