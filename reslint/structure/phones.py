"""The candidate's phone numbers: runs of digits a reader takes for a phone, read in the
document's country.

A resume is full of digit runs that look like numbers to a pattern: dates and date ranges
(`01.12.2000`, `2019-2021`, `201807 - 201810`), page ranges of publications (`1108-1124`),
grades (`71.79/100`), IDs (`ORCID: 0000-0002-…`), postcodes beside a street. A candidate
counts as a phone when it is not one of those and

- a phone label stands before it (`Tel.:`, `Mobil`, `手机:`; phone_words.toml) or a `tel:`
  link is on its line: then it counts even when no phone could dial it, so that
  phone-invalid can say so;
- or it stands alone between the separators of its line (`|`, `•`, a tab, an icon, a
  comma) and is written with its country code, or sits in the contact block (the top
  block, a contact section, a running header, a line with an email) and could be a
  number in the document's country, or is a valid number in the likeliest country
  (phonenumbers' matcher at `Leniency.VALID`);
- or it sits in the contact block beside words (`Boston MA 617-555-0123`), grouped like
  a phone and valid in one of the document's countries; a postcode the pattern glued to
  it (`IL 62704 (217) 555-0147`) is left out.

Numbers printed without a country code are read in the first country that can dial them
among those the document points to (structure/country.py), a number labelled as a mobile
in the first where it is one, and written in E.164.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache

from reslint.lexicon.contact import (
    NOT_PHONE_RE,
    normalise_phone,
    unglue_email,
)
from reslint.lexicon.country import document_countries
from reslint.lexicon.language import document_language
from reslint.model import Field, Line
from reslint.structure.contact_zone import ContactZone
from reslint.structure.phone_text import (
    alternatives,
    as_printed,
    fold_label,
    in_number,
    number_spans,
    without_extension,
)
from reslint.structure.phone_wraps import wrapped_numbers

# What separates the items of a contact line; the number itself may hold spaces, `-`, `.`,
# `/` and brackets, so those never separate, but for a slash before the `+` of a second
# number (`+1 617 555 0123 / +1 617 555 0188`).
_SEPARATOR_RE = re.compile(
    r"(\s*(?:[|•·♦◆◇▪■□●○►▸➢✦★,;\t]|\s{3,}|\s[–—]\s|\(cid:\d+\)|\s*/\s*(?=\+)"
    r"|[\ue000-\uf8ff\ufffd\U0001f300-\U0001faff\u2600-\u27bf])\s*)"
)
# A place name (`553-00217, Springfield`) after a number and a comma, ending the line.
_PLACE_RE = re.compile(r"^[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){0,2}$")
_MASK = " | "
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_GROUP_RE = re.compile(r"\d+")
# A figure out of a scale (`71.79/100`, `3.8/4`), not a number to dial.
_GRADE_RE = re.compile(r"^\d{1,3}[.,]\d{1,3}\s*/\s*(?:4|5|10|20|100)(?:[.,]0+)?$")
# `1108-1124`, `30824-30835`: pages of an article.
_RANGE_RE = re.compile(r"^\(?(\d{2,6})\s*[-–]\s*(\d{2,6})\)?$")
# `084001 (2026`: an article number and its year.
_CITED_RE = re.compile(r"\(\s*(?:19|20)\d\d\)?$")
# What may stand beside a number in its segment and still leave it alone: brackets and
# punctuation, and a label that ends with a colon (`Celular/Whatsapp:`).
_PUNCTUATION = "()[]{}<>:.,;+-–—_/\\'\"“”‘’ \u00a0"
_COLON_LABEL_RE = re.compile(r"^[^\W\d_][^\d:]{0,30}[:：]$")
_MIN_DIGITS, _MAX_DIGITS = 7, 15
# What a candidate keeps of its segment on each side: labels and neighbours that decide
# stand within it, and a long segment of many digit runs stays linear to read.
_CONTEXT = 256


@cache
def _label_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Patterns for a phone label, a not-phone label and a mobile label, at a text's end."""

    def ending(key: str) -> re.Pattern[str]:
        return re.compile(rf"(?:^|[^\w])(?:{alternatives(key)})\s*[:：.\-/#№()]*\s*\(?$")

    return ending("labels"), ending("not_labels"), ending("mobile")


