"""Running a rule's own examples: what `reslint explain` shows is what the tests check."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reslint.engine import activate, lint
from reslint.kinds import Context
from reslint.model import Box, Document, FileFacts, Finding, Line, ReaderOutput, Region
from reslint.readers.source_lines import (
    HASH_SUPPRESSION,
    MARKDOWN_COMMENT,
    comment_suppressions,
)
from reslint.readers.text import lines_from_text
from reslint.rulebook import Example, Rule
from reslint.structure import build_document

FACT_KEYS = frozenset(
    {"page_count", "metadata", "image_count", "pages_without_text", "format", "built_pdf"}
    | {"built_text"}
)
STYLE_KEYS = frozenset({"match", "color", "font_size", "region", "box", "page_height", "bold"})


def _styled(line: Line, style: Mapping[str, Any]) -> Line:
    """`line` with what a PDF or DOCX reader would have seen: colour, size, region, position."""
    changes: dict[str, Any] = {}
    if "color" in style:
        changes["color"] = tuple(float(c) for c in style["color"])
    if "font_size" in style:
        changes["font_size"] = float(style["font_size"])
    if "region" in style:
        changes["region"] = Region(style["region"])
    if "box" in style:
        changes["box"] = Box(*(float(v) for v in style["box"]))
    if "page_height" in style:
        changes["page_height"] = float(style["page_height"])
    if "bold" in style:
        changes["bold"] = bool(style["bold"])
    return replace(line, **changes)


def apply_styles(lines: Iterable[Line], styles: Iterable[Mapping[str, Any]]) -> tuple[Line, ...]:
    """Give every line containing a style's `match` text that style's attributes.

    Examples are written as text, so this is how a rule example says "this
    line is white", "this line is in the footer" or "this line sits at y=700".
    """
    styles = tuple(styles)
    for style in styles:
        unknown = set(style) - STYLE_KEYS
        if unknown:
            raise ValueError(f"unknown style key '{sorted(unknown)[0]}'")
        if not isinstance(style.get("match"), str):
            raise ValueError("a style needs 'match', the text of the lines it applies to")
    styled = []
    for line in lines:
        for style in styles:
            if style["match"] in line.text:
                line = _styled(line, style)
        styled.append(line)
    return tuple(styled)


def example_document(
    text: str,
    fmt: str,
    region: str,
    kind: str = "resume",
    facts: dict | None = None,
    styles: Iterable[Mapping[str, Any]] = (),
) -> Document:
    name = "profile.md" if kind == "profile" else f"example.{'md' if fmt == 'markdown' else 'txt'}"
    # Comments as the text reader takes them: Markdown's HTML comments, text's `# reslint:`.
    comment = MARKDOWN_COMMENT if fmt == "markdown" else HASH_SUPPRESSION
    text, suppressions = comment_suppressions(text.strip("\n"), Path(name), comment)
    lines = apply_styles(lines_from_text(text, markdown=fmt == "markdown"), styles)
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
        if "built_text" in values:
            values["built_text"] = tuple(values["built_text"])
        file_facts = replace(file_facts, **values)
    output = ReaderOutput(
        lines=lines,
        facts=file_facts,
        kind=kind,  # type: ignore[arg-type]
        suppressions=suppressions,
    )
    return build_document(Path(name), output, region)


def run_example(rule: Rule, example: Example) -> list[Finding]:
    """The findings `rule` makes on `example`, alone, as a user would get them."""
    region = example.region or "US"
    doc = example_document(
        example.text, example.format, region, facts=dict(example.facts), styles=example.styles
    )
    profile = (
        example_document(example.profile, example.format, region, kind="profile")
        if example.profile is not None
        else None
    )
    today = date.fromisoformat(example.today) if example.today else date(2026, 6, 15)
    active = activate(rule, None, example.options)
    return lint(doc, [active], Context(region=region, today=today, profile=profile))
