"""`reslint explain RULE`: the rule's own documentation, straight from its TOML file."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
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


def _plain(text: str) -> str:
    return text


def _code(text: str) -> str:
    return f"`{text}`"


def _conditions(example: Example, regional: bool, code: Callable[[str], str] = _plain) -> list[str]:
    """What an example's verdict depends on besides its text: region, format, options and
    date, each value passed through `code` (Markdown quotes them). `regional`: some example
    of the rule sets a region, so each says which it runs in."""
    said: list[str] = []
    if example.region:
        said.append(f"phone region {code(example.region)}")
    elif regional:
        said.append(f"phone region {code('US')}, the default")
    if example.format != "markdown":
        said.append(f"read as {example.format}")
    said += [code(_option(name, value)) for name, value in example.options.items()]
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


# The rule reference in docs/rules/: one Markdown page per rule, written from the rule files
# (ruff's rule pages are the model), and an index. tests/test_rule_docs.py regenerates the
# pages and fails when the committed ones differ, so they cannot drift from the rules.

GENERATED = "<!-- Generated from {source} by `reslint explain --docs DIR`; do not edit. -->"
DOCS_LIST_SHOWN = 60  # a longer default list is named, not printed, in a rule's page
FENCES = {"markdown": "markdown", "text": "text"}
DOCUMENTS = {"resume": "resumes", "profile": "LinkedIn profiles"}


def _source(rule: Rule) -> str:
    """The rule file's path in the repository, the same from a checkout or a wheel."""
    return f"rules/{rule.family}/{rule.path.name}"


def _word_files(rule: Rule) -> dict[str, str]:
    """The options the rule file takes from a word list beside it (`file:NAME.txt`), by
    option name: the list's file name. Rule loading keeps the words, not where they were."""
    import tomllib

    raw = tomllib.loads(rule.path.read_text(encoding="utf-8")).get("options", {})
    return {
        name: value[5:]
        for name, value in raw.items()
        if isinstance(value, str) and value.startswith("file:")
    }


def _doc_option(name: str, value: Any, word_file: str | None) -> list[str]:
    """One option's default as TOML; a long list as a comment that names where it is, so
    every uncommented line of the block can be copied into `.reslint.toml` as it stands."""
    if not isinstance(value, list | tuple) or len(value) <= LIST_SHOWN:
        return [f"{name} = {toml_value(value)}"]
    if len(value) <= DOCS_LIST_SHOWN:
        return [f"{name} = ["] + [f"    {toml_value(item)}," for item in value] + ["]"]
    where = f", one a line in {word_file}" if word_file else ""
    return [f"# {name} = [...]  # {len(value)} entries{where}"]


def _doc_conditions(example: Example, regional: bool) -> list[str]:
    """What an example's verdict depends on, in Markdown: what `_conditions` names, and
    what else a reader needs to run it: the file facts and the typography it assumes,
    where the finding is and how often."""
    said = _conditions(example, regional, _code)
    if example.facts:
        said.append(f"file facts `{toml_value(dict(example.facts))}`")
    said += [f"styled `{toml_value(dict(style))}`" for style in example.styles]
    if example.line is not None:
        said.append(f"reported on line {example.line}")
    if example.count is not None:
        said.append(f"reported {example.count} times")
    return said


def _doc_example(example: Example, regional: bool) -> list[str]:
    verdict = "Flagged" if example.expect == "fail" else "Not flagged"
    conditions = _doc_conditions(example, regional)
    out = [f"{verdict} ({'; '.join(conditions)}):" if conditions else f"{verdict}:", ""]
    out += [f"```{FENCES.get(example.format, example.format)}", example.text.strip(), "```", ""]
    if example.profile is not None:
        out += ["with this LinkedIn profile:", "", "```markdown", example.profile.strip()]
        out += ["```", ""]
    return out


