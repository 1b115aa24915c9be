"""What a kind is (a check function, the options it takes, what it yields) and the scopes,
the parts of a resume whose lines a text kind searches."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from reslint.model import Document, Finding, Line, Severity
from reslint.names import did_you_mean

OPTION_TYPES = ("str", "int", "float", "bool", "strings", "regexes", "choice")


@dataclass(frozen=True, slots=True)
class Option:
    type: str
    default: Any
    help: str
    choices: tuple[str, ...] = ()

    def check(self, value: Any) -> str | None:
        """None if `value` suits this option, else why not."""
        if self.type == "bool":
            ok = isinstance(value, bool)
        elif self.type == "int":
            ok = isinstance(value, int) and not isinstance(value, bool)
        elif self.type == "float":
            ok = isinstance(value, int | float) and not isinstance(value, bool)
        elif self.type == "str":
            ok = isinstance(value, str)
        elif self.type == "choice":
            if value not in self.choices:
                return f"must be one of {', '.join(self.choices)}"
            ok = True
        else:
            ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            if ok and self.type == "regexes":
                for pattern in value:
                    try:
                        re.compile(pattern)
                    except re.error as error:
                        return f"invalid regular expression {pattern!r}: {error}"
        return None if ok else f"must be of type {self.type}"


@dataclass(frozen=True, slots=True)
class Hit:
    """One problem a kind found. `related` are lines of the paired profile, if any.

    `severity` lets one rule carry two grades (`personal-data`: an ID number is
    an error, a birth date a warning); the kind takes it from a rule option, and
    a severity set for the rule in the configuration still wins.
    """

    message: str
    line: Line | None = None
    text: str | None = None
    suggestion: str | None = None
    related: tuple[Line, ...] = ()
    severity: Severity | None = None


@dataclass(frozen=True, slots=True)
class Context:
    """What a check may know besides the document and its options."""

    region: str = "US"
    today: date = field(default_factory=date.today)
    profile: Document | None = None
    # For a kind that runs after the others (`Kind.after_others`): what they found, before
    # any suppression, and the names (rules and families) of the rules that ran; `known`
    # is every rule and family name (empty when the caller has no rulebook).
    findings: tuple[Finding, ...] = ()
    ran: frozenset[str] = frozenset()
    known: frozenset[str] = frozenset()

    @property
    def today_index(self) -> int:
        return self.today.year * 12 + self.today.month - 1


Check = Callable[[Document, Mapping[str, Any], Context], Iterable[Hit]]


@dataclass(frozen=True, slots=True)
class Kind:
    """`summarises`: the kind already reports once per cause with a count (garbled-text,
    hidden-text), so the engine does not group its findings by section again.
    `after_others`: the kind judges the other rules' findings (unused suppressions), so the
    engine runs it last.
    `absence`: the kind reports something missing and places it where it belongs (the
    name's line), so that line's words are not what the finding is about."""

    check: Check
    options: Mapping[str, Option]
    description: str
    needs_profile: bool = False
    summarises: bool = False
    absence: bool = False
    after_others: bool = False  # checks the other rules' findings (Context.findings)

    def resolve(
        self, given: Mapping[str, Any], base: Mapping[str, Any] | None = None, check: bool = True
    ) -> dict[str, Any]:
        """`base` (default: the kind's defaults) overlaid with `given`; raises ValueError
        naming a bad option. `check=False` trusts `given` (reslint's own rule files, which
        the test suite checks) and skips compiling every pattern at each start-up."""
        unknown = set(given) - set(self.options)
        if unknown:
            name = sorted(unknown)[0]
            raise ValueError(f"unknown option '{name}'{did_you_mean(name, self.options)}")
        if base is None:
            base = {name: option.default for name, option in self.options.items()}
        resolved = dict(base)
        for name, value in given.items():
            problem = self.options[name].check(value) if check else None
            if problem:
                raise ValueError(f"option '{name}' {problem}")
            resolved[name] = value
        return resolved


def scope_lines(doc: Document, scope: str) -> Iterator[Line]:
    """The lines a text check looks at: the whole document, or one part of the structure."""
    if scope == "all":
        yield from doc.lines
    elif scope == "bullets":
        yield from _bullet_lines(doc)
    elif scope == "statements":
        seen: set[int] = set()
        for position in doc.positions:
            for item in (*position.bullets, *position.context):
                if item.line is not None and id(item.line) not in seen:
                    seen.add(id(item.line))
                    yield item.line
        for item in doc.structure.summary:
            if item.line is not None and id(item.line) not in seen and not _link_label(item.line):
                seen.add(id(item.line))
                yield item.line
    elif scope == "prose":
        yield from _prose_lines(doc)
    elif scope == "top":
        yield from doc.structure.top_block
    elif scope == "body":
        yield from (line for line in doc.lines if line.region.value == "body")
    else:
        yield from (
            line for section in doc.sections if section.kind == scope for line in section.lines
        )


# Sections written in sentences about the candidate's work: their bullets and paragraphs
# are statements even where no position was parsed from them (a projects list, an
# "About" paragraph, a volunteer section read as plain lines). A research section is left
# out: an academic CV lists its topics there ("Development of deep learning models for …"),
# which are no claims about work done.
PROSE_SECTIONS = frozenset({"summary", "experience", "projects", "volunteer", "leadership"})
# A line this long is a sentence, not an entry's header or a list item.
_SENTENCE_WORDS = 6


# A link's label (`My profile`, `My portfolio`) names where the link goes; no longer
# line that carries a link is read as a label rather than a statement.
_LABEL_WORDS = 3


def _link_label(line: Line) -> bool:
    return bool(line.links) and not line.bullet and len(line.text.split()) <= _LABEL_WORDS


def _bullet_lines(doc: Document) -> Iterator[Line]:
    """The positions' bullets, and the bullets of prose sections no position holds (a
    projects list, a volunteer section read as plain lines)."""
    seen: set[int] = set()
    for position in doc.positions:
        for bullet in position.bullets:
            if bullet.line is not None and id(bullet.line) not in seen:
                seen.add(id(bullet.line))
                yield bullet.line
    for section in doc.sections:
        if section.kind in PROSE_SECTIONS:
            for line in section.lines:
                if line.bullet and id(line) not in seen:
                    seen.add(id(line))
                    yield line


def _prose_lines(doc: Document) -> Iterator[Line]:
    """The statements, and the bullets and sentences of the prose sections around them;
    an entry's header lines (company, title, dates) are names, not statements."""
    seen: set[int] = set()
    for line in scope_lines(doc, "statements"):
        seen.add(id(line))
        yield line
    headers = {
        id(line)
        for position in doc.positions
        for line in (
            position.line,
            position.dates.line if position.dates else None,
            position.company.line if position.company else None,
            position.title.line if position.title else None,
        )
        if line is not None
    }
    for section in doc.sections:
        if section.kind not in PROSE_SECTIONS:
            continue
        for line in section.lines:
            if id(line) in seen or id(line) in headers or line.heading:
                continue
            if line.bullet or len(line.text.split()) >= _SENTENCE_WORDS:
                seen.add(id(line))
                yield line


SCOPES = (
    "all",
    "bullets",
    "statements",
    "prose",
    "top",
    "body",
    "summary",
    "experience",
    "education",
    "skills",
    "references",
)
