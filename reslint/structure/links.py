"""The LinkedIn profile URL as a reader sees the whole page, not one line.

A URL printed in a narrow column wraps (`linkedin.com/in/jane-` on one line,
`doe-0a1b2c` on the next, sometimes with an icon between them); a label glued on by
the text layer (`linkedin.com/in/jane(LinkedIn)`) is no part of it; a link annotation
on the printed text holds the whole URL when the printed one was cut (at a space, or
by the wrap), with non-ASCII letters percent-encoded (`jos%C3%A9`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from urllib.parse import unquote

from reslint.lexicon.contact import LINKEDIN_RE, canonical_linkedin, find_linkedin
from reslint.model import Field, Line

# A profile URL cut at the end of its line: after `/in/`, or after a hyphen in the name.
_CUT_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/(?:[^\s/?#,;|()]*[-_])?$",
    re.IGNORECASE,
)
_CONTINUATION_RE = re.compile(r"^[\w\-%.]{2,100}/?$")
_GLUED_LABEL_RE = re.compile(r"\(.*$")


def _value(url: str) -> str:
    """The canonical profile URL: decoded, without a glued `(LinkedIn)` label."""
    return _GLUED_LABEL_RE.sub("", canonical_linkedin(unquote(url))).rstrip("/")


def _has_letters(line: Line) -> bool:
    return bool(re.search(r"[^\W\d_]{2}", re.sub(r"[\ue000-\uf8ff]|\(cid:\d+\)", "", line.text)))


def _continuation(lines: Sequence[Line], index: int) -> Line | None:
    """The next line with text under `lines[index]`, in its column, if it goes on a URL."""
    line = lines[index]
    for following in lines[index + 1 : index + 4]:
        if following.page != line.page:
            return None
        if not _has_letters(following):
            continue  # an icon between the two halves
        if line.box is not None and following.box is not None:
            height = max(line.box.bottom - line.box.top, 1.0)
            below = 0 < following.box.top - line.box.top <= 2.5 * height
            if not below or abs(following.box.x0 - line.box.x0) > 4 * height:
                return None
        return following if _CONTINUATION_RE.match(following.text.strip()) else None
    return None


def _line_profiles(lines: Sequence[Line], index: int) -> list[Field]:
    line = lines[index]
    found = [_canonical(field) for field in find_linkedin(line)]
    cut = _CUT_RE.search(line.text.rstrip())
    following = _continuation(lines, index) if cut else None
    if cut and following is not None:
        joined = cut.group(0) + following.text.strip()
        found = [f for f in found if not joined.lower().startswith(f.raw.lower())]
        found.insert(0, Field(_value(joined), line, joined))
    printed = [field for field in found if not field.link_only]
    linked = [field for field in found if field.link_only]
    for number, field in enumerate(printed):
        # A printed URL cut at a space or a wrap, whose link holds all of it.
        longer = next(
            (
                f
                for f in linked
                if f.value.startswith(field.value + "%")
                or (f.value.startswith(field.value) and len(f.value) > len(field.value))
            ),
            None,
        )
        if longer is not None:
            printed[number] = Field(longer.value, line, field.raw)
            linked.remove(longer)
    return printed + [f for f in linked if all(f.value != p.value for p in printed)]


def _canonical(field: Field) -> Field:
    """A found URL in canonical form; a link's is read before it is decoded (`%20`)."""
    if field.link_only:
        match = LINKEDIN_RE.search(field.raw)
        value = _value(match.group(0)) if match else field.value
    else:
        value = _value(field.raw)
    return Field(value, field.line, field.raw, field.link_only)


def find_document_linkedin(lines: Sequence[Line], own: Sequence[Line]) -> tuple[Field, ...]:
    """The LinkedIn profile URLs of the person's own lines (all lines if those have none)."""
    mine = {id(line) for line in own}
    found: list[Field] = []
    everyone: list[Field] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        for field in _line_profiles(lines, index):
            if not field.value.split("/", 2)[-1]:
                continue
            everyone.append(field)
            if id(line) in mine and field.value not in seen:
                seen.add(field.value)
                found.append(field)
    return tuple(found or everyone)
