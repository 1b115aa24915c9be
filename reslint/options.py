"""The options of a run: how its files are loaded (LoadOptions) and what decides what it
finds (RunOptions).

Built once by a command (`check` builds RunOptions, `parse` only LoadOptions, from the
same configuration) or by a library caller, then passed to whatever works on the files:
the per-file work, the cache key and the process pool. This module sits above `config`,
`rulebook` and `selection`, whose data it holds, and below everything that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reslint.config import Config, Limits
from reslint.readers.base import ReadOptions
from reslint.rulebook import Rulebook
from reslint.selection import Selection


def read_options(config: Config) -> ReadOptions:
    """What the readers may read under `config`: its PDF engine and size and page limits."""
    limits = config.limits
    return ReadOptions(
        pdf_engine=config.pdf_engine,
        max_bytes=int(limits.max_file_mb * 1024 * 1024),
        max_text_bytes=int(limits.max_text_mb * 1024 * 1024),
        max_pages=limits.max_pages,
        max_unpacked_bytes=int(limits.max_unpacked_mb * 1024 * 1024),
    )


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How a file becomes a Document: `parse` and `check` load files the same way."""

    read: ReadOptions = field(default_factory=ReadOptions)
    region: str = "US"  # the default country of phone numbers
    timeout_seconds: float = Limits().timeout_seconds

    @classmethod
    def of(cls, config: Config, region: str) -> LoadOptions:
        return cls(read_options(config), region, config.limits.timeout_seconds)

    def for_path(self, config: Config, path: Path) -> LoadOptions:
        """These options, with the built PDF the config names for `path` (its `pdf`)."""
        named = config.built_pdf_for(path)
        if named is None:
            return self
        return replace(self, read=replace(self.read, built_pdf=named))


@dataclass(frozen=True, slots=True)
class RunOptions:
    """Everything that decides what a run finds, besides the paths themselves."""

    config: Config
    rulebook: Rulebook
    selection: Selection = field(default_factory=Selection)
    region: str = "US"
    today: date = field(default_factory=date.today)
    profile: Path | None = None

    @property
    def read_options(self) -> ReadOptions:
        return read_options(self.config)

    @property
    def loading(self) -> LoadOptions:
        return LoadOptions.of(self.config, self.region)

    def loading_for(self, path: Path) -> LoadOptions:
        """How `path` is loaded: `loading`, with the built PDF the config names for it."""
        return self.loading.for_path(self.config, path)
