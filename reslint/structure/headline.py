"""The headline: the line under the name that states the person's role.

`Senior Data Engineer` under the name, a role printed beside it (`Jane Doe | Data
Engineer`), or one that opens the contact line (`Account Manager | email | phone`). The
lines between the name and the first section are read in order: contact details,
personal-details fields (`Address: …`, `ADRESSE   …`), places, dates (`Last updated …`),
credentials (`BSc, MSc, PhD`), icons and glyph codes are passed over; a sentence about
oneself (a summary) or a section ends the search, and so do two lines that say something
else (an affiliation, an address), since a headline sits right under the name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from reslint.lexicon.contact import (
    EMAIL_RE,
    LINKEDIN_RE,
    OBFUSCATED_EMAIL_RE,
    PHONE_CANDIDATE_RE,
    URL_RE,
)
from reslint.lexicon.country import is_cjk_address, named_countries
from reslint.lexicon.dates import find_dates
from reslint.lexicon.degrees import DEGREE_RE
from reslint.lexicon.entry_words import TITLE_WORDS, title_score
from reslint.lexicon.headings import known_title
from reslint.lexicon.language import languages
from reslint.lexicon.pieces import ICON_GLYPH
from reslint.model import Field, Line, Section
from reslint.structure.column_lines import next_in_column
from reslint.structure.name import is_label_text, is_organisation, is_titleish, looks_like_name
from reslint.structure.name_text import clean, fold, name_words, repair_marks
from reslint.structure.phones import is_phone_label

_SEGMENT_RE = re.compile(rf"\s{{3,}}|\t+|\s+[|·•♦◆▪]\s+|\s*(?:{ICON_GLYPH})\s*")
_GLYPH_RE = re.compile(rf"{ICON_GLYPH}|\ufffd")
# `example.github.io`, `/in/jane`: a link printed without its scheme.
_BARE_LINK_RE = re.compile(r"(?:^|\s)(?:[\w-]+\.)+[a-z]{2,}(?:/\S*)?(?:\s|$)|(?:^|\s)/in/\S+")
# The same in capitals, as a contact line set in small caps prints it
# (`JANEDOE.BLOGSPOT.COM`); only with a common top-level domain, since `ST.LOUIS` is none.
_CAPITAL_LINK_RE = re.compile(
    r"(?:^|\s)(?:[A-Z0-9-]{2,}\.)+(?:COM|ORG|NET|IO|DEV|ME|INFO|APP|AI|EDU|GOV|CO)"
    r"(?:/\S*)?(?:\s|$)"
)
_FIELD_RE = re.compile(r"^(?P<label>[^\W\d_][^:：\t]{0,30}?)\s*(?:[:：]|\t|\s{2,})\s*\S")
_POSTCODE_RE = re.compile(r"\d{3,}")
# `3 Elm Road, Springfield`, `11 rue des Lilas`, `22 years old`, `5 years of …`: a line
# that opens with a number and then words is an address, an age or a count, never a role.
_NUMBER_FIRST_RE = re.compile(r"^\d{1,5}[a-zA-Z]?[,.]?\s+[^\W\d_]")
# `Lotterberg-Str. 22`, `Wylerstrasse 83b`: a few words and a house number, an address.
_HOUSE_NUMBER_RE = re.compile(r"^[^\W\d_][^\d]{2,40}\s\d{1,4}[a-zA-Z]?$")
# What a place may carry after it in brackets: `Boston, MA (open to relocation)`.
_BRACKETED_RE = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# `Page 1 of 2`, `Seite 1 von 2`, `1/2`: a running header's page number.
_PAGE_NUMBER_RE = re.compile(r"[^\W\d_]{0,12}\.?\s*\d{1,3}\s*(?:/|[^\W\d_]{1,3})\s*\d{1,3}")
_LATIN_WORD_RE = re.compile(r"^[A-Za-z\u00c0-\u024f'’.-]+$")
_OPEN_END = ("&", "|", ",", "/", "-", "–", "·", "•")
_OPEN_WORDS = frozenset({"and", "und", "et", "y", "e", "of", "for", "de", "&"})
_MAX_WORDS = 25
_MAX_OTHER_LINES = 2
_MAX_LINES = 8
_MAX_ROLE_WORDS = 6
_DISPLAY_RATIO = 1.3


@cache
def _field_labels() -> frozenset[str]:
    words = name_words()
    return words.fields | words.name | words.given | words.family


def has_contact(text: str) -> bool:
    return bool(
        EMAIL_RE.search(text)
        or OBFUSCATED_EMAIL_RE.search(text)
        or LINKEDIN_RE.search(text)
        or URL_RE.search(text)
        or _BARE_LINK_RE.search(text)
        or _CAPITAL_LINK_RE.search(text)
        or any(sum(map(str.isdigit, m.group(0))) >= 7 for m in PHONE_CANDIDATE_RE.finditer(text))
    )


def _is_field(text: str) -> bool:
    """`Address: …`, `ADRESSE   …`, `Date of birth:\t…`: a personal-details field."""
    match = _FIELD_RE.match(text)
    if not match:
        return False
    label = fold(match.group("label")).strip(" .")
    return label in _field_labels() or (len(label.split()) <= 3 and ":" in text[: match.end()])


def _is_dated(text: str) -> bool:
    folded = fold(text)
    if any(folded.startswith(word) for word in name_words().dated):
        return True
    dates = find_dates(text)
    covered = sum(d.end - d.start for d in dates)
    return bool(dates) and covered >= 0.5 * len(text.strip())


def _is_place(text: str) -> bool:
    text = _BRACKETED_RE.sub("", text).strip() or text
    parts = [part.strip() for part in re.split(r",|\s[–-]\s", text) if part.strip()]
    if len(parts) < 2 and len(text.split()) > 3:
        return False
    last = parts[-1] if parts else text
    if is_cjk_address(text, titled=is_titleish(text) or title_score(text) > 0):
        return True
    return bool(re.fullmatch(r"[A-Z]{2}(?:\s+\d{5})?", last)) or bool(named_countries([last]))


def _is_credentials(text: str) -> bool:
    """Degrees only: `BSc. Hons, MSc., DIC, PhD.` A whole word that is both a degree and a
    role (`Ingeniera`, `Ingeniero` under the name) names the profession: not only a degree."""
    if _role_word(text):
        return False
    rest = DEGREE_RE.sub(" ", text)
    rest = re.sub(r"\b(?:hons|dic|cpa|pmp|cfa|mba|phd|frcs|mrcs)\b", " ", rest, flags=re.I)
    return bool(DEGREE_RE.search(text)) and not re.sub(r"[\W\d_]+", "", rest)


def _role_word(text: str) -> bool:
    """One written-out word (no abbreviation: `PhD`, `MBA`) that names a role."""
    word = text.strip()
    return (
        len(word.split()) == 1
        and len(word) >= 6
        and word[:1].isupper()
        and not word.isupper()
        and word.isalpha()
        and is_titleish(word)
    )


@cache
def _function_words() -> frozenset[str]:
    return frozenset(word for language in languages().values() for word in language.words)


def is_prose(text: str, following: Line | None, line: Line) -> bool:
    """A sentence, or the first line of a paragraph: a summary, not a headline."""
    words = [word for word in text.split() if re.search(r"\w", word)]
    if not words:
        return False
    if fold(words[0]).strip(",.") in name_words().first_person:
        return True
    lowered = [fold(word).strip(",.;:()") for word in words if word[:1].islower()]
    function_words = sum(word in _function_words() for word in lowered)
    if len(words) >= 8 and (function_words >= 3 or text.rstrip().endswith(".")):
        return True
    wraps = (
        following is not None
        and following.text.strip()[:1].islower()
        and not has_contact(following.text)
        and (following.font_size, following.bold) == (line.font_size, line.bold)
    )
    return len(words) >= 6 and wraps


def _skipped(text: str) -> bool:
    """Lines between the name and the headline that are something else."""
    last = fold(text.split()[-1]).strip(".,;:()") if text.split() else ""
    return (
        not re.search(r"[^\W\d_]{2}", _GLYPH_RE.sub("", text))
        or last in name_words().alt_text
        or _is_field(text)
        or _is_dated(text)
        or _is_credentials(text)
        or is_label_text(text)
        or _is_pronouns(text)
        or fold(text).strip(" .!:") in name_words().statuses
        or bool(_PAGE_NUMBER_RE.fullmatch(text.strip()))
        or bool(_NUMBER_FIRST_RE.match(text.strip()))
        or (bool(_HOUSE_NUMBER_RE.match(text.strip())) and not _names_role(text))
        or bool(_GLYPH_RE.search(text))
    )


def _is_pronouns(text: str) -> bool:
    """`they / them`, `(she/her)`: the pronouns printed beside or under the name."""
    compact = fold(re.sub(r"\s*/\s*", "/", text)).strip(" ()[]")
    return compact in name_words().pronouns


def _headline_like(text: str) -> bool:
    words = text.split()
    if not words or len(words) > _MAX_WORDS or has_contact(text) or _skipped(text):
        return False
    if find_dates(text):
        return False  # an entry (`Associate Professor   July 2025 – Present`)
    if len(words) == 1 and (text.isupper() or text.islower()):
        return False  # a section title reslint does not know, a handle (`jdoe`)
    if is_titleish(text):
        return True
    # An affiliation (`Department of Physics, Acme University`) or an address is no role.
    if _is_place(text) or _POSTCODE_RE.search(text) or is_organisation(words):
        return False
    return sum(map(str.isalpha, text)) >= 3


def _lone_word(text: str) -> bool:
    """One word on a line of its own that no title word makes a role: in the body's type,
    a town (`Valencia`) more often than a role. (Opening a line of contact details, a
    single word is the role: `_role_in_contact_line`.)"""
    return len(text.split()) == 1 and bool(_LATIN_WORD_RE.match(text)) and not _names_role(text)


def _linked_handle(line: Line, text: str) -> bool:
    """One word that is a link and names no role: a profile's handle printed as the text
    of its link (`JDoe42` linking to a LinkedIn or GitHub page), a contact detail."""
    return bool(line.links) and len(text.split()) == 1 and not _names_role(text)


def _set_apart(line: Line, body: float | None) -> bool:
    """Set in a size of its own, not the body's (a town is printed in the contact
    details' type, the body's)."""
    size = line.font_size
    return size is not None and body is not None and abs(size - body) > 0.5


def _role_in_contact_line(text: str) -> str | None:
    """`Account Manager | jane@example.org | +1 …`: the role that opens a contact line."""
    segments = [s.strip() for s in _SEGMENT_RE.split(text) if s and s.strip()]
    if len(segments) < 2 or has_contact(segments[0]):
        return None
    first = segments[0]
    if first.endswith((":", "：")) or is_phone_label(first) or _is_field(first + ":"):
        return None  # `E-mail address:   jane@…`, `Mobile   06…`: a label, not a role
    others_are_contact = all(has_contact(s) for s in segments[1:])
    # One word in capitals is read as a section title elsewhere; opening a line of contact
    # details (`CARTOGRAPHER | JANEDOE.BLOGSPOT.COM`) it is the role.
    alike = first.title() if others_are_contact and len(first.split()) == 1 else first
    if _headline_like(alike) and (is_titleish(first) or others_are_contact):
        return first if len(first.split()) <= 8 else None
    return None


def _aside(segment: str) -> bool:
    """A segment of a headline line that is no part of the role: a place, a contact
    detail, a statement (`Open to relocation`, `Experienced in retail and finance`)."""
    words = segment.split()
    lowered = [fold(word).strip(",.;:()") for word in words if word[:1].islower()]
    return (
        _is_place(segment)
        or has_contact(segment)
        or _skipped(segment)
        or len(words) > _MAX_ROLE_WORDS
        or any(word in _function_words() for word in lowered)
    )


@cache
def _all_title_words() -> frozenset[str]:
    return frozenset(fold(word) for word in TITLE_WORDS)


def _names_role(segment: str) -> bool:
    """A role: a title word in it (`Technical Writer` too, whose word is also a surname)
    and no name."""
    words = {fold(word).strip(".,()&") for word in segment.split()}
    return is_titleish(segment) or (
        bool(words & _all_title_words()) and not looks_like_name(clean(segment))
    )


def _role_among_segments(text: str) -> str | None:
    """`Open to relocation | Technical Writer | Experienced in …`, `Boston, MA | Data
    Engineer`: the one segment of a line that names a role, when each of the others is
    set aside (a focus, `Data Scientist · Machine Learning`, stays part of the headline)."""
    segments = [s.strip() for s in _SEGMENT_RE.split(text) if s and s.strip()]
    if len(segments) < 2 or find_dates(text):
        return None  # a dated line is an entry (`Assistant Professor   2019 – 2025`)
    roles = [s for s in segments if _names_role(s) and _headline_like(s)]
    if len(roles) != 1 or not all(_aside(s) for s in segments if s is not roles[0]):
        return None
    return roles[0]


def _beside_name(name: Field) -> str | None:
    """A role printed on the name's line: `Jane Doe | Data Engineer`."""
    line = name.line
    if line is None:
        return None
    for part in _SEGMENT_RE.split(line.text.strip()):
        part = (part or "").strip()
        if not part or clean(part) == name.value or looks_like_name(clean(part)):
            continue
        if _headline_like(part) and is_titleish(part):
            return part
    return None


