"""Kind `metadata-leak`: file properties that say whose file this was, or which template."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.names import looks_like_person, resembles_name
from reslint.kinds.shared.phrases import compile_matcher
from reslint.model import Document

OPTIONS = {
    "generic_authors": Option(
        "strings", [], "Author values that name nobody (set by the software); never reported."
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
    if author and author.lower() not in generic:
        tool = tools.search(author)
        name = doc.contact.name.value if doc.contact.name else None
        if tool:
            yield Hit(f"the file's Author is the tool '{author}'", first, author, _FIX)
        elif (
            name
            and looks_like_person(name)
            and re.search(r"[^\W\d_]{2}", author)
            and not resembles_name(author, name)
        ):
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
