"""Contact data: emails, phone numbers, LinkedIn and other URLs, with their lines."""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import unquote

from reslint.model import Field, Line

EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.UNICODE)
# An address written so that harvesters miss it: `jane [at] example [dot] org`,
# `jane(at)example.org`, `jane at example dot org` (the words only with both of them, and
# standing as an item of their own: `works at Acme dot com` is a sentence).
_AT = r"\s*[\[({<]\s*(?:at|@)\s*[\])}>]\s*"
_DOT = r"\s*(?:\.|[\[({<]\s*dot\s*[\])}>])\s*"
OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?<![\w.+-])(?P<local>[\w.+-]+)(?:{_AT}(?P<domain>(?:[\w-]+{_DOT})+[a-z]{{2,}})"
    r"|\s+at\s+(?P<spelt>(?:[\w-]+\s+dot\s+)+[a-z]{2,}))\b",
    re.IGNORECASE,
)
LINKEDIN_RE = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[^\s/?#,;|)]+/?", re.IGNORECASE
)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s,;|)]+", re.IGNORECASE)
# A phone candidate: optional +, then digits with the separators people use.
PHONE_CANDIDATE_RE = re.compile(r"(?<![\w/])(?:\+|00)?\(?\d[\d\s().\-/]{6,18}\d(?![\w/])")
_DATE_LIKE_RE = re.compile(
    r"^(?:(?:19|20)\d{2}\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{1,2})|\d{1,2}\s*/\s*(?:19|20)\d{2}"
    r"(?:\s*[-–]\s*\d{1,2}\s*/\s*(?:19|20)\d{2})?)$"
)


# A phone number glued onto the email after it (`617-555-0123jane@example.org`), as text
# layers print two items whose icon or gap between them they dropped.
_GLUED_NUMBER_RE = re.compile(r"(?<![\w.+-])(\+?\d[\d(). \-]{5,17}\d)(?=[^\W\d_][\w.+-]*@)")


# What a text layer glues onto the end of an address (`jane@example.orgLinkedIn`,
# `jane@example.org617-555-0123`): a top-level domain has no digits, and is written in
# one case, or capitalised; what follows where that breaks is the next item, when no
# further label of the domain follows (`jane@mail.uni-Hamburg.de` is one address).
_GLUED_AFTER_RE = re.compile(
    r"(?<=[\w.+-]@)((?:[\w-]+\.)+)(xn--[a-z\d-]+|[A-Z]{2,}(?![a-z])|[A-Za-z][a-z]+)"
    r"(?=(?:[\d-]|(?<=[a-z])[A-Z])[^\s.]*(?:\s|$))"
)


def unglue_email(text: str) -> str:
    """`617-555-0123jane@example.org` → `617-555-0123 jane@example.org`: a number written
    with separators and seven digits or more is no part of an address; nor is what the
    text layer glued onto the end of its top-level domain (`jane@example.orgLinkedIn`)."""
    if "@" not in text:
        return text

    def apart(match: re.Match[str]) -> str:
        number = match.group(1)
        grouped = number.startswith("+") or not number.isdigit()
        return number + " " if grouped and len(_digits(number)) >= 7 else number

    text = _GLUED_NUMBER_RE.sub(apart, text)
    return _GLUED_AFTER_RE.sub(lambda match: match.group(0) + " ", text)


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


_POSSIBLE = 0  # phonenumbers.ValidationResult.IS_POSSIBLE


def normalise_phone(raw: str, region: str) -> str | None:
    """E.164 form of a phone number if phonenumbers can parse it, else None."""
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    # A national number possible only locally (`555-0123`, no area code) has no E.164
    # form: `+1` before seven digits would be a number nobody can dial.
    local = phonenumbers.is_possible_number_with_reason(number) != _POSSIBLE
    if local and not raw.lstrip().startswith(("+", "00")):
        return None
    e164_format = phonenumbers.PhoneNumberFormat.E164
    e164 = phonenumbers.format_number(number, e164_format)
    # Some impossible numbers (`0049000000`) lose leading zeros on the way to E.164; what
    # does not parse back to itself is not a normalised number.
    try:
        again = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
    return e164 if phonenumbers.format_number(again, e164_format) == e164 else None


# Text that holds digit runs but never a phone number: links, DOIs, addresses (to the end
# of their domain: `ada@example.org|617-555-0123` keeps the number), glyph codes.
# Each alternative starts where a token starts and scans it once: written as `\S*[a-z]\S*/`,
# a 2000-character token without spaces took ten seconds (found by benchmarks/fuzz.py).
NOT_PHONE_RE = re.compile(
    r"(?:https?://|www\.|doi:?\s*)\S+|\b10\.\d{4,}/\S+"
    r"|(?<!\S)(?=[^a-z\s]*[a-z][^/\s]*/\S)\S+|(?<![\w.+-])[\w.+-]+@[\w.-]+"
    r"|\(cid:\d+\)",
    re.IGNORECASE,
)
_YEARS_ONLY_RE = re.compile(r"^(?:(?:19|20)\d{2}\W*)+$|^\d{1,4}\s+[-–]\s+(?:19|20)\d{2}$")


