"""Plain text and Markdown: one page (form feeds start new ones), source line numbers kept."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from reslint.model import FileFacts, Line, ReaderOutput
from reslint.readers.base import ReadError, ReadOptions, read_bytes

BULLET_RE = re.compile(r"^\s*(?:[-*+•▪◦‣·●■►–]|\d{1,2}[.)])\s+")
_MD_HEADING_RE = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_SETEXT_RE = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_MD_LINK_RE = re.compile(r"\[([^\]]*)\]\(([^)\s]+)[^)]*\)")
_MD_AUTOLINK_RE = re.compile(r"<((?:https?://|mailto:)[^>]+)>")
_MD_BLOCK_PREFIX_RE = re.compile(r"^\s{0,3}(?:>\s?|:\s+)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")


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
    links: list[str] = []

    def keep_link(match: re.Match[str]) -> str:
        links.append(match.group(2))
        return match.group(1)

    text = _MD_LINK_RE.sub(keep_link, text)
    text = _MD_AUTOLINK_RE.sub(lambda m: (links.append(m.group(1)), m.group(1))[1], text)
    text = _MD_EMPHASIS_RE.sub(r"\2", text)
    return text.replace("\\", ""), tuple(links)


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
        content = raw
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
            content, links = markdown_inline(_MD_BLOCK_PREFIX_RE.sub("", content))
            if re.fullmatch(r"\s*(?:-{3,}|\*{3,}|_{3,})\s*", content):
                continue
        bullet_match = BULLET_RE.match(content)
        bullet = bullet_match is not None and not heading
        if bullet_match and bullet:
            content = content[bullet_match.end() :]
        text_content = " ".join(content.split())
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
                bullet=bullet,
                heading=heading,
                links=links,
            )
        )
    return tuple(lines)


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
    text = decode(read_bytes(path, options), path)
    lines = lines_from_text(text, markdown)
    pages = max((line.page for line in lines), default=1)
    return ReaderOutput(
        lines=lines, facts=FileFacts(format="markdown" if markdown else "text", page_count=pages)
    )


def read_markdown(path: Path, options: ReadOptions) -> ReaderOutput:
    return read_text(path, options, markdown=True)
