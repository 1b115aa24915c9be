"""The profile a check compares with, and how a finding cites the profile's lines."""

from __future__ import annotations

import re

from reslint.kinds.shared.base import Context
from reslint.model import Document, Field, Line

_CSV_LINE_RE = re.compile(r"^([^:\n]{1,60}\.csv): ")


def profile_of(ctx: Context) -> Document:
    if ctx.profile is None:  # the engine runs profile kinds only with a profile
        raise ValueError("profile check without a profile")
    return ctx.profile


def where(line: Line | None) -> str:
    """How a person finds a profile line: `Positions.csv, line 3` or `page 1, line 12`."""
    if line is None:
        return "profile"
    match = _CSV_LINE_RE.match(line.text)
    if match:
        return f"{match.group(1)}, line {line.number}"
    return f"page {line.page}, line {line.number}"


def value_line(field: Field | None, fallback: Line | None) -> Line | None:
    return field.line if field is not None and field.line is not None else fallback


def related(*lines: Line | None) -> tuple[Line, ...]:
    return tuple(line for line in lines if line is not None)
