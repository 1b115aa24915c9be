"""What the JSON Resume and RenderCV readers share: source trees with line numbers, a
builder that renders values as Lines and makes Fields that point at them, and `Collected`,
which gathers those Fields and hands them to structure as KnownFields.

Users keep these files in git; a finding must point at the line of the source
file that holds the value, so every value keeps the line it was written on.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from reslint.lexicon.contact import canonical_linkedin, normalise_phone
from reslint.lexicon.dates import find_dates, parse_date
from reslint.lexicon.headings import heading_kind
from reslint.model import (
    DateRange,
    DateValue,
    Education,
    Field,
    FileFacts,
    KnownFields,
    Line,
    Position,
    ReaderOutput,
    Section,
)
from reslint.readers.base import ReadError
from reslint.readers.text import markdown_inline

MAX_NODES = 200_000  # YAML aliases can make a small file a huge tree: stop walking there


@dataclass(frozen=True, slots=True)
class Node:
    """A value from the source file and the (1-based) line and column it starts on."""

    value: Any  # dict[str, Node] | list[Node] | str | int | float | bool | None
    line: int
    key_lines: Mapping[str, int] = field(default_factory=dict)  # mapping: the line of each key
    column: int = 1

    def key_line(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    def get(self, *keys: str) -> Node | None:
        """The first of `keys` present in this mapping with a non-empty value."""
        if not isinstance(self.value, dict):
            return None
        for key in keys:
            node = self.value.get(key)
            if node is not None and node.value not in (None, "", [], {}):
                return node
        return None

    def items(self) -> Iterator[tuple[str, Node]]:
        return iter(self.value.items()) if isinstance(self.value, dict) else iter(())

    def list(self) -> list[Node]:
        return self.value if isinstance(self.value, list) else []

    @property
    def text(self) -> str | None:
        """A scalar as text (YAML and JSON numbers such as years included)."""
        if isinstance(self.value, bool) or self.value is None:
            return None
        if isinstance(self.value, str | int | float):
            return str(self.value).strip() or None
        return None


# ---------------------------------------------------------------- JSON with line numbers

_WHITESPACE = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?")
_LITERALS = {"true": True, "false": False, "null": None}


class _JsonLines:
    """A JSON parser that keeps line numbers; run only on text json.loads accepted."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.newlines = [index for index, char in enumerate(text) if char == "\n"]

    def line(self, index: int) -> int:
        return bisect.bisect_left(self.newlines, index) + 1

    def column(self, index: int) -> int:
        before = bisect.bisect_left(self.newlines, index)
        return index - (self.newlines[before - 1] if before else -1)

    def skip(self, index: int) -> int:
        return _WHITESPACE.match(self.text, index).end()  # type: ignore[union-attr]

    def parse(self, index: int = 0) -> tuple[Node, int]:
        index = self.skip(index)
        char = self.text[index]
        line = self.line(index)
        column = self.column(index)
        if char == "{":
            mapping: dict[str, Node] = {}
            key_lines: dict[str, int] = {}
            index = self.skip(index + 1)
            while self.text[index] != "}":
                key_start = index
                key, index = scanstring(self.text, index + 1)
                key_lines[key] = self.line(key_start)
                index = self.skip(self.skip(index) + 1)  # past the colon
                mapping[key], index = self.parse(index)
                index = self.skip(index)
                if self.text[index] == ",":
                    index = self.skip(index + 1)
            return Node(mapping, line, key_lines, column), index + 1
        if char == "[":
            items: list[Node] = []
            index = self.skip(index + 1)
            while self.text[index] != "]":
                item, index = self.parse(index)
                items.append(item)
                index = self.skip(index)
                if self.text[index] == ",":
                    index = self.skip(index + 1)
            return Node(items, line, column=column), index + 1
        if char == '"':
            value, end = scanstring(self.text, index + 1)
            return Node(value, line, column=column), end
        for word, literal in _LITERALS.items():
            if self.text.startswith(word, index):
                return Node(literal, line, column=column), index + len(word)
        match = _NUMBER.match(self.text, index)
        if match is None:  # json.loads accepted it, so this is NaN/Infinity: keep as text
            word = re.match(r"-?\w+", self.text[index:])
            end = index + (len(word.group(0)) if word else 1)
            return Node(self.text[index:end], line, column=column), end
        number = match.group(0)
        value = float(number) if match.group(1) or match.group(2) else int(number)
        return Node(value, line, column=column), match.end()


