"""Text as the profile comparisons see it: folded (case, accents, punctuation) and scored."""

from __future__ import annotations

from reslint.lexicon.degree_levels import fold as fold_words


def fold(text: str) -> str:
    """Lower case, accents and punctuation dropped, `&` spelled out, spaces collapsed."""
    return fold_words(text.replace("&", " and ").replace("+", " and "))


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
