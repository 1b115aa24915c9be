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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
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


# Word-processor formats people save resumes in that reslint does not read; a folder holding
# only these has nothing to lint, and saying so beats "no problems found".
UNREAD_SUFFIXES = (".doc", ".odt", ".rtf", ".pages", ".wpd")


def unread_documents(paths: Iterable[Path]) -> list[Path]:
    """The documents in `paths` (files, folders searched outside hidden folders) in a format
    reslint does not read, by suffix."""
    found: list[Path] = []
    for path in paths:
        if path.is_file() and path.suffix.lower() in UNREAD_SUFFIXES:
            found.append(path)
        if not path.is_dir():
            continue
        for folder, subfolders, files in os.walk(path, followlinks=False):
            subfolders[:] = [
                name for name in subfolders if name not in SKIPPED_FOLDERS and name[:1] != "."
            ]
            found.extend(
                Path(folder, name) for name in files if Path(name).suffix.lower() in UNREAD_SUFFIXES
            )
    return found


def nothing_to_lint(paths: Iterable[Path]) -> str:
    """Why a run that found no file to lint found none, in one line."""
    paths = list(paths)
    unread = unread_documents(paths)
    shown = ", ".join(str(path) for path in paths)
    if unread:
        suffixes = "/".join(sorted({path.suffix.lower() for path in unread}))
        return (
            f"nothing to lint in {shown}: only {suffixes} files, which reslint does not read "
            "(save them as DOCX or PDF)"
        )
    return f"nothing to lint in {shown}: no resume or LinkedIn export reslint reads"


def excluded(path: Path, config: Config) -> bool:
    """Whether the config's `exclude` globs (relative to its folder) match `path`."""
    relative = config.relative(path)
    return any(glob_to_regex(glob).match(relative) for glob in config.exclude)


def _skipped(
    path: Path, is_dir: bool, config: Config, ignores: tuple[gitignore.IgnoreFile, ...]
) -> bool:
    if excluded(path, config):
        return True
    return bool(ignores) and gitignore.ignored(ignores, Path(os.path.abspath(path)), is_dir)


def collect(paths: Iterable[Path], config: Config) -> dict[Path, Reader | None]:
    """Files to lint, each with the reader `detect` chose for it (None: no reader knows it):
    given files as they are, folders searched for files reslint reads.

    A folder search skips hidden folders, virtual environments, the config's `exclude`
    globs and, unless `respect-gitignore = false`, what `.gitignore` files and the
    repository's `.git/info/exclude` ignore. Each file is detected once: for a PDF that
    means opening it to ask whether it is a LinkedIn profile.
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
    return found


@dataclass(frozen=True, slots=True)
class Inputs:
    """The files a run lints, each with the reader `detect` chose (None: no reader knows it),
    and notes on the named files it skips."""

    readers: Mapping[Path, Reader | None]
    notes: tuple[str, ...] = ()


def find_inputs(paths: Iterable[Path], config: Config) -> Inputs:
    """`collect`, less the files named on the command line that are someone else's: a named
    JSON, YAML or ZIP file that no reader recognises (a pre-commit hook passes every *.json)
    is skipped with a note rather than failing the run."""
    paths = list(paths)
    readers = collect(paths, config)
    skipped = [path for path in paths if path in readers and foreign(path, readers[path])]
    notes = tuple(
        f"{path}: not a resume or LinkedIn export reslint reads; skipped" for path in skipped
    )
    kept = {path: reader for path, reader in readers.items() if path not in skipped}
    return Inputs(kept, notes)