# A label stands just before its number: only this many characters of what precedes are
# asked, so a line of thousands of digit runs costs linear time, not quadratic.
_LABEL_WINDOW = 64


def _label_tail(text: str) -> str:
    """The end of `text` where a label could stand, folded; a word the window cuts is left
    out, so that its tail (`…mobil`) cannot pass for a label."""
    text = text.strip()
    if len(text) > _LABEL_WINDOW:
        cut = len(text) - _LABEL_WINDOW
        tail = text[cut:]
        if text[cut - 1].isalnum():
            tail = re.sub(r"^\w+", "", tail)
        text = tail
    return fold_label(text)


def is_phone_label(text: str) -> bool:
    return bool(_label_patterns()[0].search(_label_tail(text)))


def _is_not_label(text: str) -> bool:
    return bool(_label_patterns()[1].search(_label_tail(text)))


def _is_mobile_label(text: str) -> bool:
    return bool(_label_patterns()[2].search(_label_tail(text)))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A digit run on a line, with what stands before and after it in its segment."""

    raw: str
    line: Line
    before: str
    after: str
    previous: str  # the segment before, which may be this number's label (`MOBIL   +49 …`)
    postcode: bool = False  # followed by a comma and a place that ends the line
    printed: str = ""  # as the line prints it (`617–555–0123`), when `raw` differs

    @property
    def international(self) -> bool:
        return self.raw.startswith(("+", "00"))

    @property
    def labelled(self) -> bool:
        return is_phone_label(self.before) or (
            not self.before.strip(_PUNCTUATION) and is_phone_label(self.previous)
        )

    @property
    def mobile(self) -> bool:
        """Labelled as a mobile number (`Celular:`, `Handy`, `手机`)."""
        label = self.before if self.before.strip(_PUNCTUATION) else self.previous
        return _is_mobile_label(label)

    @property
    def alone(self) -> bool:
        before = self.before.strip(_PUNCTUATION)
        after = self.after.strip(_PUNCTUATION)
        return (
            not before or self.labelled or bool(_COLON_LABEL_RE.match(self.before.strip()))
        ) and (not after or is_phone_label(after))


def candidates(line: Line) -> Iterator[Candidate]:
    """The digit runs of a line that might be phone numbers, segment by segment."""
    if sum(map(str.isdecimal, line.text)) < _MIN_DIGITS:
        return
    text = in_number(line.text)
    pieces = _SEPARATOR_RE.split(NOT_PHONE_RE.sub(_MASK, unglue_email(text)))
    segments, separators = pieces[::2], [*pieces[1::2], ""]
    previous = ""
    # How many non-blank segments follow each one, counted once (not per segment: a line
    # of thousands of segments would cost quadratic time).
    blank = [not segment.strip() for segment in segments]
    remaining = len(segments) - sum(blank)
    for index, segment in enumerate(segments):
        remaining -= not blank[index]
        postcode = separators[index].strip() == "," and remaining == 1
        if postcode:
            last = next(segments[i] for i in range(index + 1, len(segments)) if not blank[i])
            postcode = bool(_PLACE_RE.match(last.strip())) and not is_phone_label(last)
        for start, end in number_spans(segment):
            raw = segment[start:end].strip()
            before = segment[max(0, start - _CONTEXT) : start]
            after = without_extension(segment[end : end + _CONTEXT])
            closed = postcode and not after.strip()
            # Looked up in the printed line only where reading it changed it (linear time).
            printed = as_printed(raw, line.text) if text != line.text else raw
            yield Candidate(raw, line, before, after, previous, closed, printed)
        if segment.strip():
            previous = segment


def _is_date(raw: str) -> bool:
    """A date or a range of dates: groups that are years, months, days, `yyyymm`."""
    groups = _GROUP_RE.findall(raw)

    def date_part(group: str) -> bool:
        if len(group) <= 2:
            return int(group) <= 31
        if len(group) == 4:
            return bool(_YEAR_RE.fullmatch(group))
        if len(group) == 6:
            return bool(_YEAR_RE.match(group)) and 1 <= int(group[4:]) <= 12
        if len(group) == 8:
            return bool(_YEAR_RE.match(group) or _YEAR_RE.fullmatch(group[4:]))
        return False

    has_year = any(len(group) in (4, 6, 8) and date_part(group) for group in groups)
    return has_year and all(map(date_part, groups))


def _is_page_range(raw: str) -> bool:
    match = _RANGE_RE.match(raw)
    if not match:
        return False
    first, last = match.groups()
    return len(first) >= 3 and 0 < int(last) - int(first) < 1000


def refused(candidate: Candidate) -> bool:
    """Digit runs that are never phones, whatever their place: dates, pages, IDs, grades."""
    raw = candidate.raw
    digits = sum(map(str.isdecimal, raw))
    if not _MIN_DIGITS <= digits <= _MAX_DIGITS:
        return True
    if re.search(r"[^\W\d_][-–]?$", candidate.before):  # `K-1856-2019`, `ID12345678`
        return True
    label = candidate.before if candidate.before.strip(_PUNCTUATION) else candidate.previous
    if _is_not_label(label):
        return True
    if _GRADE_RE.match(raw) or _CITED_RE.search(raw) or _is_page_range(raw):
        return True
    if not candidate.international and _is_date(raw):
        return True
    # A run of bare digits with no separators is more often an ID than a phone; nine or
    # eight digits may be a national mobile number (`612345678`), judged in _accepted.
    return raw.isdigit() and digits not in _BARE_LENGTHS and not candidate.labelled


_BARE_LENGTHS = (8, 9, 10, 11)


def _parse(raw: str, country: str | None):  # -> phonenumbers.PhoneNumber | None
    import phonenumbers

    try:
        return phonenumbers.parse(raw, country)
    except phonenumbers.NumberParseException:
        return None


_INTERNATIONAL_PREFIX_RE = re.compile(r"^\+?\s*00(?=\s*[1-9])")


def _international_form(raw: str) -> str:
    """`0033 6 12 …` and `+0033 6 12 …` (the `+` and the `00` that stands for it, both
    printed) as `+33 6 12 …`."""
    return _INTERNATIONAL_PREFIX_RE.sub("+", raw, count=1)


def dialled_country(raw: str) -> str | None:
    """The country of a number printed with its country code."""
    import phonenumbers

    number = _parse(_international_form(raw), None)
    if number is None or not phonenumbers.is_possible_number(number):
        return None
    region = phonenumbers.region_code_for_number(number)
    return region if region and region != "ZZ" else None


def _valid_in(raw: str, country: str) -> str | None:
    """The E.164 form of `raw` if it is a valid number in `country`, matched as a whole."""
    import phonenumbers

    matches = list(
        phonenumbers.PhoneNumberMatcher(raw, country, leniency=phonenumbers.Leniency.VALID)
    )
    if len(matches) != 1 or sum(map(str.isdecimal, matches[0].raw_string)) != sum(
        map(str.isdecimal, raw)
    ):
        return None
    return phonenumbers.format_number(matches[0].number, phonenumbers.PhoneNumberFormat.E164)


def read_number(
    raw: str, countries: tuple[str, ...], mobile_in: tuple[str, ...] = ()
) -> tuple[str | None, str | None]:
    """The E.164 form of a printed number, and the country that can dial it (None if none).

    A national number is read in the first of `countries` whose plan it fits, or, for a
    number labelled as a mobile, the first of `mobile_in` where it is a mobile number; one
    that fits none is written as the likeliest country would read it.
    """
    raw = _international_form(raw)
    if raw.startswith("+"):
        country_order: Iterable[str] = (countries[0] if countries else "US",)
    else:
        country_order = countries
    first: tuple[str, str] | None = None
    for country in country_order:
        if (valid := _valid_in(raw, country)) is None:
            continue
        if first is None:
            first = (valid, country)
        if not mobile_in or (country in mobile_in and _is_mobile(valid)):
            return valid, country
    if first is not None:
        return first
    return (normalise_phone(raw, countries[0]) if countries else None), None


def _is_mobile(e164: str) -> bool:
    import phonenumbers

    kind = phonenumbers.number_type(phonenumbers.parse(e164, None))
    return kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )


_PHONE_LENGTH = (10, 15)  # digits of a national number with its trunk prefix, or of E.164


def _accepted(
    candidate: Candidate,
    in_zone: bool,
    possible: bool,
    dialled_in: str | None,
    likeliest: str | None,
    value: str | None = None,
    evidence: tuple[str, ...] = (),
    local: bool = False,
) -> bool:
    """Whether a candidate that is no date, page or ID is printed as a phone number.

    Away from the contact block a national number must be one the document's likeliest
    country can dial: a figure that only some other country's plan allows is not a phone.
    In the contact block, a number some document country can dial may stand beside words
    (`Boston MA 617-555-0100`), but not a bare run of digits (`Springfield 1731783685`,
    a postcode).
    """
    if candidate.labelled or any(link.lower().startswith("tel:") for link in candidate.line.links):
        return True
    if candidate.postcode:
        return False
    if candidate.raw.isdigit() and len(candidate.raw) < _PHONE_LENGTH[0]:
        # Eight or nine bare digits (`612345678`): a phone only alone in the contact block
        # and a mobile number of a country the document itself points to.
        return (
            in_zone
            and candidate.alone
            and dialled_in in evidence
            and value is not None
            and _is_mobile(value)
        )
    if not candidate.alone:
        beside_words = not any(ch.isdigit() for ch in candidate.before + candidate.after)
        grouped = not candidate.raw.lstrip("+").isdigit()
        return in_zone and beside_words and grouped and dialled_in is not None
    if candidate.international:
        return True
    if in_zone and not possible:
        # In the contact block a number no plan allows is still the person's number, as
        # printed: phone-invalid says what is wrong with it, where phone-missing would not.
        # So is a local number printed without its area code (`555-0123`).
        digits = sum(map(str.isdigit, candidate.raw))
        return _PHONE_LENGTH[0] <= digits <= _PHONE_LENGTH[1] or local
    return (in_zone and possible) or (dialled_in is not None and dialled_in == likeliest)


_HEAD_RE = re.compile(r"^\d{4,5}\s+(?=\D*\d)")


def _after_postcode(candidate: Candidate) -> Candidate | None:
    """The number behind a postcode the candidate pattern glued to it (`94588 (555) …`)."""
    head = _HEAD_RE.match(candidate.raw)
    if head is None or candidate.international:
        return None
    tail = candidate.raw[head.end() :]
    return replace(candidate, raw=tail, before="", previous="", postcode=False, printed="")


def _local_only(raw: str, country: str | None) -> bool:
    """A number grouped like a phone that `country` dials only locally, without the area
    code (`555-0123` in the US): the person's as printed, with no E.164 form."""
    import phonenumbers

    if country is None or raw.isdigit() or raw.startswith(("+", "00")):
        return False
    number = _parse(raw, country)
    return number is not None and (
        phonenumbers.is_possible_number_with_reason(number)
        == phonenumbers.ValidationResult.IS_POSSIBLE_LOCAL_ONLY
    )


