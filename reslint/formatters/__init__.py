"""Output formats. Formatters compute nothing: they render a Report."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from reslint.runner import Report

FORMATTERS: dict[str, str] = {
    "text": "reslint.formatters.text:render",
    "json": "reslint.formatters.json:render",
}


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    redact: bool = False


def formatter(name: str) -> Callable[[Report, FormatOptions], str]:
    module, _, function = FORMATTERS[name].partition(":")
    return getattr(importlib.import_module(module), function)
