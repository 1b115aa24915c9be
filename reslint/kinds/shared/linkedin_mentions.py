"""LinkedIn addresses as printed: the pattern linkedin-url-invalid checks, and whether a
resume prints one at all (then linkedin-url-missing stays quiet: the address is given,
and linkedin-url-invalid says what is wrong with it)."""

from __future__ import annotations

import re

from reslint.model import Document

MENTION_RE = re.compile(
    r"(?i)(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com(?P<path>/[^\s,;|)\]>\"']*)?(?P<rest>.{0,40})"
)
# Paths that are LinkedIn pages, though not a person's profile: not malformed.
OTHER_PAGES = frozenset(
    {"company", "school", "showcase", "posts", "pulse", "feed", "jobs", "learning", "groups",
     "events", "comm", "mwlite", "newsletters", "services"}
)  # fmt: skip


def _a_persons(path: str) -> bool:
    head = next((segment for segment in path.split("?")[0].split("/") if segment), "")
    return head.lower() not in OTHER_PAGES


def prints_profile_address(doc: Document) -> bool:
    """Whether some line prints or links a LinkedIn address that is no company's or
    school's page, well formed or not."""
    return any(
        _a_persons(match.group("path") or "")
        for line in doc.lines
        for text in (line.text, *line.links)
        for match in MENTION_RE.finditer(text)
    )
