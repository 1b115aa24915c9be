"""`reslint explain RULE`: the rule's own documentation, straight from its TOML file."""

from __future__ import annotations

import textwrap

from reslint.kinds import KINDS
from reslint.rulebook import Rule


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
        parts += ["", f"Options (kind '{rule.kind}'; set in [rules.{rule.name}]):"]
        for name, option in kind.options.items():
            value = rule.options.get(name, option.default)
            shown = (
                value
                if not (isinstance(value, list) and len(value) > 8)
                else (f"[{len(value)} entries]")
            )
            parts.append(f"  {name} = {shown!r}  ({option.type}) {option.help}")
    for expect in ("fail", "pass"):
        examples = [e for e in rule.examples if e.expect == expect]
        if examples:
            parts += ["", "Flagged:" if expect == "fail" else "Not flagged:"]
            for example in examples:
                parts.append(_block(example.text))
                parts.append("")
    return "\n".join(parts).rstrip()