def _possible(value: str | None) -> bool:
    return value is not None and value.startswith("+")


def _tel_links(line: Line, found: list[Field], countries: tuple[str, ...]) -> list[Field]:
    extra: list[Field] = []
    for link in line.links:
        if not link.lower().startswith("tel:"):
            continue
        raw = link[4:]
        digits = re.sub(r"\D", "", raw)
        if not _MIN_DIGITS <= len(digits) <= _MAX_DIGITS:  # `tel:` with no number behind it
            continue
        if not any(re.sub(r"\D", "", field.raw) == digits for field in found):
            value, _ = read_number(raw, countries)
            extra.append(Field(value or raw, line, raw, link_only=True))
    return extra


def _countries(
    kept: list[tuple[Candidate, Line]],
    lines: tuple[Line, ...],
    zone: ContactZone,
    addresses: Iterable[str],
    region: str,
) -> tuple[str, ...]:
    """The countries the document points to; only worked out when a number needs them."""
    national = any(not c.international for c, _ in kept) or any(
        link.lower().startswith("tel:") for line in lines for link in line.links
    )
    if not national:
        return (region,)
    return document_countries(
        dialled=[code for c, _ in kept if c.international and (code := dialled_country(c.raw))],
        contact_texts=[line.text for line in lines if zone.holds(line)],
        addresses=addresses,
        language=document_language(line.text for line in lines),
        region=region,
        other_texts=[line.text for line in lines if not zone.holds(line)],
    )