def json_tree(text: str) -> tuple[Any, Node]:
    """Parse JSON into plain data and Nodes, or raise ReadError with json's one-line reason."""
    try:
        data = json.loads(text)
        return data, _JsonLines(text).parse()[0]
    except json.JSONDecodeError as error:
        raise ReadError(f"invalid JSON ({error.msg} at line {error.lineno})") from error
    except RecursionError as error:
        raise ReadError("JSON is nested too deeply") from error


# ---------------------------------------------------------------- YAML with line numbers


def yaml_tree(text: str) -> Node:
    """Compose (never construct) YAML into Nodes; aliases are followed up to MAX_NODES."""
    import yaml

    try:
        # libyaml's composer when installed: same nodes and marks, several times faster.
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(error, "problem", None) or "syntax error"
        raise ReadError(f"invalid YAML ({problem}{where})") from error
    if root is None:
        return Node(None, 1)
    budget = [MAX_NODES]

    def convert(node: Any) -> Node:
        budget[0] -= 1
        if budget[0] < 0:
            raise ReadError("YAML expands to too many values (alias bomb?)")
        line = node.start_mark.line + 1
        column = node.start_mark.column + 1
        if isinstance(node, yaml.MappingNode):
            return Node(
                {str(key.value): convert(value) for key, value in node.value},
                line,
                {str(key.value): key.start_mark.line + 1 for key, _ in node.value},
                column,
            )
        if isinstance(node, yaml.SequenceNode):
            return Node([convert(item) for item in node.value], line, column=column)
        value = node.value
        if node.tag.endswith(":null") or (node.style is None and value in ("", "~", "null")):
            return Node(None, line, column=column)
        return Node(value, line, column=column)

    try:
        return convert(root)
    except RecursionError as error:
        raise ReadError("YAML is nested too deeply") from error


# ---------------------------------------------------------------- rendering


def plain(text: str) -> tuple[str, tuple[str, ...]]:
    """Markdown emphasis and links removed, as the rendered resume shows them."""
    stripped, links = markdown_inline(text)
    return " ".join(stripped.split()), links


def date_value(text: str | None) -> DateValue | None:
    """`2019-01-01`, `2019-01`, `2019`, `present` (and what resumes print, via parse_date)."""
    if not text:
        return None
    iso_day = re.fullmatch(r"((?:19|20)\d{2}-\d{2})-\d{2}(?:[T ].*)?", text.strip())
    value = parse_date(iso_day.group(1) if iso_day else text)
    if value is None:
        found = find_dates(text)
        return found[0].range.start if found else None
    return value


