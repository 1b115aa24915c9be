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
