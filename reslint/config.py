"""Configuration: `.reslint.toml` or `[tool.reslint]` in `pyproject.toml`.

Found by walking up from the working directory. Validation is strict: an
unknown key, rule or option is an error naming the file and the key, because
a misspelt setting that is silently ignored is worse than none.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reslint.names import did_you_mean
from reslint.pdf_engines import PDF_ENGINES
from reslint.severity import Severity

CONFIG_NAMES = (".reslint.toml", "pyproject.toml")
TOP_KEYS = frozenset(
    {
        "select",
        "ignore",
        "fail-on",
        "region",
        "exclude",
        "rule-packs",
        "rules",
        "overrides",
        "cache",
        "cache-dir",
        "jobs",
        "pdf-engine",
        "limits",
        "respect-gitignore",
        "pdf",
    }
)
OVERRIDE_KEYS = frozenset({"paths", "select", "ignore", "rules", "pdf"})
LIMIT_KEYS = {
    "max-file-mb": float,
    "max-text-mb": float,
    "max-pages": int,
    "max-unpacked-mb": float,
    "timeout-seconds": float,
    "max-findings-per-rule": int,
    "max-findings-per-file": int,
}


class ConfigError(Exception):
    """A configuration problem; the message names the file and the key."""


@dataclass(frozen=True, slots=True)
class RuleSettings:
    """What the config says about one rule: its severity (or `off`) and option values."""

    severity: str | None = None
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True, slots=True)
class Override:
    paths: tuple[str, ...]
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=lambda: MappingProxyType({}))
    pdf: str | None = None  # the PDF the matching sources are built into, from the config's folder

    def matches(self, relative: str) -> bool:
        return any(glob_to_regex(glob).match(relative) for glob in self.paths)


@dataclass(frozen=True, slots=True)
class Limits:
    max_file_mb: float = 20.0
    max_text_mb: float = 2.0
    max_pages: int = 50
    max_unpacked_mb: float = 100.0
    timeout_seconds: float = 60.0
    # A crafted file can make a rule fire for every line (200,000 findings, 147 MB of
    # SARIF): past these, findings are counted, not kept.
    max_findings_per_rule: int = 100
    max_findings_per_file: int = 1000


@dataclass(frozen=True, slots=True)
class Config:
    path: Path | None = None
    root: Path = field(default_factory=Path.cwd)
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: Severity = Severity.WARNING
    region: str = "US"
    exclude: tuple[str, ...] = ()
    rule_packs: tuple[Path, ...] = ()
    rules: Mapping[str, RuleSettings] = field(default_factory=lambda: MappingProxyType({}))
    overrides: tuple[Override, ...] = ()
    cache: bool = True
    cache_dir: Path | None = None
    jobs: int | None = None
    pdf_engine: str = "pdfium"
    limits: Limits = Limits()
    respect_gitignore: bool = True
    # The PDF a LaTeX or Typst source is built into (`pdf = "build/resume.pdf"`), when it
    # is not the one with the source's stem beside it; an override's `pdf` wins for its paths.
    pdf: str | None = None

    def built_pdf_for(self, path: Path) -> Path | None:
        """The PDF the config names as the one `path` is built into, if it names one."""
        named = self.pdf
        relative = self.relative(path)
        for override in self.overrides:
            if override.pdf is not None and override.matches(relative):
                named = override.pdf
        return (self.root / named).resolve() if named else None

    def names_as_built_pdf(self, path: Path) -> bool:
        """Whether `path` is a PDF the config names as built from a source."""
        named = [self.pdf, *(override.pdf for override in self.overrides)]
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):
            return False
        return any(name and (self.root / name).resolve() == resolved for name in named)

    def relative(self, path: Path) -> str:
        """`path` relative to the config's folder, in POSIX form, for glob matching."""
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):  # a symlink loop: match the path as written
            resolved = Path(os.path.abspath(path))
        try:
            return resolved.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


@lru_cache(maxsize=256)
def glob_to_regex(glob: str) -> re.Pattern[str]:
    """A path glob where `**` crosses folders and `*` does not; compiled once per glob,
    since a folder search and per-path overrides match every file against every glob."""
    out = []
    index = 0
    while index < len(glob):
        char = glob[index]
        if glob.startswith("**/", index):
            out.append("(?:.*/)?")
            index += 3
            continue
        if glob.startswith("**", index):
            out.append(".*")
            index += 2
            continue
        out.append({"*": "[^/]*", "?": "[^/]"}.get(char, re.escape(char)))
        index += 1
    return re.compile("".join(out) + "(?:/.*)?$")


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: must be a list of strings")
    return tuple(value)


def _severity(value: Any, where: str, allow_off: bool) -> str:
    allowed = [s.value for s in Severity] + (["off"] if allow_off else [])
    if value not in allowed:
        raise ConfigError(f"{where}: must be one of {', '.join(allowed)}")
    return value


def _rules(value: Any, where: str) -> Mapping[str, RuleSettings]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table of rule names")
    settings: dict[str, RuleSettings] = {}
    for name, body in value.items():
        if isinstance(body, str):
            body = {"severity": body}
        if not isinstance(body, dict):
            raise ConfigError(f"{where}.{name}: must be a table or a severity")
        severity = body.get("severity")
        if severity is not None:
            severity = _severity(severity, f"{where}.{name}.severity", allow_off=True)
        options = {k: v for k, v in body.items() if k != "severity"}
        settings[name] = RuleSettings(severity, MappingProxyType(options))
    return MappingProxyType(settings)


