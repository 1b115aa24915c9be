"""Kind `metadata-leak`: file properties that say whose file this was, or which template.

An Author is compared with the candidate's name only when that name is known with some
confidence (`trusted_name`): a misread name would make every file look like someone
else's. Authors that software or a computer account set (python-docx, Apache POI,
reportlab's "anonymous", "Microsoft Office User", "pc1", "DESKTOP-4F2K9QX") name nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.contact_fields import trusted_name
from reslint.kinds.shared.names import resembles_name
from reslint.kinds.shared.phrases import compile_matcher
from reslint.model import Document

OPTIONS = {
    "generic_authors": Option(
        "strings", [], "Author values that name nobody (set by the software); never reported."
    ),
    "generic_author_patterns": Option(
        "regexes",
        [],
        "Author values matching one of these (searched in the whole value, ignoring case) "
        "name a computer account or a program, not a person.",
    ),
    "title_patterns": Option(
        "regexes", [], "A Title, Subject or Keywords value matching one of these is a leftover."
    ),
    "tools": Option(
        "strings", [], "Resume builders and template sites; their name in Title/Author leaks."
    ),
}

_TEXT_PROPERTIES = ("title", "subject", "keywords")


def _property(metadata: Mapping[str, str], name: str) -> str:
    """A metadata value by case-insensitive key: PDF says `Author`, DOCX properties `author`."""
    for key, value in metadata.items():
        if key.lower() == name and isinstance(value, str):
            return " ".join(value.split())
    return ""


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    if doc.kind == "profile":
        return
    metadata = doc.facts.metadata
    first = doc.lines[0] if doc.lines else None
    tools = compile_matcher(tuple(options["tools"]), (), False)
    author = _property(metadata, "author")
    generic = {value.lower() for value in options["generic_authors"]}
    accounts = [re.compile(p, re.IGNORECASE) for p in options["generic_author_patterns"]]
    if author and author.lower() not in generic and not any(a.search(author) for a in accounts):
        tool = tools.search(author)
        name = trusted_name(doc)
        if tool:
            yield Hit(f"the file's Author is the tool '{author}'", first, author, _FIX)
        elif name and re.search(r"[^\W\d_]{2}", author) and not resembles_name(author, name):
            yield Hit(
                f"the file's Author is '{author}', not {name}: it looks like someone else's file",
                first,
                author,
                _FIX,
            )
    # Searched as given, not as whole words: `Resume_Template.docx` holds "Template".
    titles = [re.compile(pattern) for pattern in options["title_patterns"]]
    for key in _TEXT_PROPERTIES:
        value = _property(metadata, key)
        if value and (any(t.search(value) for t in titles) or tools.search(value)):
            yield Hit(
                f"the file's {key.title()} is '{value}', left over from a template",
                first,
                value,
                _FIX,
            )


_FIX = (
    "Set the document properties (File > Properties, or the PDF export options) "
    "to your name and 'Resume'."
)
