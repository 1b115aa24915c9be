"""Which rules run on a file, at which severity, with which options."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reslint.config import Config, ConfigError, RuleSettings
from reslint.model import Severity
from reslint.names import did_you_mean
from reslint.rulebook import Rule, Rulebook, RuleError

if TYPE_CHECKING:
    from reslint.engine import ActiveRule


@dataclass(frozen=True, slots=True)
class Selection:
    """Command-line choices that sit on top of the config."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()


def _expand(rulebook: Rulebook, names: tuple[str, ...], where: str) -> set[str]:
    try:
        return rulebook.expand(names)
    except RuleError as error:
        raise ConfigError(f"{where}: {error}") from error


def validate(config: Config, rulebook: Rulebook) -> None:
    """Check every rule name and option the config mentions, so mistakes fail up front."""
    where = str(config.path or "config")
    _expand(rulebook, config.select or (), f"{where}: select")
    _expand(rulebook, config.ignore, f"{where}: ignore")
    tables = [(f"{where}: rules", config.rules)]
    for index, override in enumerate(config.overrides):
        _expand(rulebook, override.select or (), f"{where}: overrides[{index}].select")
        _expand(rulebook, override.ignore, f"{where}: overrides[{index}].ignore")
        tables.append((f"{where}: overrides[{index}].rules", override.rules))
    for label, rules in tables:
        for name, settings in rules.items():
            if name not in rulebook.rules:
                hint = did_you_mean(name, rulebook.rules)
                raise ConfigError(f"{label}: unknown rule '{name}'{hint}")
            from reslint.engine import activate  # imports every kind: only when there are options

            try:
                activate(rulebook.rules[name], None, settings.options)
            except RuleError as error:
                reason = str(error).split(": ", 1)[-1]
                raise ConfigError(f"{label}.{name}: {reason}") from error


@dataclass(frozen=True, slots=True)
class ConfiguredRule:
    """A rule as the configuration sets it for one file, before its kind resolves the options
    (the cache key needs no more, and so does not import the kinds)."""

    rule: Rule
    severity: Severity | None
    options: Mapping[str, Any]


def configured_rules(
    config: Config, rulebook: Rulebook, path: Path, cli: Selection | None = None
) -> tuple[ConfiguredRule, ...]:
    """The rules chosen for `path`: defaults, then config, overrides, and command line."""
    if config.select is not None:
        chosen = _expand(rulebook, config.select, "select")
    else:
        chosen = {name for name, rule in rulebook.rules.items() if rule.enabled}
    chosen -= _expand(rulebook, config.ignore, "ignore")
    settings: dict[str, RuleSettings] = dict(config.rules)
    relative = config.relative(path)
    for override in config.overrides:
        if not override.matches(relative):
            continue
        if override.select is not None:
            chosen = _expand(rulebook, override.select, "select")
        chosen -= _expand(rulebook, override.ignore, "ignore")
        for name, extra in override.rules.items():
            base = settings.get(name, RuleSettings())
            settings[name] = RuleSettings(
                extra.severity or base.severity, {**base.options, **extra.options}
            )
    cli = cli or Selection()
    if cli.select is not None:
        chosen = _expand(rulebook, cli.select, "--select")
    chosen -= _expand(rulebook, cli.ignore, "--ignore")
    configured: list[ConfiguredRule] = []
    for name in sorted(chosen):
        setting = settings.get(name, RuleSettings())
        if setting.severity == "off":
            continue
        severity = Severity(setting.severity) if setting.severity else None
        options: Mapping[str, Any] = setting.options
        configured.append(ConfiguredRule(rulebook.rules[name], severity, options))
    return tuple(configured)


def active_rules(
    config: Config, rulebook: Rulebook, path: Path, cli: Selection | None = None
) -> tuple[ActiveRule, ...]:
    """The configured rules for `path` with their options resolved by their kinds."""
    from reslint.engine import activate

    return tuple(
        activate(item.rule, item.severity, item.options)
        for item in configured_rules(config, rulebook, path, cli)
    )
