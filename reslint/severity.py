"""How serious a finding is. Its own module: `reslint rules` needs it without the data model."""

from __future__ import annotations

from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    SUGGESTION = "suggestion"

    @property
    def rank(self) -> int:
        return {"suggestion": 1, "warning": 2, "error": 3}[self.value]
