"""Running a rule's own examples: what `reslint explain` shows is what the tests check."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType

from reslint.engine import activate, lint
from reslint.kinds import Context
from reslint.model import Document, FileFacts, Finding, ReaderOutput
from reslint.readers.text import lines_from_text
from reslint.rulebook import Example, Rule
from reslint.structure import build_document

FACT_KEYS = frozenset({"page_count", "metadata", "image_count", "pages_without_text", "format"})


def example_document(
    text: str, fmt: str, region: str, kind: str = "resume", facts: dict | None = None
) -> Document:
    lines = lines_from_text(text.strip("\n"), markdown=fmt == "markdown")
    pages = max((line.page for line in lines), default=1)
    file_facts = FileFacts(format=fmt, page_count=pages)
    if facts:
        unknown = set(facts) - FACT_KEYS
        if unknown:
            raise ValueError(f"unknown fact '{sorted(unknown)[0]}'")
        values = dict(facts)
        if "metadata" in values:
            values["metadata"] = MappingProxyType(dict(values["metadata"]))
        if "pages_without_text" in values:
            values["pages_without_text"] = tuple(values["pages_without_text"])
        file_facts = replace(file_facts, **values)
    output = ReaderOutput(lines=lines, facts=file_facts, kind=kind)  # type: ignore[arg-type]
    name = "profile.md" if kind == "profile" else f"example.{'md' if fmt == 'markdown' else 'txt'}"
    return build_document(Path(name), output, region)


def run_example(rule: Rule, example: Example) -> list[Finding]:
    """The findings `rule` makes on `example`, alone, as a user would get them."""
    region = example.region or "US"
    doc = example_document(example.text, example.format, region, facts=dict(example.facts))
    profile = (
        example_document(example.profile, example.format, region, kind="profile")
        if example.profile is not None
        else None
    )
    today = date.fromisoformat(example.today) if example.today else date(2026, 6, 15)
    active = activate(rule, None, example.options)
    return lint(doc, [active], Context(region=region, today=today, profile=profile))
