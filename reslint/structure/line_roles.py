"""A learned line-role model (a CRF) that says which header row of a position is its title and
which its employer, behind a switch; OFF by default.

It owns the experiment issue 14 asks for: where the hand-written reading of a header of
several rows (structure.roles) is unsure, a linear-chain CRF over the rows' features
(structure.row_features) labels each row `title`, `company`, `both` or `other`, and the
rows it names are read with roles' own helpers. It plugs in at one seam:
structure.positions hands it the section's entries and their readings, and gets readings
back; with the switch off it returns them untouched.

The switch is the environment variable `RESLINT_LINE_MODEL`: unset, empty or `off` reads by
the rules alone; `on` uses the model shipped in `structure/data/line_roles.crfsuite`; a path
uses that model file (training and cross-validation, `benchmarks/train_line_roles.py`).
The model needs python-crfsuite, which reslint does not depend on while the model is not
adopted (`pip install python-crfsuite`); without it the rules read.

The shipped model is trained on non-lexical features only (typography, shapes, lexicon
category flags; never a word of a row), from synthetic resumes, the project's corpus and the
tune split of the real resumes: it holds none of their text. Deterministic: the same rows
give the same labels. Measured against the rules in benchmarks/README.md ("line-role
model"): it did not beat them, so it stays off.
"""

from __future__ import annotations

import hashlib
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

from reslint.model import Line
from reslint.structure.entries import Entry
from reslint.structure.header_rows import Reading, Row, header_rows
from reslint.structure.one_line_roles import read_one_line
from reslint.structure.roles import read_rows
from reslint.structure.row_features import (
    Features,
    SectionLook,
    own_features,
    section_look,
    sequence_features,
)

SWITCH = "RESLINT_LINE_MODEL"
SHIPPED = Path(__file__).with_name("data") / "line_roles.crfsuite"
LABELS = ("title", "company", "both", "other")
# A reading the rules are this sure of stays theirs (roles' margin; positions' `_SURE`).
_RULES_SURE = 2
# The model overrides the rules only when its title row is at least this likely.
_MIN_PROBABILITY = 0.6


def model_path() -> Path | None:
    """The model file the switch names, None when the model is off."""
    value = os.environ.get(SWITCH, "").strip()
    if value.lower() in ("", "off", "0", "no"):
        return None
    return SHIPPED if value.lower() in ("on", "1", "yes") else Path(value)


def model_signature() -> str | None:
    """What a result cache must key on while the model is switched on: the model file and
    its bytes (retraining keeps the name); None while off, when the rules alone read."""
    path = model_path()
    if path is None:
        return None
    try:
        content = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        content = "unreadable"  # the rules read, as without the switch, but keyed apart
    return f"{path}:{content}"


@lru_cache(maxsize=4)
def _tagger(path: Path) -> Any:
    """A crfsuite tagger for the model file, None without python-crfsuite or a readable
    model (an experiment's switch never stops a file from being read: the rules read it)."""
    try:
        import pycrfsuite
    except ImportError:
        return None
    if not path.is_file():
        return None
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError):
        return None
    return tagger


def entry_features(rows: list[Row], look: SectionLook) -> list[Features]:
    return sequence_features([own_features(r.text, r.line, r.pieces, look) for r in rows])


def look_of(lines: tuple[Line, ...], entries: list[Entry]) -> SectionLook:
    firsts = [rows[0].line for rows in map(header_rows, entries) if rows]
    return section_look(lines, firsts)


def _probabilities(tagger: Any, features: list[Features]) -> list[dict[str, float]]:
    tagger.set(features)
    labels = tagger.labels()
    return [
        {label: tagger.marginal(label, index) for label in labels} for index in range(len(features))
    ]


def _model_reading(rows: list[Row], marginals: list[dict[str, float]]) -> Reading | None:
    """The reading the model's labels make, None when it is not sure enough of a title."""
    title_p = [m.get("title", 0.0) + m.get("both", 0.0) for m in marginals]
    title_row = max(range(len(rows)), key=lambda r: (title_p[r], -r))
    if title_p[title_row] < _MIN_PROBABILITY:
        return None
    if marginals[title_row].get("both", 0.0) > marginals[title_row].get("title", 0.0):
        one = read_one_line(rows[title_row])
        return Reading(one.company, one.title, 3, None, None, tuple(r.line for r in rows))
    others = [r for r in range(len(rows)) if r != title_row]
    company_row = max(others, key=lambda r: (marginals[r].get("company", 0.0), -r))
    reading = read_rows(rows, title_row=title_row, company_row=company_row)
    sure = title_p[title_row] >= 0.9 and marginals[company_row].get("company", 0.0) >= 0.9
    return Reading(
        reading.company,
        reading.title,
        _RULES_SURE if sure else 1,
        reading.title_row,
        reading.company_row,
        reading.rows,
    )


def revise_readings(
    entries: list[Entry], readings: list[Reading], lines: tuple[Line, ...]
) -> list[Reading]:
    """The section's readings, those of the rules' unsure headers of several rows read
    again by the model when it is switched on (the readings untouched otherwise)."""
    path = model_path()
    tagger = _tagger(path) if path is not None else None
    if tagger is None:
        return readings
    look = look_of(lines, entries)
    revised: list[Reading] = []
    for entry, reading in zip(entries, readings, strict=True):
        rows = header_rows(entry)
        if len(rows) < 2 or reading.margin >= _RULES_SURE:
            revised.append(reading)
            continue
        model = _model_reading(rows, _probabilities(tagger, entry_features(rows, look)))
        revised.append(model if model is not None else reading)
    return revised