def find_document_phones(
    lines: tuple[Line, ...],
    zone: ContactZone,
    addresses: Iterable[str],
    region: str,
) -> tuple[Field, ...]:
    """The candidate's phone numbers, in reading order.

    `zone` is the contact block, with the lines that hold the person's email. Numbers
    outside it count only when the resume prints none there, and then only the first group
    of them; those in other people's sections (referees, co-authors) never.
    """
    kept = [(c, line) for line in lines for c in candidates(line) if not refused(c)]
    wraps = [
        (candidate, wrap)
        for wrap in wrapped_numbers(lines, zone)
        if not refused(candidate := Candidate(wrap.raw, wrap.line, wrap.before, "", ""))
    ]
    countries = _countries(kept + [(c, c.line) for c, _ in wraps], lines, zone, addresses, region)
    likeliest = countries[0] if countries else None
    # Where a mobile number may be looked for: the countries the document itself points to.
    evidence = countries[: countries.index(region)] if region in countries else countries
    by_line: dict[int, list[Field]] = {}
    for candidate, line in kept:
        mobile_in = evidence if candidate.mobile and not candidate.international else ()
        value, dialled_in = read_number(candidate.raw, countries, mobile_in)
        in_zone = zone.holds(line)
        local = value is None and _local_only(candidate.raw, likeliest)
        if not _accepted(
            candidate, in_zone, _possible(value), dialled_in, likeliest, value, evidence, local
        ):
            behind = _after_postcode(candidate) if in_zone else None
            if behind is None or refused(behind):
                continue
            value, dialled_in = read_number(behind.raw, countries)
            if dialled_in is None:
                continue
            candidate = behind
        printed = candidate.printed or candidate.raw
        by_line.setdefault(id(line), []).append(Field(value or printed, line, printed))
    for candidate, wrap in wraps:
        # Joined only when the whole dials: two halves that make no number stay apart.
        value, dialled_in = read_number(candidate.raw, countries)
        if value is None or dialled_in is None:
            continue
        by_line.setdefault(id(wrap.line), []).append(Field(value, wrap.line, wrap.raw))
        below = by_line.get(id(wrap.following), [])
        by_line[id(wrap.following)] = [f for f in below if f.raw.strip() != wrap.head.strip()]
    found: list[Field] = []
    for line in lines:
        fields = by_line.get(id(line), [])
        found.extend(fields + _tel_links(line, fields, countries))
    return zone.cluster(found, lines)