def rule_page(rule: Rule) -> str:
    """The Markdown page of `rule` in the rule reference."""
    documents = " and ".join(DOCUMENTS[kind] for kind in rule.applies_to)
    default = "on by default" if rule.enabled else "off by default (turn it on with `select`)"
    out = [
        f"# {rule.name}",
        "",
        GENERATED.format(source=f"[{_source(rule)}](../../{_source(rule)})"),
        "",
        f"**Family:** `{rule.family}` · **Severity:** `{rule.severity.value}` · {default} · "
        f"lints {documents} · kind `{rule.kind}`",
        "",
        "## What it does",
        "",
        rule.summary,
        "",
        "## Why is this bad?",
        "",
        rule.why.strip(),
        "",
    ]
    regional = any(example.region for example in rule.examples)
    out += ["## Example", ""]
    for expect in ("fail", "pass"):
        for example in (e for e in rule.examples if e.expect == expect):
            out += _doc_example(example, regional)
    out += ["## What to do instead", "", rule.instead.strip(), ""]
    out += ["## Options", ""]
    kind = KINDS.get(rule.kind)
    options = kind.options if kind is not None else {}
    out += ["In `.reslint.toml`, with their defaults:", "", "```toml", f"[rules.{rule.name}]"]
    out.append(f'severity = "{rule.severity.value}"  # error, warning, suggestion or "off"')
    word_files = _word_files(rule)
    for name, option in options.items():
        value = rule.options.get(name, option.default)
        out += _doc_option(name, value, word_files.get(name))
    out += ["```", ""]
    for name, option in options.items():
        choices = (
            f"; one of {', '.join(f'`{c}`' for c in option.choices)}" if option.choices else ""
        )
        listed = word_files.get(name)
        link = f" ([{listed}](../../rules/{rule.family}/{listed}))" if listed else ""
        out.append(f"- `{name}` ({option.type}{choices}): {option.help}{link}")
    if options:
        out.append("")
    out.append(f"`reslint explain {rule.name}` prints this page in the terminal.")
    return "\n".join(out) + "\n"


def index_page(rules: Iterable[Rule]) -> str:
    """docs/rules/README.md: every rule by family, with its severity and summary."""
    by_family: dict[str, list[Rule]] = {}
    for rule in rules:
        by_family.setdefault(rule.family, []).append(rule)
    out = [
        "# Rules",
        "",
        GENERATED.format(source="[rules/](../../rules)"),
        "",
        "Every rule reslint ships, by family: what it finds, its severity, and a page with",
        "why it matters, examples that fail and pass, what to do instead and its options.",
        "`reslint rules` lists them in the terminal; `reslint explain RULE` prints a page.",
        "How to write rules, and the severity policy: [../rules.md](../rules.md).",
        "",
    ]
    for family in sorted(by_family):
        out += [f"## {family}", "", "| rule | severity | what it finds |", "|---|---|---|"]
        for rule in sorted(by_family[family], key=lambda rule: rule.name):
            off = " (off by default)" if not rule.enabled else ""
            summary = rule.summary.replace("|", "\\|")
            out.append(
                f"| [{rule.name}]({rule.name}.md) | {rule.severity.value} | {summary}{off} |"
            )
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def reference_pages(rules: Iterable[Rule]) -> dict[str, str]:
    """The rule reference, by file name: a page per rule and the index."""
    rules = list(rules)
    pages = {f"{rule.name}.md": rule_page(rule) for rule in rules}
    pages["README.md"] = index_page(rules)
    return pages


def write_reference(rules: Iterable[Rule], folder: Path) -> tuple[list[Path], list[Path]]:
    """Write the rule reference into `folder`; remove the pages it generated before for
    rules that no longer exist (a file without the generated mark is never touched).
    Returns the files written and the files removed."""
    pages = reference_pages(rules)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in pages.items():
        path = folder / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            written.append(path)
    removed = []
    for path in sorted(folder.glob("*.md")):
        if path.name not in pages and "by `reslint explain --docs DIR`" in path.read_text(
            encoding="utf-8"
        ):
            path.unlink()
            removed.append(path)
    return written, removed
