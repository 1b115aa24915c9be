"""What an entry's header rows look like, as features a line-role model can weigh.

It owns describing each header row of a position entry (structure.header_rows' `Row`) by its
typography relative to the section (size against the section's body text, bold, italic,
indent, the style the section's entries open with), its shape (capitals, length, pieces,
separators, digits, brackets, a date and where it stands) and the lexicon's verdicts on
its words (title words, employer words, school, department, place), then adding the same
features of the rows before and after, as a CRF uses context.

Only non-lexical features: no word of a row is ever a feature, only categories the lexicon
or the layout gives it. A model trained from real resumes therefore holds no text of
theirs (structure.line_roles ships one).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from reslint.lexicon.entry_words import DEGREE_RE, company_score, is_school, is_unit, title_score
from reslint.lexicon.joiners import has_joiner
from reslint.lexicon.pieces import comma_pieces, cut_dates, is_location
from reslint.model import Line

Features = dict[str, str]

_SUBSET_RE = re.compile(r"^[A-Z]{6}\+")
_ITALIC_RE = re.compile(r"italic|oblique|-it$|[a-z]it$", re.IGNORECASE)
# The features of a neighbour row that say most about this one (kept few: a CRF over
# small data overfits on many).
_CONTEXT = ("bold", "italic", "size", "title", "employer", "date", "indent", "style1")


@dataclass(frozen=True, slots=True)
class SectionLook:
    """The section's typography the rows are measured against: the size of its body text,
    its left edge, and the style most of its entries open with."""

    body_size: float | None
    left: float | None
    opening_style: tuple[bool, float, str] | None


def style(line: Line) -> tuple[bool, float, str]:
    font = _SUBSET_RE.sub("", line.font_name or "")
    return line.bold, round(line.font_size or 0.0, 1), font


def section_look(lines: tuple[Line, ...], first_lines: list[Line]) -> SectionLook:
    """The body size is the size most of the section's characters are printed in."""
    sizes: Counter[float] = Counter()
    for line in lines:
        if line.font_size:
            sizes[round(line.font_size, 1)] += len(line.text)
    lefts = [line.box.x0 for line in lines if line.box is not None]
    openings = Counter(style(line) for line in first_lines)
    return SectionLook(
        body_size=sizes.most_common(1)[0][0] if sizes else None,
        left=min(lefts) if lefts else None,
        opening_style=openings.most_common(1)[0][0] if openings else None,
    )


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _size(line: Line, look: SectionLook) -> str:
    if not line.font_size or not look.body_size:
        return "?"
    ratio = line.font_size / look.body_size
    if ratio < 0.95:
        return "small"
    if ratio <= 1.05:
        return "body"
    return "large" if ratio <= 1.25 else "huge"


def _indent(line: Line, look: SectionLook) -> str:
    if line.box is None or look.left is None:
        return "?"
    offset = line.box.x0 - look.left
    if offset <= 4:
        return "0"
    return "small" if offset <= 40 else "far"


def _caps(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return "none"
    if all(ch.isupper() for ch in letters):
        return "all"
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[:1].isupper() for w in words) / len(words) if words else 0.0
    return "title" if capitalised >= 0.75 else ("some" if capitalised >= 0.3 else "lower")


def own_features(text: str, line: Line, pieces: list[str], look: SectionLook) -> Features:
    """One row's features: `text` is the row as printed without its dates."""
    dated = cut_dates(line)
    printed = line.text.strip()
    date_at = "none"
    if dated.dates is not None and dated.dates.raw:
        where = printed.find(dated.dates.raw)
        date_at = (
            "start"
            if where <= 1
            else ("end" if where + len(dated.dates.raw) >= len(printed) - 2 else "mid")
        )
    parts = [part for piece in pieces for part in comma_pieces(piece)]
    first = pieces[0] if pieces else text
    titles = max((title_score(p) for p in parts), default=0)
    employers = max((company_score(p) for p in parts), default=0)
    return {
        "bold": str(line.bold),
        "italic": str(bool(_ITALIC_RE.search(_SUBSET_RE.sub("", line.font_name or "")))),
        "size": _size(line, look),
        "indent": _indent(line, look),
        "style1": str(look.opening_style is not None and style(line) == look.opening_style),
        "caps": _caps(text),
        "words": _bucket(len(text.split()), (1, 2, 3, 5, 8, 12)),
        "pieces": _bucket(len(pieces), (1, 2, 3)),
        "commas": _bucket(len(parts) - len(pieces), (0, 1, 2)),
        "date": date_at,
        "digits": str(any(ch.isdigit() for ch in text)),
        "bracket": str("(" in text),
        "at": str(has_joiner(text)),
        "title": _bucket(titles, (0, 1, 2, 3)),
        "title1": _bucket(title_score(first), (0, 1, 2, 3)),
        "employer": _bucket(employers, (0, 1, 2)),
        "school": str(any(is_school(p) for p in parts)),
        "unit": str(any(is_unit(p) for p in parts)),
        "degree": str(bool(DEGREE_RE.search(text))),
        "place": str(any(is_location(p) for p in parts)),
        "end": "period" if text.rstrip().endswith(".") else "other",
    }


def sequence_features(rows: list[Features]) -> list[Features]:
    """Each row's features with its place in the header and its neighbours' main ones."""
    out: list[Features] = []
    count = len(rows)
    for index, own in enumerate(rows):
        features = dict(own)
        features["rows"] = _bucket(count, (1, 2, 3))
        features["at_row"] = "first" if index == 0 else ("last" if index == count - 1 else "mid")
        for offset, name in ((-1, "prev"), (1, "next")):
            other = index + offset
            if 0 <= other < count:
                for key in _CONTEXT:
                    features[f"{name}:{key}"] = rows[other][key]
                features[f"{name}:same_style"] = str(
                    (own["bold"], own["size"], own["italic"])
                    == (rows[other]["bold"], rows[other]["size"], rows[other]["italic"])
                )
            else:
                features[f"{name}:none"] = "1"
        out.append(features)
    return out
