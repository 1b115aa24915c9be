"""Phrase and pattern matching shared by the kinds that search text.

A rule's phrases (whole words, any case, any spacing) and regular expressions
become one compiled alternation; a phrase may carry its own advice after `=>`.
"""

from __future__ import annotations

import re
from functools import lru_cache

ADVICE_SEPARATOR = "=>"


def phrase_key(text: str) -> str:
    """A phrase as its advice is looked up: lower case, spaces collapsed."""
    return " ".join(text.lower().split())


def split_advice(entries: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """Phrases without their `=> advice` part, and the advice for each phrase that has one."""
    phrases: list[str] = []
    advice: dict[str, str] = {}
    for entry in entries:
        phrase, _, text = entry.partition(ADVICE_SEPARATOR)
        phrases.append(phrase.strip())
        if text.strip():
            advice[phrase_key(phrase)] = text.strip()
    return tuple(phrases), advice


@lru_cache(maxsize=256)
def compile_matcher(
    phrases: tuple[str, ...], patterns: tuple[str, ...], at_start: bool
) -> re.Pattern[str]:
    """One compiled alternation for all of a rule's phrases and patterns, built once."""
    # Longest first, so "assisted with the" style overlaps report the fullest phrase.
    ordered = sorted((p for p in phrases if p.strip()), key=len, reverse=True)
    parts = [r"(?i:" + r"\s+".join(map(re.escape, p.split())) + r")" for p in ordered]
    parts.extend(f"(?:{p})" for p in patterns)
    if not parts:
        return re.compile(r"(?!)")
    body = "|".join(parts)
    prefix = r"^\W*" if at_start else r"(?<![\w])"
    return re.compile(rf"{prefix}(?:{body})(?![\w])")
