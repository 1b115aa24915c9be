"""File discovery: from the paths of a run to the files it lints, each with its reader.

A folder search skips version-control and virtual-environment folders, hidden folders,
a repository's own documents (README, LICENSE, ...), the config's `exclude` globs and
what `.gitignore` files ignore. Each file found is detected once here (`readers.detect`,
which for a PDF means opening it to ask whether it is a LinkedIn profile); pairing and
reading use that answer instead of sniffing again.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from reslint import gitignore
from reslint.config import Config, glob_to_regex
from reslint.readers import Reader, detect, foreign

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})
# A repository's own documents are Markdown or text too, but never a resume: a folder search
# skips them (named on the command line, they are still linted).
PROJECT_FILES = re.compile(
    r"(?i)^(?:readme|changelog|changes|history|license|licence|notice|contributing|"
    r"code_of_conduct|security|authors)(?:\.[\w-]+)*$"
)


def _excluded(path: Path, config: Config) -> bool:
    relative = config.relative(path)
    return any(glob_to_regex(glob).match(relative) for glob in config.exclude)


def _skipped(
    path: Path, is_dir: bool, config: Config, ignores: tuple[gitignore.IgnoreFile, ...]
) -> bool:
    if _excluded(path, config):
        return True
    return bool(ignores) and gitignore.ignored(ignores, Path(os.path.abspath(path)), is_dir)


def collect(
    paths: Iterable[Path], config: Config, unread: Counter[str] | None = None
) -> dict[Path, Reader | None]:
    """Files to lint, each with the reader `detect` chose for it (None: no reader knows it):
    given files as they are, folders searched for files reslint reads.

    A folder search skips hidden folders, virtual environments, the config's `exclude`
    globs and, unless `respect-gitignore = false`, what `.gitignore` files and the
    repository's `.git/info/exclude` ignore. Each file is detected once: for a PDF that
    means opening it to ask whether it is a LinkedIn profile. `unread` counts, by suffix,
    the files a folder search passed over because no reader reads them.
    """
    found: dict[Path, Reader | None] = {}
    for path in paths:
        reader = detect(path)
        if not path.is_dir() or reader is not None:
            found.setdefault(path, reader)
            continue
        use_gitignore = config.respect_gitignore
        inherited = {str(path): gitignore.ancestors(path, config.root) if use_gitignore else ()}
        for folder, subfolders, files in os.walk(path, followlinks=False):
            here = Path(folder)
            ignores = inherited.pop(folder, ())
            if use_gitignore:
                ignores = gitignore.enter(here, ignores)
            subfolders[:] = sorted(
                name
                for name in subfolders
                if name not in SKIPPED_FOLDERS
                and not name.startswith(".")
                and not _skipped(here / name, True, config, ignores)
            )
            # A folder a reader claims (an unpacked LinkedIn export) is one input, not searched.
            claimed = {name: detect(here / name) for name in subfolders}
            for name, reader in claimed.items():
                if reader is not None:
                    found.setdefault(here / name, reader)
            subfolders[:] = [name for name in subfolders if claimed[name] is None]
            for name in subfolders:
                inherited[os.path.join(folder, name)] = ignores
            for name in sorted(files):
                candidate = here / name
                if PROJECT_FILES.match(name) or _skipped(candidate, False, config, ignores):
                    continue
                reader = detect(candidate)
                if reader is not None:
                    found.setdefault(candidate, reader)
                elif unread is not None and not name.startswith("."):
                    unread[candidate.suffix.lower() or name] += 1
    return found


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files a run lints, each with the reader `detect` chose (None: no reader knows it),
    notes on the named files it skips, which files a folder search found (the others were
    named), how many named files it skipped, and what folder searches passed over, by
    suffix (`.doc`: 3)."""

    readers: Mapping[Path, Reader | None]
    notes: tuple[str, ...] = ()
    searched: frozenset[Path] = frozenset()
    skipped: int = 0
    unread: Mapping[str, int] = field(default_factory=dict)


def _tool_file(path: Path) -> bool:
    """A dotfile or a file in a hidden folder (`.pre-commit-config.yaml`, `.github/…`):
    some tool's settings, skipped without a note."""
    return any(part.startswith(".") and part not in (".", "..") for part in path.parts)


def find_inputs(paths: Iterable[Path], config: Config) -> Inputs:
    """`collect`, less the files named on the command line that are someone else's: a named
    JSON, YAML or ZIP file that no reader recognises (a pre-commit hook passes every *.json)
    is skipped with a note rather than failing the run, or quietly when it is a tool's
    dotfile."""
    paths = list(paths)
    unread: Counter[str] = Counter()
    readers = collect(paths, config, unread)
    skipped = [path for path in paths if path in readers and foreign(path, readers[path])]
    notes = tuple(
        f"{path}: not a resume or LinkedIn export reslint reads; skipped"
        for path in skipped
        if not _tool_file(path)
    )
    kept = {path: reader for path, reader in readers.items() if path not in skipped}
    named = set(paths)
    searched = frozenset(path for path in kept if path not in named)
    return Inputs(kept, notes, searched, len(skipped), dict(unread))
