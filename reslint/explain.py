"""`reslint explain RULE`: the rule's own documentation, straight from its TOML file."""

from __future__ import annotations

import json
import textwrap
from typing import Any

from reslint.kinds import KINDS
from reslint.rulebook import Example, Rule

LIST_SHOWN = 8  # a longer word list shows its first entries and how many there are


def toml_value(value: Any) -> str:
    """`value` as TOML writes it, so it can be copied into `.reslint.toml`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + "}"
    return json.dumps(str(value))


def _option(name: str, value: Any) -> str:
    if isinstance(value, list | tuple) and len(value) > LIST_SHOWN:
        head = toml_value(list(value[:3]))[:-1]
        return f"{name} = {head}, …]  # {len(value)} entries"
    return f"{name} = {toml_value(value)}"


def _conditions(example: Example, regional: bool) -> list[str]:
    """What an example's verdict depends on besides its text: region, profile, options.
    `regional`: some example of the rule sets a region, so each says which it runs in."""
    said: list[str] = []
    if example.region:
        said.append(f"phone region {example.region}")
    elif regional:
        said.append("phone region US, the default")
    if example.format != "markdown":
        said.append(f"as {example.format}")
    if example.options:
        said.append(", ".join(_option(k, v) for k, v in example.options.items()))
    if example.today:
        said.append(f"today {example.today}")
    return said


def _block(text: str) -> str:
    return textwrap.indent(text.strip(), "  ")


def explain_rule(rule: Rule) -> str:
    parts = [
        f"{rule.name} ({rule.family}, {rule.severity.value}"
        f"{'' if rule.enabled else ', off by default'})",
        "",
        rule.summary,
        "",
        "Why it matters:",
        _block(rule.why),
        "",
        "What to do instead:",
        _block(rule.instead),
    ]
    kind = KINDS.get(rule.kind)
    if kind is not None and kind.options:
        parts += ["", f"Options (kind '{rule.kind}'), as TOML for .reslint.toml:", ""]
        parts.append(f"  [rules.{rule.name}]")
        for name, option in kind.options.items():
            value = rule.options.get(name, option.default)
            parts.append(f"  {_option(name, value)}")
            parts.append(f"  # ({option.type}) {option.help}")
    regional = any(example.region for example in rule.examples)
    for expect in ("fail", "pass"):
        examples = [e for e in rule.examples if e.expect == expect]
        if examples:
            parts += ["", "Flagged:" if expect == "fail" else "Not flagged:"]
            for example in examples:
                conditions = _conditions(example, regional)
                if conditions:
                    parts.append(f"  ({'; '.join(conditions)})")
                parts.append(_block(example.text))
                if example.profile is not None:
                    parts.append("  with this LinkedIn profile:")
                    parts.append(textwrap.indent(example.profile.strip(), "    "))
                parts.append("")
    return "\n".join(parts).rstrip()
