"""Output formats: the registry of `check --format` names, and what formatters share.

Formatters compute nothing: they render a Report (reslint.report) and import nothing
that makes one. Each is loaded only when chosen.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the CLI lists FORMATTERS at start-up, before any report exists
    from reslint.model import Location
    from reslint.report import Report
    from reslint.visual import FileView

FORMATTERS: dict[str, str] = {
    "text": "reslint.formatters.text:render",
    "json": "reslint.formatters.json:render",
    "sarif": "reslint.formatters.sarif:render",
    "github": "reslint.formatters.github:render",
    "junit": "reslint.formatters.junit:render",
    "html": "reslint.formatters.html:render",
}

# The formats that draw the files themselves, not only the findings: the CLI gathers each
# file's `visual.FileView` for them (reslint.file_views) and hands them over in `views`.
VISUAL_FORMATS = frozenset({"html"})


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    views: Mapping[str, FileView] = field(default_factory=dict)  # by path, for VISUAL_FORMATS
    quiet: bool = False  # the findings only: no notes, summary or pointers (--quiet)
    fail_on: str = "suggestion"  # the lowest severity that fails the run (JUnit failures)


def formatter(name: str) -> Callable[[Report, FormatOptions], str]:
    module, _, function = FORMATTERS[name].partition(":")
    return getattr(importlib.import_module(module), function)


def omitted_note(rule: str, count: int) -> str:
    """What a formatter says of the findings a cap left out: `and 4,312 more first-person`."""
    return f"and {count:,} more {rule} finding{'s' if count != 1 else ''} not shown (limit reached)"


def relative_path(path: str) -> str:
    """`path` relative to the working directory in POSIX form, as CI annotations expect.

    Paths outside the working directory stay absolute.
    """
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return absolute.as_posix()


def position(where: Location, paged: bool) -> str:
    """Where in its file `where` is, without the path: `line:col` for a text source, which
    editors and terminals jump to, `pN:lM` (page N, line M in reading order) for a page
    format, a form no tool mistakes for a line and column. A text source's finding about
    the whole file is at 1:1, as ruff and ESLint place theirs; a page format's has none."""
    if where.column is not None or (not paged and where.line is not None):
        return f"{where.line or 1}:{where.column or 1}"
    if not paged:
        return "1:1"
    if where.line is not None:
        return f"p{where.page or 1}:l{where.line}"
    return f"p{where.page}" if where.page else ""


def place(where: Location, paged: bool) -> str:
    """`path:` and `position`: `cv.md:5:3`, `resume.pdf:p1:l12`, `resume.pdf`."""
    spot = position(where, paged)
    return f"{where.path}:{spot}" if spot else where.path


def page_words(where: Location, paged: bool) -> str | None:
    """`page 1, line 12` for a page format's location (what SARIF and GitHub annotations,
    whose lines are source lines, say in the message instead), None for a text source."""
    if not paged or where.column is not None:
        return None
    if where.line is not None:
        return f"page {where.page or 1}, line {where.line}"
    return f"page {where.page}" if where.page else None
