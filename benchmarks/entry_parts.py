"""Which parts of positions and education entries a parse gets right, entry by entry.

`real_accuracy.py` counts an entry only when every part is right, the standard the issue
sets; that figure does not say whether a miss is a swapped title, an employer with its
town glued on, or a lost end date. Here each labelled entry is paired with the parsed
entry that agrees with it on most parts (one to one, the best pairs first), and each part
is scored on its own: right (tp), wrong or missing (fn, and an fp when the parse gave a
wrong value), and each part of a parsed entry paired with none is an fp.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from parse_accuracy import Score, norm_date, norm_text

PARTS = {
    "positions": (
        ("company", norm_text),
        ("title", norm_text),
        ("start", norm_date),
        ("end", norm_date),
    ),
    "education": (
        ("school", norm_text),
        ("degree", norm_text),
        ("start", norm_date),
        ("end", norm_date),
    ),
}
PART_FIELDS = tuple(f"{field}.{part}" for field, parts in PARTS.items() for part, _ in parts)


def _values(entry: dict[str, Any], field: str) -> tuple[str, ...]:
    return tuple(norm(entry.get(part)) for part, norm in PARTS[field])


def _pairs(
    truth: Sequence[tuple[str, ...]], got: Sequence[tuple[str, ...]]
) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing by the number of equal parts (at least one)."""
    ranked = sorted(
        (
            (sum(a == b and a != "" for a, b in zip(t, g, strict=True)), i, j)
            for i, t in enumerate(truth)
            for j, g in enumerate(got)
        ),
        reverse=True,
    )
    used_t: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for agree, i, j in ranked:
        if agree and i not in used_t and j not in used_g:
            used_t.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def part_scores(predicted: dict[str, Any], truth: dict[str, Any]) -> dict[str, Score]:
    scores = {name: Score() for name in PART_FIELDS}
    for field, parts in PARTS.items():
        want = [_values(e, field) for e in truth.get(field) or []]
        got = [_values(e, field) for e in predicted.get(field) or []]
        pairs = dict(_pairs(want, got))
        paired = set(pairs.values())
        for index, values in enumerate(want):
            other = got[pairs[index]] if index in pairs else None
            for position, (part, _) in enumerate(parts):
                score = scores[f"{field}.{part}"]
                mine = other[position] if other is not None else ""
                if mine == values[position]:
                    score.tp += values[position] != "" or other is not None
                else:
                    score.fn += 1
                    score.fp += mine != ""
        for index, values in enumerate(got):
            if index not in paired:
                for position, (part, _) in enumerate(parts):
                    scores[f"{field}.{part}"].fp += values[position] != ""
    return scores
