"""A content-addressed cache of lint results, so unchanged files are not read again.

An entry's key hashes everything that decides a file's findings: the file's bytes and
path, reslint's version and code, the rules that run on the file (their files' contents,
severities and resolved options), region, date, read limits and the paired profile.
Entries are JSON (never pickle: a cache folder checked into a repository must not be
able to run code), written atomically; an unreadable or corrupt entry is a miss.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

from reslint import __version__
from reslint.model import Finding, Location, Severity
from reslint.runner import FileResult, RunOptions
from reslint.selection import configured_rules

FORMAT = 1  # bump when the entry layout changes
DEFAULT_DIR = ".reslint_cache"
CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by reslint.\n"
)


@cache
def code_fingerprint() -> str:
    """reslint's version plus the size and mtime of its modules, so an edited checkout
    (an editable install keeps its version number) does not serve stale results."""
    package = Path(__file__).parent
    digest = hashlib.sha256(__version__.encode())
    for module in sorted(package.rglob("*.py")):
        stat = module.stat()
        digest.update(f"{module.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
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
            "profile": [str(profile), self._profiles[profile]] if profile else None,
        }
        encoded = json.dumps(material, sort_keys=True, default=str).encode()
        return hashlib.sha256(encoded).hexdigest()


def _location(data: dict[str, Any]) -> Location:
    return Location(data["path"], data["page"], data["line"])


def _location_dict(where: Location) -> dict[str, Any]:
    return {"path": where.path, "page": where.page, "line": where.line}


def to_dict(result: FileResult) -> dict[str, Any]:
    return {
        "path": result.path,
        "format": result.format,
        "kind": result.kind,
        "profile": result.profile,
        "rules": list(result.rules),
        "findings": [
            {
                "rule": f.rule,
                "family": f.family,
                "severity": f.severity.value,
                "message": f.message,
                "location": _location_dict(f.location),
                "text": f.text,
                "suggestion": f.suggestion,
                "related": [_location_dict(r) for r in f.related],
            }
            for f in result.findings
        ],
    }


def from_dict(data: dict[str, Any]) -> FileResult:
    findings = tuple(
        Finding(
            rule=f["rule"],
            family=f["family"],
            severity=Severity(f["severity"]),
            message=f["message"],
            location=_location(f["location"]),
            text=f["text"],
            suggestion=f["suggestion"],
            related=tuple(_location(r) for r in f["related"]),
        )
        for f in data["findings"]
    )
    return FileResult(
        data["path"],
        findings,
        format=data["format"],
        kind=data["kind"],
        profile=data["profile"],
        rules=tuple(data["rules"]),
    )


class ResultCache:
    """Lint results by key in `folder/v<FORMAT>/`; every failure to read or write is a miss."""

    def __init__(self, folder: Path) -> None:
        self.root = folder
        self.folder = folder / f"v{FORMAT}"

    def get(self, key: str) -> FileResult | None:
        try:
            data = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            return from_dict(data)
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

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
        for name, text in ((".gitignore", "*\n"), ("CACHEDIR.TAG", CACHEDIR_TAG)):
            marker = self.root / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
