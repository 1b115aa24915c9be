"""What opens a resume and says what the person does, where the structure found no headline
or summary (`headline-missing`): a summary given as a labelled field in the top block
(`CAREER OBJECTIVE: Registered nurse seeking …`), or a first section under a title reslint
does not know whose heading names a role (`SENIOR ACCOUNTANT` set like the section titles)
or whose first line opens a paragraph naming a role (`CLOUD SECURITY` over `Certified
accountant with …`).
"""

from __future__ import annotations

import re
from functools import cache

from reslint.lexicon.entry_words import TITLE_WORDS
from reslint.lexicon.headings import known_title
from reslint.model import Document, Section
from reslint.structure.headline import is_prose
from reslint.structure.name import is_titleish
from reslint.structure.name_text import fold

# `Objective: …`, `PROFILE – …`: a label of at most five words, then the text it labels.
_LABELLED_RE = re.compile(r"^\W{0,3}(?P<label>[^\W\d_][^:：–—]{1,40}?)\s*[:：–—]\s*(?P<rest>\S.*)$")
_MIN_WORDS = 3


def labelled_summary(doc: Document) -> bool:
    """A top-block line whose label is a summary's title (`Objective`, `Profil`,
    `Career objective`) followed by what it says."""
    for line in doc.structure.top_block:
        match = _LABELLED_RE.match(line.text.strip())
        if (
            match
            and len(match.group("label").split()) <= 5
            and known_title(match.group("label")) == "summary"
            and len(match.group("rest").split()) >= _MIN_WORDS
        ):
            return True
    return False


def _first_on_page_one(doc: Document) -> Section | None:
    for section in doc.sections:
        if section.heading is not None and section.heading.page == 1:
            return section
    return None


def opening_section_says_role(doc: Document) -> bool:
    """The first section of page 1 is under a title reslint does not know, and that title
    names a role, or its first line opens a paragraph about the person."""
    section = _first_on_page_one(doc)
    if section is None or section.kind != "other" or section.heading is None:
        return False
    if is_titleish(section.heading.text):
        return True
    lines = [line for line in section.lines if line.text.strip()]
    if not lines:
        return False
    following = lines[1] if len(lines) > 1 else None
    text = " ".join(lines[0].text.split())
    # A paragraph about the person names what they do in its first line (`Certified
    # accountant with …`): one about something else (a template's welcome text) does not.
    return is_prose(text, following, lines[0]) and _names_a_role(text)


@cache
def _title_words() -> frozenset[str]:
    return frozenset(fold(word) for word in TITLE_WORDS)


def _names_a_role(text: str) -> bool:
    """A title word among the text's words (`accountant`, `Ingeniera`, `developer`)."""
    return any(word.strip(".,;:()") in _title_words() for word in fold(text).split())