def _role_field(text: str) -> str | None:
    """The value of a role field (`Position: Data Engineer`, `岗 位:研发工程师`)."""
    for segment in _SEGMENT_RE.split(text):
        match = _FIELD_RE.match((segment or "").strip())
        if match and fold(match.group("label")).strip(" .") in name_words().role:
            value = re.split(r"[:：\t]|\s{2,}", segment.strip(), maxsplit=1)[-1].strip()
            if value and not has_contact(value):
                return value
    return None


def _wrapped(text: str, line: Line, following: Line | None) -> str:
    """The headline with its second line, when it wraps."""
    if following is None or (following.font_size, following.bold) != (line.font_size, line.bold):
        return text
    rest = repair_marks(following.text).strip()
    last = fold(text.split()[-1])
    ends_open = text.endswith(_OPEN_END) or last in _OPEN_WORDS or last in _function_words()
    # `Engineer in Computing` / `and Informatics`: the second line goes on in lower case.
    goes_on = rest[:1].islower()
    # `Computer and Information` / `Systems Engineer`: the role's title word comes on the
    # second line.
    completes = not _names_role(text) and _names_role(rest) and not has_contact(rest)
    joined = f"{text} {rest}"
    # The joined line is judged, not the second alone: a word in capitals there
    # (`ÖĞRENCİSİ`) is the end of the role, not a section title.
    if (ends_open or goes_on or completes) and _headline_like(joined):
        return joined
    return text


