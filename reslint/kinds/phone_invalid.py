"""Kind `phone-invalid`: a phone number printed as contact that no phone could dial."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.lexicon.country import domain_countries, named_countries, state_code_countries
from reslint.model import Document, Field, Line, Region

OPTIONS = {
    "labels": Option(
        "regexes",
        [r"(?i)\b(?:phone|tel|telephone|mobile|mob|cell|cellphone|ph|m|t)\b\.?\s*[:.]?"],
        "A candidate outside the contact block counts as a phone only after one of these labels.",
    ),
}

# NANPA reserves 555-0100 to 555-0199 for fiction, and templates use 555 area
# codes and 123-456-7890; those are template leftovers, which `placeholder-text`
# reports, so this rule leaves them alone rather than report them twice.
_FICTIONAL_NANP_RE = re.compile(r"^(?:555\d{7}|\d{3}55501\d{2}|55501\d{2}|1234567890|0{7,10})$")
# phonenumbers' ValidationResult codes (IS_POSSIBLE_LOCAL_ONLY, 4, is a number that
# lacks its area code).
_REASONS = {
    1: "its country code is not one phonenumbers knows",
    2: "it is too short",
    3: "it is too long",
    4: "it lacks its area code",
    5: "it has the wrong length for a number in that country",
}


def is_fictional(raw: str) -> bool:
    """A North American number from the ranges templates and fiction use, or all zeros."""
    import phonenumbers

    if set(re.sub(r"\D", "", raw)) <= {"0"}:
        return True
    try:
        number = phonenumbers.parse(raw, "US")
    except phonenumbers.NumberParseException:
        return False
    return number.country_code == 1 and bool(_FICTIONAL_NANP_RE.match(str(number.national_number)))


_YEARS_RE = re.compile(r"^\W*(?:(?:19|20)\d\d\W*){2,}$")


def _low_on_page(line: Line) -> bool:
    """Below the middle of its page; the top block is then the whole of a resume whose
    headings were not recognised, not a contact block."""
    return (
        line.box is not None
        and bool(line.page_height)
        and (line.page > 1 or line.box.top > 0.5 * (line.page_height or 0))
    )


def _presented_as_phone(field: Field, doc: Document, labels: list[str]) -> bool:
    """Only numbers the reader would take for contact details: precision over recall.

    A figure in a bullet ("cut costs by 1,250,000") is a candidate for the
    phone finder but nobody reads it as a phone; it needs a label, a `tel:`
    link, or a place in the top block or a contact section.
    """
    line = field.line
    if field.link_only or line is None:
        return True
    if _YEARS_RE.match(field.raw):
        return False  # "2020   2019": two dates side by side in a layout
    if line.region in (Region.HEADER, Region.FOOTER):
        return True
    if any(line is top for top in doc.structure.top_block) and not _low_on_page(line):
        return True
    if any(
        section.kind == "contact" and any(line is other for other in section.lines)
        for section in doc.sections
    ):
        return True
    if any(link.lower().startswith("tel:") for link in line.links):
        return True
    before = line.text[: line.text.find(field.raw)] if field.raw in line.text else ""
    return any(re.search(label + r"\s*\W{0,3}$", before) for label in labels)


def _problem(raw: str, region: str) -> str | None:
    """Why `raw` is not a valid number when dialled from `region`, or None if it is."""
    import phonenumbers

    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return "it cannot be read as a phone number"
    if phonenumbers.is_valid_number(number):
        return None
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in _REASONS:
        return _REASONS[reason]
    if raw.lstrip().startswith(("+", "00")):
        return "no such number exists in its country's numbering plan"
    return f"it is not a valid {region} number (add the country code if it is from elsewhere)"


def _read_in_document_country(field: Field) -> bool:
    """Whether the structure read the number as a valid one in a country the document
    points to (its other numbers' codes, its address, its domains, its language, then the
    configured region: structure/phones.py): a French `06 12 34 56 78` on a French resume
    is a number a recruiter can dial, not an invalid US one."""
    import phonenumbers

    if not field.value.startswith("+"):
        return False
    try:
        number = phonenumbers.parse(field.value, None)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


def _judging_region(field: Field, region: str) -> str:
    """The country to judge an invalid national number in: the one the structure read it
    in (the document's likeliest), else the configured region."""
    import phonenumbers

    if field.value.startswith("+"):
        try:
            number = phonenumbers.parse(field.value, None)
        except phonenumbers.NumberParseException:
            return region
        found = phonenumbers.region_code_for_country_code(number.country_code)
        if found and found != "ZZ":
            return found
    return region


def _pointed_to(doc: Document) -> set[str]:
    """The countries the document itself names: its places (a country, a city, a state's
    code after a town), its country domains, its other numbers' country codes."""
    texts = [line.text for line in doc.lines]
    contact = doc.contact
    addresses = [field.value for field in (*contact.emails, *contact.urls, *contact.linkedin)]
    # Only numbers printed with their code: a national one carries the region it was
    # read in, which says nothing.
    dialled = [
        found
        for field in contact.phones
        if (field.raw or field.value).lstrip().startswith(("+", "00"))
        and (found := _judging_region(field, "")) != ""
    ]
    return {
        *named_countries(texts),
        *state_code_countries(texts),
        *domain_countries(addresses),
        *dialled,
    }


def _national_elsewhere(raw: str, region: str) -> bool:
    """A number printed in national form with a trunk 0 (`0917 123 4567`, `07523 283011`)
    judged in a country whose numbers never start so (the US, Canada), when the document
    does not point to that country: it is a number of another country it does not name,
    which cannot be judged without it (some country's plan fits nearly every such
    number), not one no phone could dial."""
    from phonenumbers import PhoneMetadata

    digits = re.sub(r"\D", "", raw)
    if raw.lstrip().startswith(("+", "00")) or not digits.startswith("0"):
        return False
    metadata = PhoneMetadata.metadata_for_region(region)
    return metadata is None or metadata.national_prefix != "0"


def _advice(region: str) -> str:
    """What to write instead, with the code of the country the number was judged in."""
    import phonenumbers

    code = phonenumbers.country_code_for_region(region)
    if not code:
        return "Write the full number with its country code (+1 in the US, +44 in the UK)."
    return f"Check every digit and write the number with its country code: +{code} for {region}."


def _tails(raw: str) -> Iterator[str]:
    """`raw` and what is left after dropping leading digit groups one by one.

    The phone finder can glue a ZIP code or the end of an ID to a number
    ("CA 94588 (555) 123-4567"); if a tail is a good number, the printed
    number is fine.
    """
    rest = raw
    while rest:
        yield rest
        rest = re.sub(r"^\D*\d+", "", rest, count=1)
        if sum(ch.isdigit() for ch in rest) < 7:
            return


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    seen: set[str] = set()
    for field in doc.contact.phones:
        raw = field.raw or field.value
        key = re.sub(r"\D", "", raw)
        if key in seen or any(is_fictional(tail) for tail in _tails(raw)):
            continue
        seen.add(key)
        if not _presented_as_phone(field, doc, options["labels"]):
            continue
        if _read_in_document_country(field):
            continue
        if any(_problem(tail, ctx.region) is None for tail in _tails(raw)):
            continue  # dialled as printed from the configured region
        region = _judging_region(field, ctx.region)
        if _national_elsewhere(raw, region) and region not in _pointed_to(doc):
            continue
        problems = [_problem(tail, region) for tail in _tails(raw)]
        problem = problems[0] if all(problems) else None
        if problem:
            line: Line | None = field.line
            yield Hit(
                f"phone number '{raw.strip()}' is not valid: {problem}",
                line,
                raw.strip(),
                _advice(region),
            )
