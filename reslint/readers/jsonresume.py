"""JSON Resume (`resume.json`, jsonresume.org): its fields handed straight to structure.

Every value becomes a Line numbered by the line of resume.json it is on, so a
finding points where the user edits. Extra keys (`$schema`, `_startDatePad`,
`meta`) are tolerated; older files say `company` where v1 says `name`.
"""

from __future__ import annotations

import json
import re
from functools import partial
from pathlib import Path
from typing import Any

from reslint.model import ReaderOutput
from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.structured import Collected, Node, joined, json_tree, render_any
from reslint.readers.text import decode

# Sections as JSON Resume names them, and their printed titles (what heading_kind reads).
TITLES = {
    "work": "Work",
    "volunteer": "Volunteer",
    "education": "Education",
    "awards": "Awards",
    "certificates": "Certificates",
    "publications": "Publications",
    "skills": "Skills",
    "languages": "Languages",
    "interests": "Interests",
    "references": "References",
    "projects": "Projects",
}
_NOT_SHOWN = frozenset({"basics", "meta"})


def not_json_resume(data: Any) -> str | None:
    """Why parsed JSON is not a JSON Resume, or None when it is one."""
    if not isinstance(data, dict):
        return "the top level is not an object"
    if isinstance(data.get("sections"), dict) and (
        "metadata" in data or isinstance((data.get("basics") or {}).get("url"), dict)
    ):
        return "this is Reactive Resume's own format; export it as JSON Resume"
    if not any(isinstance(data.get(key), dict | list) for key in ("basics", "work", "education")):
        return "no basics, work or education"
    if "basics" in data and not isinstance(data["basics"], dict):
        return "basics is not an object"
    return None


def is_json_resume(path: Path) -> bool:
    """Sniff: a .json file is linted only when it is a JSON Resume (not package.json etc.)."""
    try:
        data = json.loads(decode(read_bytes(path, ReadOptions()), path))
    except (ReadError, ValueError, RecursionError):
        return False
    return not_json_resume(data) is None


# What the opening of a JSON Resume shows: its schema, or a top-level section key.
_HEAD_RE = re.compile(rb'jsonresume|"(?:basics|work|education)"\s*:')
_HEAD_BYTES = 64 * 1024


def starts_like_json_resume(path: Path) -> bool:
    """Sniff for a file too large to parse: does its opening look like a JSON Resume's?

    Only so that it is refused by its size: a guess from 64 KiB, where a package-lock.json
    (no such keys) stays someone else's file.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{") and bool(_HEAD_RE.search(head))


def _basics(found: Collected, basics: Node) -> None:
    builder = found.builder
    found.name = builder.field(basics.get("name"))
    found.headline = builder.field(basics.get("label"))
    email, phone = basics.get("email"), basics.get("phone")
    if email is not None and (field := builder.email(email)) is not None:
        found.emails.append(field)
    if phone is not None and (field := builder.phone(phone)) is not None:
        found.phones.append(field)
    url = basics.get("url", "website")
    if url is not None:
        found.url(url)
    location = basics.get("location")
    if location is not None:
        parts = (location.get(key) for key in ("address", "city", "region", "countryCode"))
        text, node = joined(*parts, sep=", ")
        if text and node is not None:
            found.location = builder.text_field(node, text)
    for profile in _list(basics.get("profiles")):
        _profile(found, profile)
    summary = basics.get("summary")
    if summary is not None:
        found.section("Summary", basics.key_line("summary"), partial(_summary, found, summary))


def _summary(found: Collected, summary: Node) -> None:
    field = found.builder.field(summary)
    if field is not None:
        found.summary.append(field)


def _profile(found: Collected, profile: Node) -> None:
    """A profile shows its URL, or its username; LinkedIn usernames make the profile URL."""
    url, username, network = profile.get("url"), profile.get("username"), profile.get("network")
    if url is not None:
        found.url(url)
    elif username is not None and network is not None and network.text:
        base = "https://www.linkedin.com/in/" if network.text.lower() == "linkedin" else None
        found.url(username, f"{base}{username.text}" if base else None)


def _list(node: Node | None) -> list[Node]:
    return node.list() if node is not None else []


def _entries(found: Collected, entries: Node) -> list[Node]:
    """The objects of a section's list; anything else in it is only shown as text."""
    objects = []
    for entry in _list(entries) or [entries]:
        if isinstance(entry.value, dict):
            objects.append(entry)
        else:
            render_any(found.builder, entry)
    return objects


def _work(found: Collected, entries: Node, title: str, volunteer: bool) -> None:
    builder = found.builder
    for entry in _entries(found, entries):
        company = entry.get("organization", "name", "company") if volunteer else None
        company = company or entry.get("name", "company", "organization")
        dates = builder.dates(entry.get("startDate"), entry.get("endDate"))
        found.position(entry, company, entry.get("position"), dates, title)


def _education(found: Collected, entries: Node) -> None:
    builder = found.builder
    for entry in _entries(found, entries):
        dates = builder.dates(entry.get("startDate"), entry.get("endDate"))
        found.school(
            entry, entry.get("institution"), entry.get("studyType"), entry.get("area"), dates
        )


def read_json_resume(path: Path, options: ReadOptions) -> ReaderOutput:
    data, tree = json_tree(decode(read_bytes(path, options), path))
    reason = not_json_resume(data)
    if reason is not None:
        raise ReadError(f"not a JSON Resume file ({reason})")
    found = Collected()
    basics = tree.get("basics")
    if basics is not None:
        _basics(found, basics)
    top_end = min(
        (tree.key_line(key) for key, _ in tree.items() if key not in _NOT_SHOWN | {"$schema"}),
        default=10**9,
    )
    for key, node in tree.items():
        if key in _NOT_SHOWN or key.startswith(("_", "$")) or node.value in (None, [], {}):
            continue
        title = TITLES.get(key, key.replace("_", " ").title())
        if key in ("work", "volunteer"):
            render = partial(_work, found, node, title, key == "volunteer")
        elif key == "education":
            render = partial(_education, found, node)
        else:
            render = partial(render_any, found.builder, node)
        found.section(title, tree.key_line(key), render)
    return found.output("jsonresume", top_end)
