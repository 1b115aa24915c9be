"""`reslint explain RULE`: the rule's own documentation, straight from its TOML file.

Options print as the TOML a config would hold (`[rules.NAME]`), and each example says what
it was run with (format, region, date, options, the profile it was compared with), since
a phone number or a date can be flagged under one region or day and not another. The rule
reference in docs/rules/ (`rule_docs`) is made from the same pieces.
"""

from __future__ import annotations

import json
import textwrap
import tomllib
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds import KINDS
from reslint.rulebook import Example, Rule

DEFAULT_REGION = "US"  # what `examples.run_example` uses when an example names none
DEFAULT_TODAY = "2026-06-15"
FORMAT_NAMES = {"markdown": "Markdown", "text": "plain text"}
INLINE_ITEMS = 12  # a longer list prints one entry a line


def toml_value(value: Any) -> str:
    """`value` written as TOML: `true`, `30`, `"bullets"`, `["a", "b"]`, `{ a = 1 }`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a TOML basic string has JSON's escapes
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(item) for item in value) + "]"
    raise TypeError(f"no TOML for {type(value).__name__}")


def _key(name: str) -> str:
    return name if name.replace("-", "").replace("_", "").isalnum() else json.dumps(name)


def _word_lists(rule: Rule) -> dict[str, str]:
    """The options the rule file reads from a word list beside it (`file:NAME.txt`)."""
    try:
        raw = tomllib.loads(rule.path.read_text(encoding="utf-8")).get("options", {})
    except (OSError, tomllib.TOMLDecodeError):
        return {}
    return {
        name: value[5:]
        for name, value in raw.items()
        if isinstance(value, str) and value.startswith("file:")
    }


def options_toml(rule: Rule) -> list[str]:
    """The rule's options with their values, as a `[rules.NAME]` table of a config; each
    option's type and help as a comment above it. A word list read from a file is named,
    not copied out (a list set in the config replaces it)."""
    kind = KINDS.get(rule.kind)
    if kind is None or not kind.options:
        return []
    files = _word_lists(rule)
    out = [f"[rules.{rule.name}]"]
    for name, option in kind.options.items():
        value = rule.options.get(name, option.default)
        choices = f" ({', '.join(option.choices)})" if option.choices else ""
        out.append(f"# {option.help} [{option.type}{choices}]")
        if name in files and isinstance(value, list):
            out.append(f"# {name}: {len(value)} entries, one a line in {files[name]} beside the")
            out.append("# rule file; a list set here replaces it")
            continue
        out.extend(_assignment(name, value))
    return out


def _assignment(name: str, value: Any) -> list[str]:
    if isinstance(value, list) and len(value) > INLINE_ITEMS:
        return [f"{name} = ["] + [f"  {toml_value(item)}," for item in value] + ["]"]
    return [f"{name} = {toml_value(value)}"]


def example_setting(example: Example) -> str:
    """What an example was run with: `Markdown, region US` and any date, options and rules."""
    parts = [
        FORMAT_NAMES.get(example.format, example.format),
        f"region {example.region or DEFAULT_REGION}",
    ]
    if example.today:
        parts.append(f"on {example.today}")
    if example.options:
        parts.append(", ".join(f"{k} = {toml_value(v)}" for k, v in example.options.items()))
    if example.with_rules:
        parts.append("with " + ", ".join(example.with_rules))
    if example.facts:
        parts.append("file facts " + toml_value(dict(example.facts)))
    if example.styles:
        parts.append("styled " + ", ".join(toml_value(dict(style)) for style in example.styles))
    return ", ".join(parts)


def examples_by_outcome(rule: Rule) -> Iterator[tuple[str, list[Example]]]:
    for expect, heading in (("fail", "Flagged"), ("pass", "Not flagged")):
        examples = [example for example in rule.examples if example.expect == expect]
        if examples:
            yield heading, examples


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
    options = options_toml(rule)
    if options:
        parts += ["", f"Options (kind '{rule.kind}'), as set in .reslint.toml:"]
        parts += [f"  {line}" for line in options]
    for heading, examples in examples_by_outcome(rule):
        for example in examples:
            parts += ["", f"{heading} ({example_setting(example)}):", _block(example.text)]
            if example.profile is not None:
                parts += ["  compared with this LinkedIn profile:", _block(example.profile)]
    parts += [
        "",
        f"Silence it on one line: <!-- reslint: ignore {rule.name} --> (Markdown) or",
        f"# reslint: ignore {rule.name} (YAML, plain text), on the line or the line above.",
    ]
    return "\n".join(parts).rstrip()
