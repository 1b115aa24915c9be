"""Kind `field-missing`: a part of the resume that should be there and is not."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.kinds.shared.broken_emails import broken
from reslint.kinds.shared.linkedin_mentions import prints_profile_address
from reslint.kinds.shared.openings import labelled_summary, opening_section_says_role
from reslint.kinds.shared.printed_numbers import printed_numbers
from reslint.model import Document

FIELDS = ("name", "email", "phone", "linkedin", "headline", "positions", "education")

OPTIONS = {
    "field": Option("choice", "email", "Which part must be present.", FIELDS),
    "message": Option("str", "no {field} found", "The message; {field} is the field's name."),
    "companion_titles": Option(
        "strings",
        [],
        "Titles of documents that by custom go with another that holds the field (Japan's "
        "職務経歴書, the work history beside the 履歴書 that carries the contact details): a "
        "document whose first lines print one alone is not asked for the field.",
    ),
}

# The title of a document is printed at its top, among these first lines.
_TITLE_LINES = 5


def present(doc: Document, field: str) -> bool:
    contact = doc.contact
    # Each test runs only for the field asked about: the fallbacks read the whole document.
    tests: dict[str, Callable[[], object]] = {
        "name": lambda: contact.name,
        # An address without its domain ending is given, and bounces: email-invalid's.
        "email": lambda: contact.emails or any(True for _ in broken(doc)),
        # A number printed in a form the phone finder refuses is given all the same.
        "phone": lambda: contact.phones or any(True for _ in printed_numbers(doc)),
        # A LinkedIn profile needs no link to itself; a malformed address printed is
        # given, and linkedin-url-invalid's.
        "linkedin": lambda: (
            contact.linkedin or doc.kind == "profile" or prints_profile_address(doc)
        ),
        # A summary says what the person does as well as a headline line does; structured
        # readers keep the two apart, while printed resumes fall back on the summary.
        "headline": lambda: (
            contact.headline
            or doc.structure.summary
            or any(section.kind == "summary" and section.lines for section in doc.sections)
            or labelled_summary(doc)
            or opening_section_says_role(doc)
        ),
        "positions": lambda: doc.positions,
        "education": lambda: doc.education,
    }
    return bool(tests[field]())


def _companion(doc: Document, titles: list[str]) -> bool:
    """Whether one of the first lines is a companion document's title, alone on its line."""
    wanted = {"".join(title.split()) for title in titles}
    return bool(wanted) and any(
        "".join(line.text.split()) in wanted for line in doc.lines[:_TITLE_LINES]
    )


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    if _companion(doc, options["companion_titles"]):
        return
    if not present(doc, options["field"]):
        # Point at the name when there is one: that is where the missing part belongs.
        name = doc.contact.name
        where = name.line if name is not None and name.line is not None else None
        if where is None and doc.lines:
            where = doc.lines[0]
        yield Hit(options["message"].format(field=options["field"]), where)
