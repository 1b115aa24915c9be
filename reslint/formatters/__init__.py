"""Output formats: the registry of `check --format` names, and what formatters share.

Formatters compute nothing: they render a Report (reslint.report) and import nothing
that makes one. Each is loaded only when chosen.
"""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from reslint.severity import Severity

if TYPE_CHECKING:  # the CLI lists FORMATTERS at start-up, before any report exists
    from reslint.model import Location
    from reslint.report import Report

FORMATTERS: dict[str, str] = {
    "text": "reslint.formatters.text:render",
    "json": "reslint.formatters.json:render",
    "sarif": "reslint.formatters.sarif:render",
    "github": "reslint.formatters.github:render",
    "junit": "reslint.formatters.junit:render",
}


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    fail_on: Severity = Severity.WARNING  # findings below it do not fail (JUnit)
    quiet: bool = False  # text: the findings and nothing else


def where(location: Location) -> str:
    """A location as text output and JUnit print it: `path:line:column` in a text source
    (the form editors and terminals jump to), `path:pPAGE:LLINE` in a PDF or DOCX, whose
    lines are counted on each page in reading order (letters, so no tool reads the page as a
    line and the line as a column), and the bare path for a finding about the whole file."""
    if location.line is None:
        return location.path
    if location.member is not None:  # a CSV inside a LinkedIn export's ZIP
        return f"{location.path}:{location.member}:{location.line}"
    if location.in_source:
        return f"{location.path}:{location.line}:{location.column}"
    return f"{location.path}:p{location.page or 1}:L{location.line}"


def page_line(location: Location) -> str | None:
    """`page 2, line 14` for a location counted on a page, for formats whose own line field
    would be read as a line of the file (GitHub annotations, SARIF); None otherwise."""
    if location.line is None or location.in_source:
        return None
    if location.member is not None:
        return f"{location.member}, line {location.line}"
    return f"page {location.page or 1}, line {location.line}"


_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """`text` from a file with its control characters escaped, never passed to a terminal."""
    return _CONTROL_RE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def quote(text: str, limit: int = 100) -> str:
    """The words a finding is about, on one line and at most `limit` characters."""
    flat = printable(" ".join(text.split()))
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def formatter(name: str) -> Callable[[Report, FormatOptions], str]:
    module, _, function = FORMATTERS[name].partition(":")
    return getattr(importlib.import_module(module), function)


def relative_path(path: str) -> str:
    """`path` relative to the working directory in POSIX form, as CI annotations expect.

    Paths outside the working directory stay absolute.
    """
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()
