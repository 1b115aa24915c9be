"""Addresses the candidate meant to give that the email finder could not take.

`sam.rivera@gmail` (no top-level domain), `sam@@gmail.com`, `Email: sam.rivera` are
addresses that bounce, not missing ones: `email-invalid` reports them and `email-missing`
stays quiet, since the reader can see that an address was given.

Two kinds of attempt count: a token after an "Email" label anywhere (outside a references
section, whose addresses are other people's), and, in the contact block, a token shaped
like an address whose domain has no dot or one at its end. A handle (`@sam`, `GitHub:@sam`)
has nothing before its @ and is no address.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reslint.kinds.shared.contact_fields import in_top_block
from reslint.model import Document, Line
from reslint.structure.column_lines import lines_after

# Sections that hold other people's addresses (referees): not the candidate's to fix.
_OTHER_PEOPLE_SECTIONS = frozenset({"references"})
_LABELLED_RE = re.compile(r"(?i)\b(?:e-?mail|mail)\b\s*[:\-–]?\s*(\S+@\S*)")
# local@domain with no dot in its domain (a sentence's full stop aside), or with two @.
_UNDOTTED_RE = re.compile(
    r"(?<![\w.+\-@:/])[\w.+\-]*[^\W_]"
    r"(?:@[^\W_][\w\-]*\.?(?![\w.@/\-])|@@[\w\-]+(?:\.[\w\-]+)*)"
)
_TOP_FRACTION = 0.5


def syntax_problem(address: str) -> str | None:
    """What email-validator finds wrong with `address` (no network), or None."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as error:
        return str(error).rstrip(".")
    return None


def _others(doc: Document) -> set[int]:
    return {
        id(line)
        for section in doc.sections
        if section.kind in _OTHER_PEOPLE_SECTIONS
        for line in section.lines
    }


def _found(token: str, line: Line, doc: Document) -> bool:
    """Whether the contact holds the token's address, or holds one the token is the cut
    start of: a column wraps a long address (`ada.lovelace@gmai` above `l.com`) and the
    contact has it whole from the line's `mailto:` link or from the lines joined. Only a
    wrap's cut: an address on another line that merely starts the same way is not it."""
    token = token.lower()
    for email in doc.contact.emails:
        if email.raw.lower() in token:
            return True
        if not email.value.startswith(token) or email.value == token:
            continue
        rest = email.value[len(token) :]
        if email.line is line or any(
            later.text.strip().lower().startswith(rest) for later in lines_after(doc.lines, line)
        ):
            return True
    return False


def attempts(doc: Document) -> Iterator[tuple[str, Line]]:
    """(token, line) for each attempt at an address the contact does not hold."""
    others = _others(doc)
    for line in doc.lines:
        if id(line) in others or "@" not in line.text:
            continue
        tokens = [match.group(1) for match in _LABELLED_RE.finditer(line.text)]
        if in_top_block(line, doc, _TOP_FRACTION):
            tokens += [match.group(0) for match in _UNDOTTED_RE.finditer(line.text)]
        seen: set[str] = set()
        for raw in tokens:
            token = re.sub(r"(?i)^mailto:", "", raw.strip(".,;|)"))
            if token and token not in seen and not _found(token, line, doc):
                seen.add(token)
                yield token, line


def broken(doc: Document) -> Iterator[tuple[str, Line, str]]:
    """(token, line, what is wrong) for each attempt that is no valid address; a valid one
    the contact does not hold is another person's (a referee's, a co-author's)."""
    for token, line in attempts(doc):
        problem = syntax_problem(token)
        if problem is not None:
            yield token, line, problem
