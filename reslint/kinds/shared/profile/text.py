"""Text as the profile comparisons see it: folded (case, accents, punctuation) and scored."""

from __future__ import annotations

import re
import unicodedata

# Letters that Unicode does not decompose into a base letter and an accent.
_LETTERS = str.maketrans(
    {"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i"}
)


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, `&` spelled out, spaces collapsed."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower().translate(_LETTERS)
    text = text.replace("&", " and ").replace("+", " and ")
    text = re.sub(r"(?<=\w)[.'’](?=\w)", "", text)  # a.b.c -> abc, o'neil -> oneil
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> float:
    """0–100; a name that is the other plus words ("Amazon", "Amazon Web Services") scores 100."""
    if not a or not b:
        return 0.0
    if a == b:
        return 100.0
    if min(len(a), len(b)) < 3:
        return 0.0
    from rapidfuzz import fuzz  # only runs with a profile to compare

    return float(fuzz.token_set_ratio(a, b))
