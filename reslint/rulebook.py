"""Loading rules from TOML files: `rules/<family>/<rule-name>.toml`.

Loading a rule pack never runs code: a rule file is data that names a kind
(a registered Python check) and gives that kind's options.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reslint.names import did_you_mean
from reslint.severity import Severity

RULE_KEYS = frozenset(
    {"summary", "severity", "why", "instead", "kind", "options", "examples", "enabled"}
) | {"applies_to"}
DOCUMENT_KINDS = ("resume", "profile")
REQUIRED_KEYS = ("summary", "severity", "why", "instead", "kind")
EXAMPLE_KEYS = frozenset(
    {"expect", "text", "format", "profile", "options", "facts", "today", "count", "line", "region"}
    | {"styles"}
)
_NAME_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")


class RuleError(Exception):
    """A rule file that cannot be loaded; the message names the file."""


@dataclass(frozen=True, slots=True)
class Example:
    """A snippet that must make the rule fire (`fail`) or stay silent (`pass`)."""

    expect: str
    text: str
    format: str = "markdown"
    profile: str | None = None
    options: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    facts: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    today: str | None = None
    count: int | None = None
    line: int | None = None
    region: str | None = None
    styles: tuple[Mapping[str, Any], ...] = ()


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    family: str
    severity: Severity
    summary: str
    why: str
    instead: str
    kind: str
    options: Mapping[str, Any]
    examples: tuple[Example, ...]
    path: Path
    enabled: bool = True
    applies_to: tuple[str, ...] = DOCUMENT_KINDS  # which documents the rule lints
    builtin: bool = False  # shipped with reslint: its options are checked by the test suite

    @property
    def reference(self) -> str | None:
        """The rule's page in the rule reference (`reslint explain --docs`), a path in
        reslint's repository; a rule pack's rule has none."""
        return f"docs/rules/{self.name}.md" if self.builtin else None

    @property
    def hint(self) -> str:
        """The short fix hint a finding carries when its kind gives none: the first
        sentence of `instead`, on one line (`reslint explain` shows the rest)."""
        flat = " ".join(self.instead.split())
        first = _SENTENCE_END.split(flat, maxsplit=1)[0]
        return first if len(first) <= 200 else first[:199].rstrip() + "…"


# A sentence ends at . ! or ? before a capital, a quote or a code span; "e.g. x" does not.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z`\"'(*])")


def builtin_rules_dir() -> Path:
    """`reslint/_rules` inside a wheel, or the source tree's `rules/` in an editable install."""
    packaged = Path(__file__).parent / "_rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "rules"


def _load_words(value: Any, rule_path: Path) -> Any:
    """`file:NAME.txt` option values name a word list beside the rule: one entry a line."""
    if isinstance(value, str) and value.startswith("file:"):
        list_path = rule_path.parent / value[5:]
        try:
            text = list_path.read_text(encoding="utf-8")
        except OSError as error:
            reason = f"cannot read word list {value[5:]}: {error.strerror}"
            raise RuleError(f"{rule_path}: {reason}") from error
        return [
            entry.strip()
            for entry in text.splitlines()
            if entry.strip() and not entry.lstrip().startswith("#")
        ]
    return value


def _example(raw: Any, rule_path: Path, index: int) -> Example:
    where = f"{rule_path}: examples[{index}]"
    if not isinstance(raw, dict):
        raise RuleError(f"{where}: must be a table")
    unknown = set(raw) - EXAMPLE_KEYS
    if unknown:
        raise RuleError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    if raw.get("expect") not in ("fail", "pass"):
        raise RuleError(f'{where}: \'expect\' must be "fail" or "pass"')
    if not isinstance(raw.get("text"), str):
        raise RuleError(f"{where}: 'text' must be a string")
    styles = raw.get("styles", [])
    if not isinstance(styles, list) or not all(isinstance(style, dict) for style in styles):
        raise RuleError(f"{where}: 'styles' must be an array of tables")
    return Example(
        expect=raw["expect"],
        text=raw["text"],
        format=raw.get("format", "markdown"),
        profile=raw.get("profile"),
        options=MappingProxyType(dict(raw.get("options", {}))),
        facts=MappingProxyType(dict(raw.get("facts", {}))),
        today=raw.get("today"),
        count=raw.get("count"),
        line=raw.get("line"),
        region=raw.get("region"),
        styles=tuple(MappingProxyType(dict(style)) for style in styles),
    )


