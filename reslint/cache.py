"""A content-addressed cache of lint results, so unchanged files are not read again.

An entry's key hashes everything that decides a file's findings: the file's bytes and
path, reslint's version and code, the rules that run on the file (their files' contents,
severities and resolved options), region, date, read limits and the paired profile.
Entries are JSON (never pickle: a cache folder checked into a repository must not be
able to run code), written atomically; an unreadable or corrupt entry is a miss.

The cache stays bounded. Entries sit in `v<FORMAT>/<generation>/`, a generation being one
build of reslint's code (`code_fingerprint`); serving an entry refreshes its modification
time, the cache's record of last use. A run that wrote entries then prunes: other layouts'
entries, the generations of other reslint builds not used for a day, entries not used for
30 days (as ruff does), and the least recently used beyond `MAX_ENTRIES`. Entries of other
rule selections are left to that clock: a pre-commit hook running `--select contact` and a
CI job running every rule may share one cache, and neither should wipe the other's.
Pruning and `clear` delete only files named as reslint names them, never follow a link
below the cache folder and remove a folder only once it is empty, so a cache folder that
is a link, or that holds someone else's files, loses nothing but reslint's entries.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from reslint import __version__
from reslint.config import Config
from reslint.options import RunOptions
from reslint.readers.built_pdf import companions, source_beside
from reslint.report import FileResult, finding_dict, finding_from_dict
from reslint.selection import configured_rules
from reslint.structure.line_roles import model_signature

# Bump when the entry layout changes. 2: entries grouped by code generation; 3: findings as
# `--format json` writes them (report.finding_dict); 4: findings left out by the caps.
FORMAT = 4
DEFAULT_DIR = ".reslint_cache"
MAX_ENTRIES = 10_000  # some 20 MB (2 KB an entry): many templates under several configurations
DAY = 24 * 60 * 60.0
MAX_AGE = 30 * DAY  # an entry not served or written for this long is dropped
STALE_GENERATION = DAY  # another reslint build's entries, once none was used for this long
STALE_TEMPORARY = 60 * 60.0  # a half-written entry left by a killed run
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by reslint.\n"
)
MARKERS = ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG))
# The names reslint gives what it writes; nothing else in the cache folder is ever deleted.
_FORMAT_FOLDER = re.compile(r"v\d+")
_GENERATION = re.compile(r"[0-9a-f]{16}")
_ENTRY = re.compile(r"[0-9a-f]{64}\.json")
_TEMPORARY = re.compile(r"\.tmp-\w+\.json")


def folder_for(config: Config) -> Path:
    """The cache folder a configuration uses: `cache-dir`, or `.reslint_cache` beside the
    config file (a project's root), or without a config file the user's cache folder
    (`~/.cache/reslint` on Linux): never the working directory, which may well be the
    folder of resumes being checked."""
    if config.cache_dir is not None:
        return config.cache_dir
    if config.path is not None:
        return config.root / DEFAULT_DIR
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("reslint", appauthor=False))


@cache
def code_fingerprint() -> str:
    """reslint's version plus the size and mtime of its files, so an edited checkout
    (an editable install keeps its version number) does not serve stale results.

    Every file counts, not only modules: the vocabulary in `lexicon/data/*.toml` and the
    readers' data decide a parse as much as the code does."""
    package = Path(__file__).parent
    return _tree_fingerprint(package, __version__)


def _tree_fingerprint(package: Path, version: str) -> str:
    digest = hashlib.sha256(version.encode())
    for path in sorted(package.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        stat = path.stat()
        digest.update(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


@cache
def _digest(path: Path) -> str:
    """Digest of a rule file; rule files do not change during a run."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def content_digest(path: Path, limit: int) -> str | None:
    """Digest of a file's bytes, or of every file in an export folder; None if unreadable
    or over `limit` bytes (the reader will report that, and it is not worth caching)."""
    digest = hashlib.sha256()
    try:
        if path.is_dir():
            members = sorted(p for p in path.rglob("*") if p.is_file())
            if sum(p.stat().st_size for p in members) > limit:
                return None
            for member in members:
                digest.update(member.relative_to(path).as_posix().encode() + b"\0")
                digest.update(member.read_bytes())
        else:
            # Only a regular file: reading a FIFO or a device would block or never end.
            if not path.is_file() or path.stat().st_size > limit:
                return None
            digest.update(path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


class KeyMaker:
    """Cache keys for the files of one run.

    The rules that run on a file depend only on which `[[overrides]]` match its path, so
    their signature is worked out once per combination of overrides, not once per file.
    """

    def __init__(self, options: RunOptions) -> None:
        self.options = options
        self._profiles: dict[Path, str | None] = {}
        self._signatures: dict[tuple[int, ...], str] = {}

    def _rules_signature(self, path: Path) -> str:
        config = self.options.config
        relative = config.relative(path)
        matched = tuple(i for i, o in enumerate(config.overrides) if o.matches(relative))
        if matched not in self._signatures:
            # What decides a rule's resolved options: the rule file's options (with the
            # contents of its `file:` word lists) and the configured ones; the kind's defaults
            # are code, covered by `code_fingerprint`. Resolving them here would import every
            # kind, which a run served from the cache never needs.
            signature = [
                [
                    item.rule.name,
                    item.rule.kind,
                    (item.severity or item.rule.severity).value,
                    dict(item.rule.options),
                    dict(item.options),
                    _digest(item.rule.path),
                ]
                for item in configured_rules(
                    config, self.options.rulebook, path, self.options.selection
                )
            ]
            # Hashed once: the word lists make the signature far longer than the rest of a key.
            encoded = json.dumps(signature, sort_keys=True, default=str).encode()
            self._signatures[matched] = hashlib.sha256(encoded).hexdigest()
        return self._signatures[matched]

    def key(self, path: Path, profile: Path | None = None) -> str | None:
        """The cache key for linting `path` (compared with `profile`), or None if it cannot
        be cached."""
        options = self.options
        limits = options.config.limits
        limit = options.read_options.max_bytes
        content = content_digest(path, limit)
        if content is None:
            return None
        if profile is not None and profile not in self._profiles:
            self._profiles[profile] = content_digest(profile, limit)
        material = {
            "format": FORMAT,
            "code": code_fingerprint(),
            "path": str(path),
            "content": content,
            "rules": self._rules_signature(path),
            "region": options.region,
            "today": options.today.isoformat(),
            "read": repr(options.read_options),
            "caps": [limits.max_findings_per_rule, limits.max_findings_per_file],
            "profile": [str(profile), self._profiles[profile]] if profile else None,
            # A source's \\input files and built PDF; a PDF's source beside it (which
            # leaves the PDF only its file checks).
            "companions": [
                [str(other), content_digest(other, limit)]
                for other in companions(path, options.config.built_pdf_for(path))
            ],
            "built_from": str(source_beside(path)) if path.suffix.lower() == ".pdf" else None,
            # The experimental line-role model changes the parse when switched on.
            "line_model": model_signature(),
        }
        encoded = json.dumps(material, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()


def to_dict(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "format": result.format,
        "kind": result.kind,
        "profile": result.profile,
        "rules": list(result.rules),
        "findings": [finding_dict(f) for f in result.findings],
        "omitted": [list(pair) for pair in result.omitted],
        "notes": list(result.notes),
    }


def from_dict(data: dict[str, Any]) -> FileResult:
    findings = tuple(finding_from_dict(f) for f in data["findings"])
    return FileResult(
        data["path"],
        findings,
        format=data["format"],
        kind=data["kind"],
        profile=data["profile"],
        rules=tuple(data["rules"]),
        omitted=tuple((str(rule), int(count)) for rule, count in data.get("omitted", ())),
        notes=tuple(str(note) for note in data.get("notes", ())),
    )


class ResultCache:
    """Lint results by key in `folder/v<FORMAT>/<generation>/`; every failure to read or write
    is a miss."""

    def __init__(self, folder: Path, generation: str | None = None) -> None:
        self.root = folder
        self.generation = generation or code_fingerprint()[:16]
        self.folder = folder / f"v{FORMAT}" / self.generation
        self.written = 0

    def get(self, key: str) -> FileResult | None:
        path = self.folder / f"{key}.json"
        try:
            result = from_dict(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        with contextlib.suppress(OSError):  # a read-only cache still serves
            os.utime(path)  # the entry's last use, for pruning
        return result

    def put(self, key: str, result: FileResult) -> None:
        if result.error is not None:
            return  # a read error may be passing (permissions, a file being written)
        temporary: str | None = None
        try:
            self._prepare()
            handle, temporary = tempfile.mkstemp(dir=self.folder, prefix=".tmp-", suffix=".json")
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(to_dict(result), stream, ensure_ascii=False)
            # Readers see the old entry or the new one, never half a file.
            os.replace(temporary, self.folder / f"{key}.json")
            temporary = None
            self.written += 1
        except OSError:
            pass  # a read-only checkout still lints, only without a cache
        finally:
            if temporary is not None:
                Path(temporary).unlink(missing_ok=True)

    def _prepare(self) -> None:
        if self.folder.is_dir():
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        # Like ruff's cache: keep it out of git and out of backups.
        for name, text in MARKERS:
            marker = self.root / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")

    def prune(self, now: float | None = None, max_entries: int = MAX_ENTRIES) -> int:
        """Drop what can no longer be served or was not used for long; return how many files
        were removed. Costs one `stat` per cached file, so a run calls it only after writing."""
        now = time.time() if now is None else now
        files = list(_own_files(self.root))
        newest: dict[str, float] = {}
        for item in files:
            if item.generation is not None and not item.temporary:
                newest[item.generation] = max(newest.get(item.generation, 0.0), item.used)

        def expired(item: _CachedFile) -> bool:
            idle = now - item.used
            if item.temporary:
                return idle > STALE_TEMPORARY
            if item.generation is None:
                return True  # another entry layout: nothing reads it any more
            if item.generation != self.generation:
                return now - newest[item.generation] > STALE_GENERATION
            return idle > MAX_AGE

        doomed = [item for item in files if expired(item)]
        kept = sorted(
            (item for item in files if not item.temporary and not expired(item)),
            key=lambda item: item.used,
            reverse=True,
        )
        doomed.extend(kept[max_entries:])
        return _remove(doomed, self.root)


@dataclass(frozen=True, slots=True)
class _CachedFile:
    path: str  # a str, not a Path: building 10,000 Paths was most of a prune
    used: float  # modification time: when the entry was written or last served
    generation: str | None  # None: not in a generation folder of the current layout
    temporary: bool


def _scan(folder: Path | str) -> list[os.DirEntry[str]]:
    try:
        with os.scandir(folder) as entries:
            return list(entries)
    except OSError:
        return []


def _own_files(root: Path) -> Iterator[_CachedFile]:
    """The entries and temporaries reslint wrote under `root`, recognised by name, in real
    folders only: a link below `root` is never followed."""
    for layout in _scan(root):
        if not (_FORMAT_FOLDER.fullmatch(layout.name) and layout.is_dir(follow_symlinks=False)):
            continue
        current = layout.name == f"v{FORMAT}"
        for child in _scan(layout.path):
            if _GENERATION.fullmatch(child.name) and child.is_dir(follow_symlinks=False):
                generation = child.name if current else None
                for entry in _scan(child.path):
                    yield from _own_file(entry, generation)
            else:  # entries directly in the format folder: the first layout
                yield from _own_file(child, None)


def _own_file(entry: os.DirEntry[str], generation: str | None) -> Iterator[_CachedFile]:
    temporary = bool(_TEMPORARY.fullmatch(entry.name))
    if not (temporary or _ENTRY.fullmatch(entry.name)):
        return
    try:
        if entry.is_file(follow_symlinks=False):
            used = entry.stat(follow_symlinks=False).st_mtime
            yield _CachedFile(entry.path, used, generation, temporary)
    except OSError:
        return


def _remove(files: list[_CachedFile], root: Path) -> int:
    """Unlink `files`, then the folders below `root` they leave empty; return how many
    files went."""
    removed = 0
    folders: set[str] = set()
    for item in files:
        try:
            os.unlink(item.path)
        except OSError:
            continue  # gone already (another run pruned it) or not ours to remove
        removed += 1
        parent = os.path.dirname(item.path)
        folders.update((parent, os.path.dirname(parent)))
    folders.discard(str(root))
    # Deepest first; rmdir refuses a folder that still holds anything.
    for folder in sorted(folders, key=len, reverse=True):
        with contextlib.suppress(OSError):
            os.rmdir(folder)
    return removed


def clear(root: Path) -> int:
    """Empty the cache at `root`: every entry, then the folders and markers reslint made,
    and `root` itself once nothing else is in it. Returns how many files were removed."""
    removed = _remove(list(_own_files(root)), root)
    for name, text in MARKERS:
        marker = root / name
        try:
            if not marker.is_symlink() and marker.read_text(encoding="utf-8") == text:
                marker.unlink()
        except OSError:
            pass  # absent, unreadable or someone else's file: left alone
    try:
        if not root.is_symlink():
            root.rmdir()
    except OSError:
        pass
    return removed
