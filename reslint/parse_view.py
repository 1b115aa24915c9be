"""`reslint parse`: the Document as text for people, or the JSON contract for scripts.

Beside the contract's keys, `name_confidence` says how sure the structure is of `name`
(model.Contact): 0.95 for a labelled field, 0.9 for a name in type that stands out, lower
for a name-like line without typography, 1.0 where the file says so, 0.0 without a name.
"""

from __future__ import annotations

import json
from typing import Any

from reslint.formatters import position as place_of
from reslint.formatters.safe_text import json_safe, visible
from reslint.model import DateRange, DateValue, Document, Field, Location
from reslint.report import PAGED_FORMATS


def _value(field: Field | None) -> str | None:
    return field.value if field is not None else None


def _date(value: DateValue | None) -> str | None:
    return value.iso() if value is not None and (value.year or value.present) else None


def _range(dates: DateRange | None) -> tuple[str | None, str | None]:
    if dates is None:
        return None, None
    return _date(dates.start), _date(dates.end)


def _unique(fields: tuple[Field, ...]) -> list[str]:
    return list(dict.fromkeys(field.value for field in fields))


def as_dict(doc: Document) -> dict[str, Any]:
    contact = doc.contact
    positions = []
    for position in doc.positions:
        start, end = _range(position.dates)
        # A position printed with one date ("2019") held it then: it starts and ends there.
        end = end or start
        positions.append(
            {
                "company": _value(position.company),
                "title": _value(position.title),
                "start": start,
                "end": end,
                "location": _value(position.location),
                "bullets": [bullet.value for bullet in position.bullets],
                "page": position.line.page if position.line else None,
                "line": position.line.number if position.line else None,
            }
        )
    education = []
    for entry in doc.education:
        start, end = _range(entry.dates)
        education.append(
            {
                "school": _value(entry.school),
                "degree": _value(entry.degree),
                "field": _value(entry.field),
                "start": start,
                "end": end,
            }
        )
    return {
        "path": str(doc.path),
        "format": doc.facts.format,
        "kind": doc.kind,
        "pages": doc.facts.page_count,
        "name": _value(contact.name),
        "name_confidence": round(contact.name_confidence, 2) if contact.name else 0.0,
        "headline": _value(contact.headline),
        "emails": _unique(contact.emails),
        "phones": _unique(contact.phones),
        "linkedin": contact.linkedin[0].value if contact.linkedin else None,
        "urls": _unique(contact.urls),
        "positions": positions,
        "education": education,
        "sections": [
            {
                "title": section.title,
                "kind": section.kind,
                "line": section.heading.number if section.heading else None,
            }
            for section in doc.sections
        ],
    }


def as_json(doc: Document) -> str:
    return json_safe(json.dumps(as_dict(doc), indent=2, ensure_ascii=False))


def as_text(doc: Document) -> str:
    out = [f"{doc.path} ({doc.facts.format}, {doc.kind}, {doc.facts.page_count} page(s))", ""]
    # Each line is placed as `check` places a finding on it (formatters.position): a text
    # source at line:col, a page format at pN:lM, so a parsed line and a finding match.
    paged = doc.facts.format in PAGED_FORMATS
    places = [place_of(Location.of(doc.path, line), paged) for line in doc.lines]
    width = max((len(place) for place in places), default=0)
    for line, place in zip(doc.lines, places, strict=True):
        flags = "".join(
            flag
            for flag, on in (
                ("H", line.heading),
                ("•", line.bullet),
                ("B", line.bold),
                (line.region.value[0].upper(), line.region.value != "body"),
            )
            if on
        )
        size = f"{line.font_size:4.1f}" if line.font_size else "    "
        out.append(f"{place:<{width}} {size} {flags:<3} {line.text}")
    data = as_dict(doc)
    out += ["", "Structure:"]
    out.append(f"  name: {data['name']} (confidence {data['name_confidence']})")
    for key in ("headline", "emails", "phones", "linkedin"):
        out.append(f"  {key}: {data[key]}")
    for section in data["sections"]:
        out.append(f"  section: {section['title']} ({section['kind']}) line {section['line']}")
    for position in data["positions"]:
        out.append(
            f"  position: {position['title']} | {position['company']} | "
            f"{position['start']} – {position['end']} ({len(position['bullets'])} bullets)"
        )
    for entry in data["education"]:
        degree = entry["degree"] if not entry["field"] else f"{entry['degree']} ({entry['field']})"
        out.append(f"  education: {degree} | {entry['school']} | {entry['start']} – {entry['end']}")
    # Each item is one line of output: whatever file text it holds stays on it, visibly.
    return "\n".join(visible(line) for line in out)