def load_rule(path: Path, family: str, builtin: bool = False) -> Rule:
    name = path.stem
    if not _NAME_RE.match(name):
        raise RuleError(f"{path}: rule name '{name}' must be kebab-case")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{path}: invalid TOML: {error}") from error
    except OSError as error:
        raise RuleError(f"{path}: {error.strerror}") from error
    unknown = set(data) - RULE_KEYS
    if unknown:
        raise RuleError(f"{path}: unknown key '{sorted(unknown)[0]}'")
    for key in REQUIRED_KEYS:
        if not isinstance(data.get(key), str) or not data[key].strip():
            raise RuleError(f"{path}: '{key}' is required and must be a string")
    try:
        severity = Severity(data["severity"])
    except ValueError as error:
        raise RuleError(
            f"{path}: severity must be error, warning or suggestion, not '{data['severity']}'"
        ) from error
    options = data.get("options", {})
    if not isinstance(options, dict):
        raise RuleError(f"{path}: 'options' must be a table")
    applies_to = data.get("applies_to", list(DOCUMENT_KINDS))
    if (
        not isinstance(applies_to, list)
        or not applies_to
        or any(kind not in DOCUMENT_KINDS for kind in applies_to)
    ):
        raise RuleError(f"{path}: 'applies_to' must be a list of {' and '.join(DOCUMENT_KINDS)}")
    examples = data.get("examples", [])
    if not isinstance(examples, list):
        raise RuleError(f"{path}: 'examples' must be an array of tables")
    return Rule(
        name=name,
        family=family,
        severity=severity,
        summary=data["summary"].strip(),
        why=data["why"].strip(),
        instead=data["instead"].strip(),
        kind=data["kind"],
        options=MappingProxyType({k: _load_words(v, path) for k, v in options.items()}),
        examples=tuple(_example(raw, path, i) for i, raw in enumerate(examples)),
        path=path,
        enabled=bool(data.get("enabled", True)),
        applies_to=tuple(applies_to),
        builtin=builtin,
    )


def load_pack(folder: Path, builtin: bool = False) -> list[Rule]:
    if not folder.is_dir():
        raise RuleError(f"{folder}: rule pack folder not found")
    return [
        load_rule(path, path.parent.name, builtin)
        for path in sorted(folder.glob("*/*.toml"))
        if path.is_file()
    ]


@dataclass(frozen=True, slots=True)
class Rulebook:
    rules: Mapping[str, Rule]

    @property
    def families(self) -> frozenset[str]:
        return frozenset(rule.family for rule in self.rules.values())

    def expand(self, names: Iterable[str]) -> set[str]:
        """Rule names for a mix of rule names, family names and `ALL`; unknown names raise."""
        chosen: set[str] = set()
        for name in names:
            if name in ("ALL", "all"):
                chosen.update(self.rules)
            elif name in self.rules:
                chosen.add(name)
            elif name in self.families:
                chosen.update(r.name for r in self.rules.values() if r.family == name)
            else:
                hint = did_you_mean(name, [*self.rules, *self.families])
                raise RuleError(f"unknown rule or family '{name}'{hint}")
        return chosen


def load_rulebook(packs: Iterable[Path] = ()) -> Rulebook:
    rules: dict[str, Rule] = {}
    builtin = builtin_rules_dir()
    for folder in (builtin, *packs):
        for rule in load_pack(folder, builtin=folder == builtin):
            if rule.name in rules:
                raise RuleError(
                    f"{rule.path}: rule '{rule.name}' is already defined in {rules[rule.name].path}"
                )
            rules[rule.name] = rule
    return Rulebook(MappingProxyType(dict(sorted(rules.items()))))
