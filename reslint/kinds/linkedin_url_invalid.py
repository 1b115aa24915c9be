"""Kind `linkedin-url-invalid`: LinkedIn URLs that do not open a public profile."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit
from reslint.kinds.shared.linkedin_mentions import MENTION_RE, OTHER_PAGES
from reslint.model import Document, Line

OPTIONS: dict = {}

# Letters (any script), digits, hyphens; dots and underscores occur in old URLs.
_SLUG_RE = re.compile(r"^[\w\-%.]{3,100}/?$")
_CONTINUATION_RE = re.compile(r"^[\w\-%]{3,100}/?(?:\s|$)")


def problem(path: str, rest: str, next_line: Line | None) -> str | None:
    """What is wrong with a LinkedIn URL path as printed, or None if it opens a profile."""
    path = path.rstrip(".:")
    segments = [s for s in path.split("?")[0].split("/") if s]
    if path.lower().startswith("/profile/view"):
        return "a /profile/view?id= link only opens for signed-in members; use linkedin.com/in/…"
    if not segments:
        return "it has no profile path (linkedin.com/in/your-name)"
    head = segments[0].lower()
    if head in OTHER_PAGES:
        return None
    if head not in ("in", "pub"):
        return f"'/{segments[0]}' is not a profile path; profile URLs are linkedin.com/in/…"
    wrapped = (
        not rest.strip()
        and next_line is not None
        and _CONTINUATION_RE.match(next_line.text.strip()) is not None
    )
    if wrapped and (
        len(segments) == 1 or segments[1].endswith("-") or not _SLUG_RE.match(segments[1])
    ):
        # "linkedin.com/in/sam-" at a line's end, "rivera" on the next: a reader who copies
        # or types it gets the first half, and a click on the text opens nothing. A first
        # half too short to be a profile name ("/in/sa", "mrivera") is cut the same way.
        return "a line wrap cuts it in two, so it cannot be copied or clicked whole"
    if len(segments) == 1:
        if rest.strip() and _CONTINUATION_RE.match(rest.strip()):
            return "it has a space after /in/"
        return "it has no profile name after /in/"
    slug = segments[1]
    if "%20" in slug or not _SLUG_RE.match(slug):
        return f"the profile name '{slug}' has characters LinkedIn does not allow"
    return None


def _next_line(doc: Document, line: Line) -> Line | None:
    for index, candidate in enumerate(doc.lines):
        if candidate is line:
            following = doc.lines[index + 1] if index + 1 < len(doc.lines) else None
            return following if following is not None and following.page == line.page else None
    return None


def _mentions(doc: Document) -> Iterator[tuple[Line, str, str, bool]]:
    for line in doc.lines:
        for match in MENTION_RE.finditer(line.text):
            yield line, match.group("path") or "", match.group("rest") or "", False
        for link in line.links:
            match = MENTION_RE.search(link)
            if match:
                spaced = " " in link.strip() or "%20" in link
                yield line, match.group("path") or "", "", spaced


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del options, ctx
    has_profile = bool(doc.contact.linkedin)
    reported: set[int] = set()
    urls: set[str] = set()
    for line, path, rest, spaced in _mentions(doc):
        if id(line) in reported or path.lower() in urls:
            continue
        why = "the link contains a space" if spaced else problem(path, rest, _next_line(doc, line))
        if why is None:
            continue
        # A bare "linkedin.com" label next to a working profile link is only a label.
        if not path.strip("/") and has_profile:
            continue
        if any(MENTION_RE.search(link) and problem_free(link) for link in line.links):
            continue
        reported.add(id(line))
        urls.add(path.lower())
        url = f"linkedin.com{path}"
        yield Hit(
            f"LinkedIn URL '{url}' is malformed: {why}",
            line,
            url,
            "Copy the public profile URL from LinkedIn: linkedin.com/in/your-name.",
        )


def problem_free(link: str) -> bool:
    """Whether a link annotation is a working profile URL (then the printed text is a label)."""
    match = MENTION_RE.search(link)
    if match is None or " " in link.strip() or "%20" in link:
        return False
    path = match.group("path") or ""
    return bool(path.strip("/")) and problem(path, "", None) is None
