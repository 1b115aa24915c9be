"""The rule reference in docs/rules/: one Markdown page per rule, made from its rule file
(what it finds, why, an example, what to do instead, its options), ruff's rule pages being
the model, and an index. tests/test_rule_docs.py keeps the pages in step with the rules;
after changing a rule file, write them again:

    python -m reslint.rule_docs docs/rules
"""

from __future__ import annotations

import sys
from pathlib import Path

from reslint.explain import example_setting, examples_by_outcome, options_toml
from reslint.rulebook import Rule, Rulebook, load_rulebook

INDEX = "README.md"
GENERATED = "<!-- Made by `python -m reslint.rule_docs docs/rules` from rules/; do not edit. -->"
FENCES = {"markdown": "markdown", "text": "text"}


def _paragraphs(text: str) -> str:
    """A rule file's text as Markdown paragraphs: its line breaks are only wrapping."""
    return "\n\n".join(" ".join(part.split()) for part in text.strip().split("\n\n"))


def rule_page(rule: Rule) -> str:
    status = "" if rule.enabled else " · off by default"
    out = [
        GENERATED,
        "",
        f"# {rule.name}",
        "",
        f"Family `{rule.family}` · default severity `{rule.severity.value}` · "
        f"kind `{rule.kind}`{status}",
        "",
        f"## What it finds\n\n{_paragraphs(rule.summary)}",
        "",
        f"## Why it matters\n\n{_paragraphs(rule.why)}",
        "",
        f"## What to do instead\n\n{_paragraphs(rule.instead)}",
        "",
        f"A finding's hint: {rule.fix}",
    ]
    for heading, examples in examples_by_outcome(rule):
        out += ["", f"## {heading}"]
        for example in examples:
            fence = FENCES.get(example.format, "text")
            out += ["", f"{example_setting(example)}:", "", f"```{fence}", example.text.strip()]
            out += ["```"]
            if example.profile is not None:
                out += ["", "compared with this LinkedIn profile:", "", f"```{fence}"]
                out += [example.profile.strip(), "```"]
    options = options_toml(rule)
    if options:
        out += ["", "## Options", "", "In `.reslint.toml`, with the values the rule file sets:"]
        out += ["", "```toml", *options, "```"]
    out += [
        "",
        "## Turning it off",
        "",
        f'For a whole project: `ignore = ["{rule.name}"]` in `.reslint.toml`, or '
        f'`severity = "off"` under `[rules.{rule.name}]`. For one line, on it or on the line '
        f"above: `<!-- reslint: ignore {rule.name} -->` in Markdown, "
        f"`# reslint: ignore {rule.name}` in YAML and plain text.",
        "",
    ]
    return "\n".join(out)


def index_page(rulebook: Rulebook) -> str:
    out = [
        GENERATED,
        "",
        "# Rules",
        "",
        "| rule | family | severity | finds |",
        "|---|---|---|---|",
    ]
    for rule in sorted(rulebook.rules.values(), key=lambda r: (r.family, r.name)):
        off = " (off by default)" if not rule.enabled else ""
        out.append(
            f"| [`{rule.name}`]({rule.name}.md) | {rule.family} | {rule.severity.value} | "
            f"{rule.summary}{off} |"
        )
    out.append("")
    return "\n".join(out)


def pages(rulebook: Rulebook) -> dict[str, str]:
    """File name to content for every page of the reference."""
    made = {f"{name}.md": rule_page(rule) for name, rule in rulebook.rules.items()}
    made[INDEX] = index_page(rulebook)
    return made


def write(folder: Path, rulebook: Rulebook | None = None) -> list[Path]:
    """Write the reference into `folder`, removing pages of rules that no longer exist."""
    made = pages(rulebook or load_rulebook())
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*.md"):
        if stale.name not in made and stale.read_text(encoding="utf-8").startswith(GENERATED):
            stale.unlink()
    written = []
    for name, text in made.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/rules")
    print(f"wrote {len(write(target))} pages to {target}")