@dataclass
class Builder:
    """Renders source values as Lines (source line numbers kept) and makes Fields on them."""

    lines: list[Line] = field(default_factory=list)

    def line(
        self, node: Node, *, bullet: bool = False, text: str | None = None, link: str | None = None
    ) -> Line | None:
        raw = text if text is not None else node.text
        if not raw:
            return None
        shown, links = plain(raw)
        if not shown:
            return None
        links = (link, *links) if link else links
        line = Line(text=shown, number=node.line, column=node.column, bullet=bullet, links=links)
        self.lines.append(line)
        return line

    def text_field(self, node: Node, text: str, *, bullet: bool = False) -> Field | None:
        """A Field for text made from several values, placed on `node`'s line."""
        line = self.line(node, text=text, bullet=bullet)
        return Field(line.text, line) if line is not None else None

    def field(self, node: Node | None, *, bullet: bool = False) -> Field | None:
        if node is None:
            return None
        line = self.line(node, bullet=bullet)
        return Field(line.text, line) if line is not None else None

    def heading(self, title: str, number: int) -> Line:
        line = Line(text=title, number=number, column=1, heading=True)
        self.lines.append(line)
        return line

    def sorted_lines(self) -> tuple[Line, ...]:
        """In source order: values are rendered by meaning, but read as the file is written."""
        return tuple(sorted(self.lines, key=lambda line: line.number))

    def dates(self, start: Node | None, end: Node | None) -> DateRange | None:
        """A range from start/end values; a start without an end is current (`present`)."""
        start_line = self.line(start) if start is not None else None
        end_line = self.line(end) if end is not None else None
        start_value = date_value(start.text) if start is not None else None
        end_value = date_value(end.text) if end is not None else None
        if start_value is None and end_value is None:
            return None
        if end is None and start_value is not None:
            end_value = DateValue(None, present=True, style="present")
        raw = " – ".join(node.text or "" for node in (start, end) if node is not None)
        return DateRange(start_value, end_value, raw, start_line or end_line)

    def printed_dates(self, node: Node) -> DateRange | None:
        """Dates written as a resume prints them (`Sept 2021 – present`, `Summer 2019`)."""
        line = self.line(node)
        found = find_dates(line.text, line) if line is not None else []
        return found[0].range if found else None

    def email(self, node: Node) -> Field | None:
        line = self.line(node)
        if line is None:
            return None
        return Field(line.text.lower(), line, line.text)

    def phone(self, node: Node) -> Field | None:
        line = self.line(node)
        if line is None:
            return None
        # The region is not known here; build_document normalises non-"+" numbers with it.
        return Field(normalise_phone(line.text, "ZZ") or line.text, line, line.text)

    def url(self, node: Node, url: str | None = None) -> tuple[Field | None, bool]:
        """A URL Field (`node` shows it, `url` is where it points) and if it is a LinkedIn one."""
        line = self.line(node, link=url)
        if line is None:
            return None, False
        target = url or line.text
        if "linkedin.com/" in target.lower():
            return Field(canonical_linkedin(target), line, target), True
        return Field(target, line, target), False


def render_any(builder: Builder, node: Node, *, bullet: bool = False) -> None:
    """Render every text value under `node` (keys such as `_pad` or `$schema` are not shown)."""
    if isinstance(node.value, dict):
        for key, child in node.items():
            if not key.startswith(("_", "$")) and key not in ("url", "image", "photo"):
                render_any(builder, child, bullet=bullet or key in BULLET_KEYS)
    elif isinstance(node.value, list):
        for item in node.list():
            render_any(builder, item, bullet=bullet)
    else:
        builder.line(node, bullet=bullet)


BULLET_KEYS = frozenset({"highlights", "keywords", "courses", "roles"})


def section_title(key: str) -> str:
    """How a section key is printed: `academic_positions` → `Academic Positions`."""
    if key == key.lower() and " " not in key:
        return " ".join(word.capitalize() for word in key.replace("_", " ").split())
    return key


def section_kind(title: str) -> str:
    """What a section holds, read from its title as structure reads printed headings."""
    return heading_kind(Line(text=title, heading=True)) or "other"