def _heading_type(sections: Sequence[Section], body: float | None) -> set[tuple[float, bool]]:
    """The size and weight of the known section titles, where they stand out from the body
    (a title in body type says nothing about other lines in it)."""
    if body is None:
        return set()
    return {
        (round(heading.font_size, 1), heading.bold)
        for section in sections
        if (heading := section.heading) is not None
        and section.kind != "other"
        and heading.font_size is not None
        and (heading.font_size > body + 0.5 or heading.bold)
        and heading.text.isupper()
    }


def _set_as_heading(
    line: Line, text: str, following: Line | None, heading_type: set[tuple[float, bool]]
) -> bool:
    """In capitals and in the type of the document's section titles, naming no role, over
    text of its own: a section title reslint does not know (`PROFESSIONAL PREVIEW` over a
    paragraph), not a headline. A line in that type right over a section title is one."""

    def in_heading_type(other: Line) -> bool:
        size = other.font_size
        return size is not None and (round(size, 1), other.bold) in heading_type

    if not text.isupper() or is_titleish(text) or not in_heading_type(line):
        return False
    return following is not None and not in_heading_type(following) and not following.heading


def find_role_headline(
    lines: Sequence[Line],
    name: Field | None,
    sections: Sequence[Section],
    body: float | None = None,
) -> Field | None:
    """The headline under (or beside, or just above) the name, if the resume prints one;
    `body` is the body's font size, to know the section titles' type."""
    if name is None or name.line is None:
        return None
    beside = _beside_name(name)
    if beside is not None:
        return Field(beside, name.line)
    index = _name_index(lines, name)
    if index is None:
        return None
    kinds = {id(s.heading): s.kind for s in sections if s.heading is not None}
    heading_type = _heading_type(sections, body)
    fields_only = False  # inside a personal-details section: only a role field is a headline
    name_words_ = set(fold(name.value).split())
    other = 0
    page = name.line.page
    after = [line for line in lines[index + 1 : index + 1 + _MAX_LINES] if line.page == page]
    for position, line in enumerate(after):
        raw = repair_marks(line.text).strip()
        text = " ".join(raw.split())
        following = after[position + 1] if position + 1 < len(after) else None
        kind = kinds.get(id(line)) or known_title(text)
        if kind == "contact":
            fields_only = True
            continue
        if _titles_row(raw):
            break  # `학력   경력   자격증`: a summary box's row of section titles, the body
        # A heading reslint could not name may be the headline set in a heading's type,
        # when it names a role; any other heading ends the search.
        if kind not in (None, "other") or (kind == "other" and not is_titleish(text)):
            break
        words = set(fold(clean(text)).split())
        if not text or words <= name_words_ or (len(name_words_) > 1 and name_words_ <= words):
            continue  # the second line of the name, or a line that repeats it
        if (role := _role_field(raw)) is not None:
            return Field(role, line)
        if fields_only:
            continue
        if has_contact(raw):
            if (role := _role_in_contact_line(raw)) is not None:
                return Field(role, line)
            continue
        if (role := _role_among_segments(raw)) is not None:
            return Field(role, line)
        if _skipped(raw) or _is_place(text) or _linked_handle(line, text):
            continue
        prose = is_prose(text, following, line) and not _display_size(line, body)
        if prose or _set_as_heading(line, text, following, heading_type):
            break
        if _headline_like(text) and not (_lone_word(text) and not _set_apart(line, body)):
            # Its second line is the next of its column (contact details may stand beside).
            below = next_in_column(after[position:], line) or following
            return Field(_wrapped(text, line, below), line)
        if find_dates(text):
            break  # an entry (`EDUCATION   Acme University   2018`): the headline is above
        other += 1
        if other >= _MAX_OTHER_LINES:
            break
    for above in lines[max(0, index - _MAX_LINES) : index]:
        # A role field printed over the name's field (`求职意向：Web前端` over `姓名：…`).
        if above.page == page and (role := _role_field(repair_marks(above.text))) is not None:
            return Field(role, above)
    if index > 0 and _right_above(lines[index - 1], name.line):
        above = lines[index - 1]
        text = " ".join(above.text.split())
        if _headline_like(text) and is_titleish(text):
            return Field(text, above)
    return None