def phone_text(text: str) -> list[str]:
    """The parts of a line where a phone number may be: links and the like masked out,
    and far-apart parts (three spaces from the PDF reader) kept apart."""
    return re.split(r"\s{3,}", NOT_PHONE_RE.sub("  ", unglue_email(text)))


def find_phones(line: Line, region: str) -> list[Field]:
    found: list[Field] = []
    # A number needs seven digits (`\d` is `str.isdecimal`); most lines have fewer.
    enough_digits = sum(map(str.isdecimal, line.text)) >= 7
    matches = [
        m
        for part in (phone_text(line.text) if enough_digits else ())
        for m in PHONE_CANDIDATE_RE.finditer(part)
    ]
    for match in matches:
        raw = match.group(0).strip()
        digits = _digits(raw)
        if not 7 <= len(digits) <= 15 or _DATE_LIKE_RE.match(raw) or _YEARS_ONLY_RE.match(raw):
            continue
        # A run of bare digits with no separators is more often an ID than a phone.
        if raw.isdigit() and len(raw) not in (10, 11):
            continue
        normalised = normalise_phone(raw, region)
        found.append(Field(normalised or raw, line, raw))
    for link in line.links:
        if link.lower().startswith("tel:"):
            raw = link[4:]
            if not 7 <= len(_digits(raw)) <= 15:  # `tel:` with no number behind it
                continue
            if not any(_digits(field.raw) == _digits(raw) for field in found):
                found.append(Field(normalise_phone(raw, region) or raw, line, raw, link_only=True))
    return found


_ITEM_EDGE_RE = re.compile(r"(?:^|[|•·,;:：\t]|\s{3,})\s*$")


def _stands_alone(text: str, match: re.Match[str]) -> bool:
    """Whether a match is an item of its line: between separators, or at its ends."""
    before, after = text[: match.start()], text[match.end() :]
    return bool(_ITEM_EDGE_RE.search(before)) and bool(_ITEM_EDGE_RE.search(after[::-1]))


def _deobfuscated(match: re.Match[str]) -> str:
    domain = match.group("domain") or match.group("spelt")
    parts = re.split(r"\s*(?:\.|[\[({<]\s*dot\s*[\])}>]|\s+dot\s+)\s*", domain, flags=re.I)
    return f"{match.group('local')}@{'.'.join(parts)}".lower()


def find_emails(line: Line) -> list[Field]:
    """The addresses a line prints, written out or obfuscated, and those only its `mailto:`
    links hold: a link on a line that prints an address is that address's (an old or a
    template's target under it is not what the reader sees), so it adds none."""
    text = unglue_email(line.text)
    found = [
        Field(match.group(0).lower().rstrip("."), line, match.group(0).rstrip("."))
        for match in EMAIL_RE.finditer(text)
    ]
    found.extend(
        Field(_deobfuscated(match), line, match.group(0))
        for match in OBFUSCATED_EMAIL_RE.finditer(text)
        if "@" not in match.group(0) and (match.group("domain") or _stands_alone(text, match))
    )
    if found:
        return found
    for link in line.links:
        if link.lower().startswith("mailto:"):
            # As editors write them: percent-encoded, with spaces, a `//` or a trailing `/`.
            address = unquote(link[7:]).split("?")[0].strip().strip("/").strip()
            if not EMAIL_RE.fullmatch(address):
                continue  # `mailto:` with no address, or a placeholder
            if not any(field.value == address.lower() for field in found):
                found.append(Field(address.lower(), line, address, link_only=True))
    return found


def canonical_linkedin(url: str) -> str:
    url = re.sub(r"^https?://", "", url.strip(), flags=re.IGNORECASE)
    url = re.sub(r"^[a-z]{2,3}\.linkedin", "linkedin", url, flags=re.IGNORECASE)
    return url.rstrip("/").lower()


def find_linkedin(line: Line) -> list[Field]:
    found = [
        Field(canonical_linkedin(match.group(0)), line, match.group(0))
        for match in LINKEDIN_RE.finditer(line.text)
    ]
    for link in line.links:
        match = LINKEDIN_RE.search(link)
        if match and not any(f.value == canonical_linkedin(match.group(0)) for f in found):
            found.append(Field(canonical_linkedin(match.group(0)), line, link, link_only=True))
    return found


def find_urls(line: Line) -> list[Field]:
    return [
        Field(match.group(0).rstrip("."), line, match.group(0))
        for match in URL_RE.finditer(line.text)
        if "linkedin.com" not in match.group(0).lower()
    ]


def unique(fields: Iterable[Field]) -> tuple[Field, ...]:
    """Keep the first occurrence of each value, in reading order."""
    seen: set[str] = set()
    kept: list[Field] = []
    for field in fields:
        if field.value not in seen:
            seen.add(field.value)
            kept.append(field)
    return tuple(kept)


def is_contact_line(text: str) -> bool:
    return bool(
        EMAIL_RE.search(text)
        or OBFUSCATED_EMAIL_RE.search(text)
        or LINKEDIN_RE.search(text)
        or URL_RE.search(text)
        or any(len(_digits(m.group(0))) >= 7 for m in PHONE_CANDIDATE_RE.finditer(text))
    )
