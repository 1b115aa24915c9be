"""RenderCV YAML (`cv:` with `sections:`): its fields handed straight to structure.

Section titles are free text in RenderCV, so entries are recognised by their
keys, as RenderCV does: `company` + `position` is an experience entry,
`institution` an education entry. Values keep their YAML line numbers.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial
from pathlib import Path

from reslint.model import DateRange, ReaderOutput
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.source_lines import HASH_SUPPRESSION, comment_suppressions
from reslint.readers.structured import (
    Collected,
    Node,
    render_any,
    section_kind,
    section_title,
    yaml_tree,
)
from reslint.readers.text import decode

# Where RenderCV links a social network username (those it knows; others stay text).
PROFILE_URLS = {
    "linkedin": "https://linkedin.com/in/{}",
    "github": "https://github.com/{}",
    "gitlab": "https://gitlab.com/{}",
    "instagram": "https://instagram.com/{}",
    "orcid": "https://orcid.org/{}",
    "stackoverflow": "https://stackoverflow.com/users/{}",
    "researchgate": "https://researchgate.net/profile/{}",
    "youtube": "https://youtube.com/@{}",
    "google scholar": "https://scholar.google.com/citations?user={}",
    "telegram": "https://t.me/{}",
    "x": "https://x.com/{}",
}
# A highlight continued on lines that start with "- " folds, in YAML, into one string with
# " - " where each line began; RenderCV prints those parts as nested bullets.
NESTED_BULLET = re.compile(r"\s+-\s+")
_CV_KEY_RE = re.compile(r"^cv[ \t]*:[ \t]*(?:#.*)?$", re.MULTILINE)
_SNIFF_BYTES = 1024 * 1024


def is_rendercv(path: Path) -> bool:
    """Sniff: only YAML files with a top-level `cv:` key are resumes; other YAML is not."""
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError:
        return False
    return bool(_CV_KEY_RE.search(head.decode("utf-8", errors="replace")))


def _values(node: Node | None) -> list[Node]:
    """A key that holds one value or a list of them (RenderCV allows both for email, phone)."""
    if node is None:
        return []
    return node.list() if isinstance(node.value, list) else [node]


def _contact(found: Collected, cv: Node) -> None:
    builder = found.builder
    found.name = builder.field(cv.get("name"))
    found.headline = builder.field(cv.get("headline", "label"))
    found.location = builder.field(cv.get("location"))
    for node in _values(cv.get("email")):
        if (field := builder.email(node)) is not None:
            found.emails.append(field)
    for node in _values(cv.get("phone")):
        if (field := builder.phone(node)) is not None:
            found.phones.append(field)
    for node in _values(cv.get("website")):
        found.url(node)
    for profile in _values(cv.get("social_networks")):
        network, username = profile.get("network"), profile.get("username")
        if username is None or not username.text:
            continue
        pattern = PROFILE_URLS.get((network.text or "").lower() if network else "")
        found.url(username, pattern.format(username.text) if pattern else None)
    for connection in _values(cv.get("custom_connections")):
        shown, url = connection.get("placeholder"), connection.get("url")
        if shown is not None:
            found.url(shown, url.text if url is not None else None)


def _entries(found: Collected, entries: Node, title: str) -> None:
    builder = found.builder
    for entry in _values(entries):
        if not isinstance(entry.value, dict):
            field = builder.field(entry)
            if field is not None and section_kind(title) == "summary":
                found.summary.append(field)
            continue
        if entry.get("company") is not None and entry.get("position") is not None:
            dates = _dates(found, entry)
            found.position(
                entry, entry.get("company"), entry.get("position"), dates, title, NESTED_BULLET
            )
        elif entry.get("institution") is not None:
            dates = _dates(found, entry)
            found.school(
                entry, entry.get("institution"), entry.get("degree"), entry.get("area"), dates
            )
        else:
            render_any(builder, entry)


def _dates(found: Collected, entry: Node) -> DateRange | None:
    """`start_date`/`end_date` (no end date: present), or a free-text `date`."""
    start, end, date = entry.get("start_date"), entry.get("end_date"), entry.get("date")
    if start is None and end is None and date is not None:
        return found.builder.printed_dates(date)
    return found.builder.dates(start, end)


def read_rendercv(path: Path, options: ReadOptions) -> ReaderOutput:
    """A `# reslint: ignore RULE` YAML comment becomes a suppression (YAML ignores it)."""
    text = decode(read_bytes(path, options), path)
    tree = yaml_tree(text)
    cv = tree.get("cv")
    if cv is None or not isinstance(cv.value, dict):
        raise ReadError("not a RenderCV file (no top-level 'cv' mapping)")
    found = Collected()
    _contact(found, cv)
    sections = cv.get("sections")
    for key, entries in sections.items() if sections is not None else ():
        title = section_title(key)
        found.section(title, sections.key_line(key), partial(_entries, found, entries, title))
    top_end = cv.key_line("sections") if sections is not None else 10**9
    suppressions = comment_suppressions(text, path, HASH_SUPPRESSION)[1]
    return replace(found.output("rendercv", top_end), suppressions=suppressions)