@dataclass
class Collected:
    """The fields a structured reader finds, handed over as a ReaderOutput's KnownFields."""

    builder: Builder = field(default_factory=Builder)
    name: Field | None = None
    headline: Field | None = None
    location: Field | None = None
    emails: list[Field] = field(default_factory=list)
    phones: list[Field] = field(default_factory=list)
    linkedin: list[Field] = field(default_factory=list)
    urls: list[Field] = field(default_factory=list)
    summary: list[Field] = field(default_factory=list)
    positions: list[Position] = field(default_factory=list)
    education: list[Education] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)

    def url(self, node: Node, url: str | None = None) -> None:
        found, is_linkedin = self.builder.url(node, url)
        if found is not None:
            (self.linkedin if is_linkedin else self.urls).append(found)

    def section(self, title: str, line: int, render: Callable[[], None]) -> str:
        """Render a section under its heading; returns its kind."""
        heading = self.builder.heading(title, line)
        mark = len(self.builder.lines)
        render()
        lines = tuple(sorted(self.builder.lines[mark:], key=lambda item: item.number))
        kind = section_kind(title)
        self.sections.append(Section(title, kind, heading, lines))
        return kind

    def position(
        self,
        entry: Node,
        company: Node | None,
        title: Node | None,
        dates: DateRange | None,
        section: str,
        nested: re.Pattern[str] | None = None,
    ) -> None:
        """One position; `nested` splits a highlight into the sub-bullets the format prints."""
        builder = self.builder
        company_field, title_field = builder.field(company), builder.field(title)
        location = builder.field(entry.get("location"))
        context = [builder.field(entry.get(key)) for key in ("summary", "description")]
        bullets: list[Field | None] = []
        for item in _items(entry.get("highlights")):
            parts = nested.split(item.text or "") if nested is not None else []
            if len(parts) > 1:
                bullets.extend(builder.text_field(item, part, bullet=True) for part in parts)
            else:
                bullets.append(builder.field(item, bullet=True))
        anchor = company_field or title_field
        self.positions.append(
            Position(
                company=company_field,
                title=title_field,
                dates=dates,
                line=anchor.line if anchor else (dates.line if dates else None),
                location=location,
                bullets=tuple(f for f in bullets if f is not None),
                context=tuple(f for f in context if f is not None),
                section=section,
            )
        )

    def school(
        self,
        entry: Node,
        school: Node | None,
        degree: Node | None,
        field_of_study: Node | None,
        dates: DateRange | None,
    ) -> None:
        """An education entry; degree and field are printed on one line (`BS in Physics`)
        and kept apart as the degree proper and its field."""
        builder = self.builder
        school_field = builder.field(school)
        text, node = joined(degree, field_of_study)
        line = builder.line(node, text=text) if text and node is not None else None
        degree_field = _value_on(degree, line)
        field_field = _value_on(field_of_study, line)
        details = [
            builder.field(item, bullet=True)
            for key in ("highlights", "courses")
            for item in _items(entry.get(key))
        ]
        details += [builder.field(entry.get(key)) for key in ("score", "location", "summary")]
        anchor = school_field or degree_field or field_field
        self.education.append(
            Education(
                school=school_field,
                degree=degree_field,
                dates=dates,
                line=anchor.line if anchor else None,
                details=tuple(f for f in details if f is not None),
                field=field_field,
            )
        )

    def output(self, format_name: str, top_block_end: int) -> ReaderOutput:
        lines = self.builder.sorted_lines()
        known = KnownFields(
            name=self.name,
            # As for printed resumes: without a headline, the summary says what the person does.
            headline=self.headline or (self.summary[0] if self.summary else None),
            location=self.location,
            emails=tuple(self.emails),
            phones=tuple(self.phones),
            linkedin=tuple(self.linkedin),
            urls=tuple(self.urls),
            summary=tuple(self.summary),
            sections=tuple(self.sections),
            positions=tuple(self.positions),
            education=tuple(self.education),
            top_block=tuple(line for line in lines if line.number < top_block_end),
        )
        return ReaderOutput(lines=lines, facts=FileFacts(format=format_name), known=known)


def _items(node: Node | None) -> list[Node]:
    if node is None:
        return []
    return node.list() if isinstance(node.value, list) else [node]


def _value_on(node: Node | None, line: Line | None) -> Field | None:
    """A value shown as part of `line` (the degree of `BS in Physics`)."""
    if node is None or line is None or not node.text:
        return None
    shown, _ = plain(node.text)
    return Field(shown, line) if shown else None


def joined(*parts: Node | None, sep: str = " in ") -> tuple[str | None, Node | None]:
    """Text values joined (`BS in Physics`), with the first node as the place they are."""
    present = [node for node in parts if node is not None and node.text]
    if not present:
        return None, None
    return sep.join(node.text or "" for node in present), present[0]
