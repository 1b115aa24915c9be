"""From paths on the command line to a Report: find files, read, structure, lint."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from reslint.config import Config, glob_to_regex
from reslint.engine import lint
from reslint.kinds import Context
from reslint.model import Document, Finding, Severity
from reslint.pairing import pair_by_folder
from reslint.readers import ReadError, ReadOptions, detect, read
from reslint.rulebook import Rulebook
from reslint.selection import Selection, active_rules
from reslint.structure import build_document

SKIPPED_FOLDERS = frozenset({".git", ".hg", ".svn", ".venv", "venv", "node_modules", "__pycache__"})


@dataclass(frozen=True, slots=True)
class FileResult:
    path: str
    findings: tuple[Finding, ...] = ()
    error: str | None = None
    format: str | None = None
    kind: str | None = None
    profile: str | None = None


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[FileResult, ...]
    notes: tuple[str, ...] = ()

    @property
    def findings(self) -> Iterator[Finding]:
        for result in self.files:
            yield from result.findings

    def exit_code(self, fail_on: Severity) -> int:
        if any(result.error for result in self.files):
            return 2
        if any(f.severity.rank >= fail_on.rank for f in self.findings):
            return 1
        return 0


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
        limits = self.config.limits
        return ReadOptions(
            pdf_engine=self.config.pdf_engine,
            max_bytes=int(limits.max_file_mb * 1024 * 1024),
            max_pages=limits.max_pages,
            max_unpacked_bytes=int(limits.max_unpacked_mb * 1024 * 1024),
        )


def _excluded(path: Path, config: Config) -> bool:
    relative = config.relative(path)
    return any(glob_to_regex(glob).match(relative) for glob in config.exclude)


def collect(paths: Iterable[Path], config: Config) -> list[Path]:
    """Files to lint: given files as they are, folders searched for files reslint reads."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir() or detect(path) is not None:
            found.append(path)
            continue
        for folder, subfolders, files in os.walk(path, followlinks=False):
            subfolders[:] = sorted(
                name
                for name in subfolders
                if name not in SKIPPED_FOLDERS
                and not name.startswith(".")
                and not _excluded(Path(folder) / name, config)
            )
            for name in subfolders:
                if detect(Path(folder) / name) is not None:
                    found.append(Path(folder) / name)
            subfolders[:] = [n for n in subfolders if detect(Path(folder) / n) is None]
            for name in sorted(files):
                candidate = Path(folder) / name
                if not _excluded(candidate, config) and detect(candidate) is not None:
                    found.append(candidate)
    return list(dict.fromkeys(found))


def load_document(path: Path, options: RunOptions) -> Document:
    output = read(path, options.read_options)
    return build_document(path, output, options.region)


def try_load(path: Path, options: RunOptions) -> Document | str:
    """The Document, or a one-line reason it cannot be read; never an exception."""
    try:
        return load_document(path, options)
    except ReadError as error:
        return str(error)
    except RecursionError:
        return "file is nested too deeply to read"
    except MemoryError:
        return "file needs too much memory to read"
    except Exception as error:  # a reader bug must not stop the other files
        return f"cannot read file ({type(error).__name__}: {error})"


def lint_file(path: Path, options: RunOptions, profile: Document | None = None) -> FileResult:
    """Lint one file; any failure becomes a one-line error on its result, never an exception."""
    doc = try_load(path, options)
    if isinstance(doc, str):
        return FileResult(str(path), error=doc)
    rules = active_rules(options.config, options.rulebook, path, options.selection)
    ctx = Context(region=options.region, today=options.today, profile=profile)
    findings = lint(doc, rules, ctx)
    return FileResult(
        str(path),
        tuple(findings),
        format=doc.facts.format,
        kind=doc.kind,
        profile=str(profile.path) if profile else None,
    )


def load_profile(path: Path, options: RunOptions) -> Document | str:
    """The profile to compare resumes with, or why it cannot be read.

    Whatever reader read it (an export, Profile.pdf, or a resume format given
    with --profile), it is the profile side of the comparison.
    """
    doc = try_load(path, options)
    return doc if isinstance(doc, str) else replace(doc, kind="profile")


def run(paths: Iterable[Path], options: RunOptions) -> Report:
    notes: list[str] = []
    results: list[FileResult] = []
    files = collect(paths, options.config)
    profiles: dict[Path, Document | None] = {}
    if options.profile is not None:
        given = options.profile.resolve()
        pairs = {path: options.profile for path in files if path.resolve() != given}
    else:
        pairing = pair_by_folder(files)
        pairs, notes = dict(pairing.pairs), list(pairing.notes)
    wanted = [options.profile] if options.profile is not None else []
    for profile_path in dict.fromkeys([*wanted, *pairs.values()]):
        loaded = load_profile(profile_path, options)
        if isinstance(loaded, str):
            if profile_path not in files:
                results.append(FileResult(str(profile_path), error=loaded))
            profiles[profile_path] = None
        else:
            profiles[profile_path] = loaded
    for path in files:
        profile = profiles.get(pairs[path]) if path in pairs else None
        results.append(lint_file(path, options, profile))
    return Report(tuple(results), tuple(notes))