def _limits(value: Any, where: str) -> Limits:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: must be a table")
    values: dict[str, Any] = {}
    for key, raw in value.items():
        if key not in LIMIT_KEYS:
            raise ConfigError(f"{where}: unknown key '{key}'{did_you_mean(key, LIMIT_KEYS)}")
        kind = LIMIT_KEYS[key]
        if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
            raise ConfigError(f"{where}.{key}: must be a positive number")
        values[key.replace("-", "_")] = kind(raw)
    return Limits(**values)


def parse_config(data: Mapping[str, Any], path: Path | None) -> Config:
    where = str(path) if path else "config"
    unknown = set(data) - TOP_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(f"{where}: unknown key '{key}'{did_you_mean(key, TOP_KEYS)}")
    root = path.parent if path else Path.cwd()
    values: dict[str, Any] = {"path": path, "root": root}
    if "select" in data:
        values["select"] = _strings(data["select"], f"{where}: select")
    if "ignore" in data:
        values["ignore"] = _strings(data["ignore"], f"{where}: ignore")
    if "fail-on" in data:
        values["fail_on"] = Severity(_severity(data["fail-on"], f"{where}: fail-on", False))
    if "region" in data:
        if not isinstance(data["region"], str) or not re.fullmatch(r"[A-Za-z]{2}", data["region"]):
            raise ConfigError(f"{where}: region: must be a two-letter country code such as US")
        values["region"] = data["region"].upper()
    if "exclude" in data:
        values["exclude"] = _strings(data["exclude"], f"{where}: exclude")
    if "rule-packs" in data:
        values["rule_packs"] = tuple(
            (root / p).resolve() for p in _strings(data["rule-packs"], f"{where}: rule-packs")
        )
    if "rules" in data:
        values["rules"] = _rules(data["rules"], f"{where}: rules")
    for key, attr in (("cache", "cache"), ("respect-gitignore", "respect_gitignore")):
        if key in data:
            if not isinstance(data[key], bool):
                raise ConfigError(f"{where}: {key}: must be true or false")
            values[attr] = data[key]
    if "cache-dir" in data:
        if not isinstance(data["cache-dir"], str):
            raise ConfigError(f"{where}: cache-dir: must be a string")
        values["cache_dir"] = root / data["cache-dir"]
    if "jobs" in data:
        if isinstance(data["jobs"], bool) or not isinstance(data["jobs"], int) or data["jobs"] < 1:
            raise ConfigError(f"{where}: jobs: must be a positive integer")
        values["jobs"] = data["jobs"]
    if "pdf-engine" in data:
        if data["pdf-engine"] not in PDF_ENGINES:
            raise ConfigError(f"{where}: pdf-engine: must be one of {', '.join(PDF_ENGINES)}")
        values["pdf_engine"] = data["pdf-engine"]
    if "limits" in data:
        values["limits"] = _limits(data["limits"], f"{where}: limits")
    if "pdf" in data:
        values["pdf"] = _pdf(data["pdf"], f"{where}: pdf")
    if "overrides" in data:
        values["overrides"] = tuple(
            _override(o, f"{where}: overrides[{i}]")
            for i, o in enumerate(_tables(data["overrides"], where))
        )
    return Config(**values)


def _tables(value: Any, where: str) -> list[dict[str, Any]]:
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ConfigError(f"{where}: overrides: must be an array of tables ([[overrides]])")
    return value


def _pdf(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.lower().endswith(".pdf"):
        raise ConfigError(f"{where}: must be the path of a .pdf file, such as build/resume.pdf")
    return value


def _override(data: dict[str, Any], where: str) -> Override:
    unknown = set(data) - OVERRIDE_KEYS
    if unknown:
        key = sorted(unknown)[0]
        raise ConfigError(f"{where}: unknown key '{key}'{did_you_mean(key, OVERRIDE_KEYS)}")
    if "paths" not in data:
        raise ConfigError(f"{where}: 'paths' is required")
    return Override(
        paths=_strings(data["paths"], f"{where}.paths"),
        select=_strings(data["select"], f"{where}.select") if "select" in data else None,
        ignore=_strings(data.get("ignore", []), f"{where}.ignore"),
        rules=_rules(data.get("rules", {}), f"{where}.rules"),
        pdf=_pdf(data["pdf"], f"{where}.pdf") if "pdf" in data else None,
    )


def read_config_file(path: Path) -> Config:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: invalid TOML: {error}") from error
    except OSError as error:
        raise ConfigError(f"{path}: {error.strerror or error}") from error
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        data = tool.get("reslint", {}) if isinstance(tool, dict) else {}
        if not isinstance(data, dict):
            raise ConfigError(f"{path}: [tool.reslint] must be a table")
    return parse_config(data, path)


def discover(start: Path) -> Path | None:
    """The nearest `.reslint.toml`, or `pyproject.toml` with a `[tool.reslint]` table."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        dotfile = candidate / ".reslint.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and _has_reslint_table(pyproject):
            return pyproject
    return None


def _has_reslint_table(pyproject: Path) -> bool:
    try:
        return b"[tool.reslint" in pyproject.read_bytes()
    except OSError:
        return False


def load_config(explicit: Path | None = None, start: Path | None = None) -> Config:
    if explicit is not None:
        return read_config_file(explicit)
    found = discover(start or Path(os.getcwd()))
    return read_config_file(found) if found else Config()


def merge_names(base: Iterable[str], extra: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys([*base, *extra]))