def _titles_row(text: str) -> bool:
    """Section titles side by side, all or all but one known (a job board's summary box
    over the studies, the work and the certificates: `학력   경력   자격증 / 어학`)."""
    cells = [cell for cell in re.split(r"\s{3,}", text.strip()) if cell]
    known = sum(any(known_title(part) for part in re.split(r"\s+/\s+", cell)) for cell in cells)
    return known >= 2 and known >= len(cells) - 1


def _name_index(lines: Sequence[Line], name: Field) -> int | None:
    """Where the name is printed: the line of its field, or, when that is a labelled field
    (`Name   Jane Doe` in the personal details), the line above that prints it alone, in
    the name's own type under which the headline stands."""
    index = next((i for i, line in enumerate(lines) if line is name.line), None)
    if index is None or name.line is None or fold(name.line.text) == fold(name.value):
        return index
    alone = (
        i
        for i, line in enumerate(lines[:index])
        if line.page == name.line.page and fold(clean(line.text)) == fold(name.value)
    )
    return next(alone, index)


def _display_size(line: Line, body: float | None) -> bool:
    """Set well above the body's size: a title under the name, never a summary's prose."""
    size = line.font_size
    return size is not None and body is not None and size >= _DISPLAY_RATIO * body


def _right_above(line: Line, name: Line) -> bool:
    """Printed just above the name, in its column (not the end of another column)."""
    if line.page != name.page:
        return False
    if line.box is None or name.box is None:
        return True
    height = max(name.box.bottom - name.box.top, 1.0)
    overlap = min(line.box.x1, name.box.x1) > max(line.box.x0, name.box.x0)
    return overlap and 0 < name.box.top - line.box.top <= 2.5 * height
