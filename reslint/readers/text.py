"""Plain text and Markdown: one Line per source line, numbered as in the source (blank
lines dropped); a form feed starts a new page. Markdown headings, list items, links and
inline markup are read; in plain text a tab or a wide run of spaces is a column gap.

Also what other readers reuse for text: `decode` (bytes to text, for JSON Resume and
RenderCV), `markdown_inline` (a Markdown string as it renders, with its links) and
`BULLET_RE` (a typed bullet or list number at the start of a line).
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reslint.lexicon.contact import EMAIL_RE, URL_RE
from reslint.model import FileFacts, Line, ReaderOutput, StyleRun
from reslint.readers.base import BULLET_RE, SEGMENT_JOIN, ReadError, ReadOptions, read_bytes
from reslint.readers.markdown_runs import markdown_runs
from reslint.readers.source_lines import (
    HASH_SUPPRESSION,
    MARKDOWN_COMMENT,
    comment_suppressions,
)

_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
# Every repetition over a line's text is possessive or bounded, so a hostile line (10,000
# `[a](` or backticks) costs linear time rather than cubic: a link's text, target and title,
# a code span and an emphasised span each have a length no resume comes near.
_MD_LINK_RE = re.compile(r"\[([^\[\]]{0,1000}+)\]\(([^)\s\[\]]{1,2000}+)[^)\[\]]{0,1000}+\)")
_MD_BLOCK_PREFIX_RE = re.compile(r"^\s{0,3}(?:>\s?|:\s+)")
# What Markdown shows literally, leftmost first so `\`` escapes a backtick rather than
# opening a code span: a backslash escape, a code span, an autolink (`<https://…>`,
# `<jane@x.org>`).
_MD_LITERAL_RE = re.compile(
    r"\\(?P<escaped>[!-/:-@\[-`{-~])"
    r"|(?<!`)(?P<ticks>`{1,16}+)(?!`)(?P<code>.{1,1000}?)(?<!`)(?P=ticks)(?!`)"
    rf"|<(?P<auto>(?:https?://|mailto:)[^>\s]+|{EMAIL_RE.pattern})>"
)
# Bare URLs and emails are shown as typed; like GitHub, trailing punctuation and
# emphasis marks are not part of them (`**see www.x.org**.`).
_BARE_STRIP = "?!.,:*_~'\""
# `*` may open and close emphasis anywhere; `_` only at word boundaries (CommonMark:
# `snake_case` and `jane_doe@x.org` keep their underscores). Strong before emphasis, so
# `*a **b** c*` pairs as written. A span stops at the next mark of its kind, which keeps
# the search linear on a line of nothing but marks.
_MD_STAR_RE = (
    re.compile(r"(?<!\*)\*\*(?=[^\s*])((?:[^*]|\*(?!\*)){1,500}?)(?<=[^\s*])\*\*(?!\*)"),
    re.compile(r"\*(?=[^\s*])([^*]{1,500}?)(?<=[^\s*])\*"),
)
_MD_UNDERSCORE_RE = (
    re.compile(r"(?<![^\W_])__(?=[^\s_])((?:[^_]|_(?!_)){1,500}?)(?<=[^\s_])__(?![^\W_])"),
    re.compile(
        r"(?<![^\W_])_(?=[^\s_])((?:[^_]|(?<=[^\W_])_(?=[^\W_])){1,500}?)(?<=[^\s_])_(?![^\W_])"
    ),
)
# In plain text a tab or a run of spaces lines up a column, as a wide gap does in a PDF, and
# is joined the same way, so `structure` can tell `Acme Corp` from `Jan 2020 – Present`.
# Two spaces are not a column: people type them after a full stop.
_COLUMN_GAP_RE = re.compile(r"\s*\t\s*|\s{3,}")
_SLOT = "\x00"  # stands in for literal text while emphasis is removed around it
_SLOT_RE = re.compile(f"{_SLOT}(\\d+){_SLOT}")


def decode(data: bytes, path: Path) -> str:
    del path
    if b"\x00" in data[:4096]:
        raise ReadError("binary file, not text")
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def markdown_inline(text: str) -> tuple[str, tuple[str, ...]]:
    """A line of Markdown as it renders: emphasis, code marks, escapes and link syntax removed,
    link targets returned. Code, URLs and emails are shown as typed."""
    links: list[str] = []
    literal: list[str] = []

    def keep(shown: str) -> str:
        literal.append(shown)
        return f"{_SLOT}{len(literal) - 1}{_SLOT}"

    def keep_literal(match: re.Match[str]) -> str:
        if match.group("escaped") is not None:
            return keep(match.group("escaped"))
        if match.group("code") is not None:
            return keep(match.group("code"))
        target = match.group("auto")
        links.append(target if ":" in target else f"mailto:{target}")
        return keep(target)

    def restore(text: str) -> str:
        return _SLOT_RE.sub(lambda m: literal[int(m.group(1))], text)

    def keep_link(match: re.Match[str]) -> str:
        links.append(restore(match.group(2)))  # `\_` in a target is an escaped `_`
        return match.group(1)

    def keep_bare(match: re.Match[str]) -> str:
        typed = match.group(0)
        core = typed.lstrip("*_")
        start = len(typed) - len(core)
        core = core.rstrip(_BARE_STRIP)
        if not core:
            return typed
        return typed[:start] + keep(core) + typed[start + len(core) :]

    text = _MD_LITERAL_RE.sub(keep_literal, text.replace(_SLOT, ""))
    text = _MD_LINK_RE.sub(keep_link, text)
    text = URL_RE.sub(keep_bare, text)
    text = EMAIL_RE.sub(keep_bare, text)
    for pattern in (*_MD_STAR_RE, *_MD_UNDERSCORE_RE):
        text = pattern.sub(r"\1", text)
    text = text.removesuffix("\\")  # a hard line break
    return restore(text), tuple(links)


def lines_from_text(text: str, markdown: bool) -> tuple[Line, ...]:
    """Turn source text into Lines; blank lines are dropped but numbering follows the source."""
    lines: list[Line] = []
    page = 1
    source = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    for number, raw in enumerate(source, start=1):
        if "\f" in raw:
            page += raw.count("\f")
            raw = raw.replace("\f", "")
        if not raw.strip():
            continue
        heading = False
        links: tuple[str, ...] = ()
        content = source_text = raw
        if markdown:
            if _MD_SETEXT_RE.match(raw):
                if lines and lines[-1].number == number - 1 and not lines[-1].bullet:
                    previous = lines.pop()
                    lines.append(replace(previous, heading=True))
                continue
            heading_match = _MD_HEADING_RE.match(raw)
            if heading_match:
                heading = True
                content = heading_match.group(2)
            source_text = _MD_BLOCK_PREFIX_RE.sub("", content)
            content, links = markdown_inline(source_text)
            if re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", content):
                continue
        bullet_match = BULLET_RE.match(content)
        bullet = bullet_match is not None and not heading
        if bullet_match and bullet:
            content = content[bullet_match.end() :]
        text_content = _squeeze(content, columns=not markdown)
        if not text_content:  # a bare bullet marker or an empty heading
            continue
        if _continues_bullet(raw, bullet, heading, lines, number):
            previous = lines.pop()
            merged = replace(
                previous, text=f"{previous.text} {text_content}", links=previous.links + links
            )
            lines.append(merged)
            continue
        lines.append(
            Line(
                text=text_content,
                page=page,
                number=number,
                # Text formats are located as editors locate them: the source line and the
                # column the line's text starts at.
                column=len(raw) - len(raw.lstrip()) + 1,
                bullet=bullet,
                heading=heading,
                links=links,
                runs=_markdown_runs(source_text, text_content) if markdown else (),
            )
        )
    return tuple(lines)


def _markdown_runs(source: str, shown: str) -> tuple[StyleRun, ...]:
    return markdown_runs(source, shown, lambda part: markdown_inline(part)[0])


def _squeeze(text: str, *, columns: bool) -> str:
    """Whitespace collapsed to one space; column gaps kept as SEGMENT_JOIN when `columns`.

    Markdown renders any run of spaces as one, so there a gap in the source is no column.
    """
    if not columns:
        return " ".join(text.split())
    parts = _COLUMN_GAP_RE.split(text.strip())
    return SEGMENT_JOIN.join(" ".join(part.split()) for part in parts)


def _continues_bullet(
    raw: str, bullet: bool, heading: bool, lines: list[Line], number: int
) -> bool:
    """An indented line right under a bullet is that bullet wrapped by hand."""
    indent = len(raw) - len(raw.lstrip())
    return (
        indent >= 2
        and not bullet
        and not heading
        and bool(lines)
        and lines[-1].bullet
        and lines[-1].number >= number - 1
    )


def read_text(path: Path, options: ReadOptions, *, markdown: bool = False) -> ReaderOutput:
    """Markdown's HTML comments are not rendered, so they are not read; those and plain
    text's `# reslint: ignore RULE` comments become suppressions."""
    limit = min(options.max_bytes, options.max_text_bytes)
    text = decode(read_bytes(path, replace(options, max_bytes=limit)), path)
    comment = MARKDOWN_COMMENT if markdown else HASH_SUPPRESSION
    text, suppressions = comment_suppressions(text, path, comment)
    lines = lines_from_text(text, markdown)
    pages = max((line.page for line in lines), default=1)
    return ReaderOutput(
        lines=lines,
        facts=FileFacts(format="markdown" if markdown else "text", page_count=pages),
        suppressions=suppressions,
    )


def read_markdown(path: Path, options: ReadOptions) -> ReaderOutput:
    return read_text(path, options, markdown=True)
