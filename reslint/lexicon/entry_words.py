"""The words of entry headers: job titles, companies, schools and grades.

It owns the vocabulary that tells the pieces of a position or education entry apart and the
scores built on it (`title_score`, `company_score`, `is_school`, `is_unit`, `GRADE_RE`),
and the words around studies (where a school's name starts, the links before it, a
certificate's words, a table's column labels, a labelled major, studies said to go on);
degree names are lexicon.degrees'. The words themselves are data, per language, in
data/entry_words.toml, read once at import.
"""

from __future__ import annotations

import re
from typing import Any

from reslint.lexicon.data_files import load_words
from reslint.lexicon.degrees import DEGREE_RE as DEGREE_RE  # re-exported: entries test for one


def _load_languages() -> dict[str, dict[str, Any]]:
    return load_words("entry_words")


_LANGUAGES = _load_languages()
_UNSPACED = [words for words in _LANGUAGES.values() if not words.get("spaced", True)]
_HEAD_FIRST = [words for words in _LANGUAGES.values() if words.get("head_first", False)]
_COMPOUNDING = [words for words in _LANGUAGES.values() if words.get("compounds", False)]


def _every(key: str, languages: list[dict[str, Any]] | None = None) -> list[str]:
    """The words under `key` in every language, in the file's order."""
    chosen = list(_LANGUAGES.values()) if languages is None else languages
    return [word for words in chosen for word in words.get(key, [])]


TITLE_WORDS = frozenset(_every("title_words"))
HEAD_LINKS = frozenset(_every("title_links"))
TITLE_RANKS = frozenset(_every("title_ranks"))
# The events a Japanese, Korean or Chinese history row dates: entering a school or a firm
# (`入学`, `入社`, `입학`) and leaving it (`卒業`, `退社`, `졸업`), longest first (`中途退学`
# before `退学`).
START_EVENTS = tuple(sorted(set(_every("start_events")), key=len, reverse=True))
END_EVENTS = tuple(sorted(set(_every("end_events")), key=len, reverse=True))
LINE_JOINS = frozenset(_every("line_joins"))
OPEN_ENDINGS = tuple(_every("open_endings"))


def ends_open(word: str) -> bool:
    """`Санкт-Петербургский`: a word whose noun must follow it (see open_endings)."""
    word = word.lower().strip(",;")
    return len(word) > 4 and word.endswith(OPEN_ENDINGS)


COMPANY_WORDS = frozenset(_every("company_words"))
SCHOOL_WORDS = tuple(dict.fromkeys(_every("school_words")))
ABBREVIATIONS = frozenset(_every("abbreviations"))
ENTRY_LABELS = tuple(dict.fromkeys(_every("labels")))
# `(Remote)`, `(Remoto)`, `(zdalnie)`: how a job was done, read as a place.
WORK_MODES = frozenset(_every("work_modes"))
# `Full-time`, `Sommarjobb`, `CDI`: the terms a job was held on, no name of anything.
EMPLOYMENT_TYPES = frozenset(word.lower() for word in _every("employment_types"))
PLACE_STAND_INS = frozenset(_every("place_words"))
TOWN_PREFIXES = frozenset(_every("town_prefixes"))
_OWN_ACCOUNT_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('own_account'))})(?!\w)",
    re.IGNORECASE,
)


def on_own_account(text: str) -> bool:
    """`Freelance Web Developer`, `Selbstständiger Fotograf`: a role held on one's own
    account, which no employer above it employs."""
    return _OWN_ACCOUNT_RE.search(text) is not None


# Where titles are compounds (`Berufspraktikum`), the head nouns they end with, the longest
# first; one of five letters or fewer (`leiter`'s shorter kin) is too often a word's end.
_COMPOUND_HEADS = tuple(
    sorted({w for w in _every("title_words", _COMPOUNDING) if len(w) >= 6}, key=len, reverse=True)
)


def _title_word(word: str) -> bool:
    """A title word, or a compound ending with one (`berufspraktikum`, `datenbankentwickler`)."""
    return word in TITLE_WORDS or (
        len(word) > 8 and any(word.endswith(head) for head in _COMPOUND_HEADS)
    )


# Where words are not set apart by spaces, a title or company word counts wherever it stands.
_INLINE_TITLE_WORDS = tuple(_every("title_words", _UNSPACED))
_INLINE_COMPANY_WORDS = tuple(_every("company_words", _UNSPACED))
# Where the head noun comes first (Persian, Arabic, Vietnamese), a piece's first word is its
# head noun. A word those languages borrow from one that puts it last ("Group" in a
# Vietnamese firm's English name) keeps the lender's order, or "Group Leader" would read as
# a company in every resume.
_HEAD_LAST = [words for words in _LANGUAGES.values() if not words.get("head_first", False)]
_FIRST_TITLE_WORDS = frozenset(_every("title_words", _HEAD_FIRST)) - frozenset(
    _every("title_words", _HEAD_LAST)
)
# Legal forms printed before the name in any language (`ООО Ромашка`, `ТОВ Приклад`).
_FIRST_COMPANY_WORDS = (
    frozenset(_every("company_words", _HEAD_FIRST)) - frozenset(_every("company_words", _HEAD_LAST))
) | frozenset(_every("leading_forms"))
_UNIT_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('unit_words'))})(?!\w)",
    re.IGNORECASE,
)
GRADE_RE = re.compile(rf"^(?:{'|'.join(_every('grades'))})\b|^\d(?:\.\d+)?\s*/\s*\d", re.IGNORECASE)
_LEVEL_RE = re.compile(r"^(?:i{1,3}|iv|v|\d|l\d+|level)$")


def _words(text: str) -> list[str]:
    return re.findall(r"[\w.&'-]+", text.lower())


# A qualifier in brackets after a title (`(Part time)`, `(Projektarbeit)`): the head noun
# stands before it.
_TRAILING_QUALIFIER_RE = re.compile(r"\s*\([^()]*\)\s*$")


def title_score(text: str) -> int:
    """How much `text` reads as a job title; 0 when not at all."""
    words = [word.strip(".") for word in _words(text)]
    head = [word.strip(".") for word in _words(_TRAILING_QUALIFIER_RE.sub("", text))]
    if head and len(head) < len(words) and head[-1] in TITLE_WORDS:
        words = head + [word for word in words[len(head) :] if word in TITLE_WORDS]
    while len(words) > 1 and _LEVEL_RE.match(words[-1]):
        words.pop()  # "Software Engineer II"
    score = sum(1 for word in words if _title_word(word))
    if words and _title_word(words[-1]):
        score += 2  # the head noun: "Software Engineer" is a title
    elif len(words) > 2 and words[0] in TITLE_WORDS and words[1] in HEAD_LINKS:
        # The head noun first, as Romance languages put it ("Engenheira de Software"), which
        # outweighs a company word at the end ("Acme Software").
        score += 4
    elif len(words) > 1 and words[0] in _FIRST_TITLE_WORDS:
        score += 2
    return score + sum(2 for word in _INLINE_TITLE_WORDS if word in text)


# What ends an employer's name in scripts without spaces (`公司`, `集团`, `株式会社`): where
# a title glued to the name may start. Company words inside names (`银行`, bank: `投资银行部`,
# the investment banking department) are not.
_NAME_ENDINGS = tuple(_every("name_endings"))
_FULL_BRACKETED_RE = re.compile(r"^(?P<head>[^（(]+)[（(](?P<inner>[^（）()]+)[）)]$")


def glued_company_title(text: str) -> tuple[str, str] | None:
    """`星辰网络科技有限公司高级软件工程师`, `示例银行（客户经理）`: an employer and a title
    printed with no space between, as Chinese and Japanese write words, or the title in
    brackets after the name: (employer, title), or None. The cut is after the last company
    word that a title's words, and no company's, follow."""
    text = text.strip()
    bracketed = _FULL_BRACKETED_RE.match(text)
    if bracketed:
        head, inner = bracketed["head"].strip(), bracketed["inner"].strip()
        if company_score(head) and not title_score(head) and title_score(inner):
            return (head, inner) if not company_score(inner) else None
        return None
    if " " in text:
        return None
    # A legal form that opens the name (`株式会社サンプル`) ends nothing.
    cuts = [
        match.end()
        for word in _NAME_ENDINGS
        for match in re.finditer(re.escape(word), text)
        if match.start() > 0
    ]
    for cut in sorted(set(cuts), reverse=True):
        head, tail = text[:cut], text[cut:]
        if len(tail) >= 2 and title_score(tail) and not company_score(tail):
            return head, tail
    return None


def company_score(text: str) -> int:
    """How much `text` reads as a company name; 0 when not at all."""
    words = _words(text)
    score = sum(1 for word in words if word in COMPANY_WORDS)
    if words and words[-1] in COMPANY_WORDS:
        score += 2  # "Acme Software" is a company
    elif len(words) > 1 and words[0] in _FIRST_COMPANY_WORDS:
        score += 2
    return score + sum(2 for word in _INLINE_COMPANY_WORDS if word in text)


_SCHOOL_ABBREVIATION_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('school_abbreviations'))})(?!\w)"
)
# A school word that starts a word: where a school's name may begin ("Universidad de
# Granada", "Escuela Internacional", "IES Vista Alegre").
_SCHOOL_START_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in SCHOOL_WORDS)})", re.IGNORECASE
)


SCHOOL_LINKS = tuple(dict.fromkeys(_every("school_links")))
_CERTIFICATE_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('certificate_words'))})(?!\w)",
    re.IGNORECASE,
)
# A field's label (`기간`, period; `Должность`, position) heads that field's column in a
# table of entries as well: a row of labels alone is the table's head in any language.
_COLUMN_LABELS = frozenset(label.lower() for label in _every("column_labels") + _every("labels"))
_COLUMN_GAP_RE = re.compile(r"\s{3,}|\s*[|│]\s*")


ONGOING_WORDS = tuple(dict.fromkeys(_every("ongoing_words")))
_ONGOING_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in ONGOING_WORDS)})(?!\w)",
    re.IGNORECASE,
)


def ongoing_words(text: str) -> str:
    """`In-Progress` of `PhD (In-Progress)`: the words saying studies go on, printed
    instead of a date; "" when there are none."""
    match = _ONGOING_RE.search(text)
    return match.group(0) if match else ""


_MAJOR_RE = re.compile(
    rf"^\W*(?:{'|'.join(re.escape(word) for word in _every('major_labels'))})\s*:\s*",
    re.IGNORECASE,
)
# What ends a major's value: the next label (`Minor:`), a semicolon or a bar.
_MAJOR_END_RE = re.compile(r"\s+[^\W\d_]\w{0,20}:|\s*[;|]")


def _labelled_value(label: re.Pattern[str], text: str) -> str:
    """What a line says after its label, up to the next label, a semicolon or a bar; ""
    when the line has no such label."""
    match = label.match(text)
    if match is None:
        return ""
    rest = text[match.end() :]
    end = _MAJOR_END_RE.search(rest)
    return rest[: end.start() if end else len(rest)].strip(" ,.")


def major_of(text: str) -> str:
    """`Computer Science` of `Major: Computer Science; Minor: Music`: what a labelled line
    says was studied; "" when the line has no such label."""
    return _labelled_value(_MAJOR_RE, text)


_MAJOR_LED_RE = re.compile(
    rf"^\W*(?:{'|'.join(re.escape(word) for word in _every('major_labels'))})(?:\s*:|\s+\S)",
    re.IGNORECASE,
)


def led_by_major(text: str) -> bool:
    """`spécialité physique`, `Major in Biology`, `Concentration: Finance`: a text led by a
    major's label, with a colon or without one, says what was studied, never where."""
    return bool(_MAJOR_LED_RE.match(text))


_DEGREE_LABELS = "|".join(
    re.escape(word) for word in sorted(set(_every("degree_labels")), key=len, reverse=True)
)
_DEGREE_LABEL_RE = re.compile(rf"^\W*(?:{_DEGREE_LABELS})\s*[:：]\s*(?=\S)", re.IGNORECASE)


def labelled_degree(text: str) -> str:
    """`Bachelor of Science` of `Degree: Bachelor of Science`, `Betriebswirt (VWA)` of
    `Abschluss: Betriebswirt (VWA)`: the degree a labelled line names; "" when the line has
    no such label."""
    return _labelled_value(_DEGREE_LABEL_RE, text)


_AWARD_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('award_words'))})(?!\w)",
    re.IGNORECASE,
)


def names_award(text: str) -> bool:
    """`University Award of Distinction`, `Dean's List`: an honour's name."""
    return bool(_AWARD_RE.search(text))


_COURSE_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('course_names'))})(?!\w)",
    re.IGNORECASE,
)


def names_course(text: str) -> bool:
    """`Coursera`, `TOEIC 945`, `BAFA`: an online course platform, a language test or a
    short certificate, which a resume may list with its studies."""
    return bool(_COURSE_RE.search(text))


def names_certificate(text: str) -> bool:
    """`AWS Certified Developer`, `Certificate of Completion`: a certificate's name."""
    return bool(_CERTIFICATE_RE.search(text))


def column_labels(text: str) -> bool:
    """`Degree   Institute   Year   CGPA`: a line of two column labels or more, nothing else."""
    cells = [cell.strip(" .:%()").lower() for cell in _COLUMN_GAP_RE.split(text.strip())]
    cells = [cell for cell in cells if cell]
    return len(cells) >= 2 and all(cell in _COLUMN_LABELS for cell in cells)


def is_school(text: str) -> bool:
    # Turkish capitals: `İ` lowers to `i` and a combining dot (`ÜNİVERSİTESİ`).
    lowered = text.replace("İ", "i").lower()
    return any(word in lowered for word in SCHOOL_WORDS) or bool(
        _SCHOOL_ABBREVIATION_RE.search(text)
    )


_SCHOOL_ARTICLE_RE = re.compile(
    rf"^(?:{'|'.join(re.escape(w) for w in _every('school_articles') if not w[-1].isalpha())}"
    rf"|(?:{'|'.join(re.escape(w) for w in _every('school_articles') if w[-1].isalpha())})\s+)",
    re.IGNORECASE,
)


def without_article(text: str) -> str:
    """`Université de Nordville` of `l'Université de Nordville`, `Universidad de Examplia`
    of `la Universidad de Examplia`, `ENSX` of `l’ENSX`: a school's name without the
    article a link left before it, where a school word or an acronym follows."""
    match = _SCHOOL_ARTICLE_RE.match(text)
    if match is None:
        return text
    rest = text[match.end() :]
    words = rest.split()
    first = words[0] if words else ""
    # `à l’ETNA`: an acronym names a school as its words do.
    named = 0 in school_starts(rest) or (len(first) >= 3 and first.isalpha() and first.isupper())
    return rest if named else text


def school_starts(text: str) -> list[int]:
    """Where school words start words in `text`, left to right (abbreviations as printed)."""
    found = {m.start() for m in _SCHOOL_START_RE.finditer(text)}
    found |= {m.start() for m in _SCHOOL_ABBREVIATION_RE.finditer(text)}
    return sorted(found)


# `Niederlassung Dresden`, `Sucursal Lima`: a branch word, then the town's capitalised name.
_BRANCH_RE = re.compile(
    rf"^(?:{'|'.join(re.escape(word) for word in _every('branch_words'))})\s+"
    r"[^\W\d_][\w'’.-]*(?:\s+[^\W\d_][\w'’.-]*){0,2}$",
    re.IGNORECASE,
)


def is_branch(text: str) -> bool:
    """`Niederlassung Dresden`: an employer's branch in a town, a place after its name."""
    match = _BRANCH_RE.match(text.strip())
    if not match or not text.split()[-1][:1].isupper():
        return False
    return not title_score(text.split(maxsplit=1)[1])  # "Branch Manager" is a title


_CAMPUS_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(word) for word in _every('campus_words'))})(?!\w)",
    re.IGNORECASE,
)


def alternatives_of(key: str) -> str:
    """A regex alternation of the words every language lists under `key`, longest first."""
    return "|".join(re.escape(word) for word in sorted(_every(key), key=len, reverse=True))


_alternatives = alternatives_of


# `Page 2`, `Page 2 of 3`, `2 / 3` (spaced, unlike a date's `05/2019`): a page number,
# alone in a piece of a running line.
_PAGE_RE = re.compile(
    rf"^(?:(?:{_alternatives('page_words')})\s*\d+"
    rf"(?:\s*(?:(?:{_alternatives('page_of_words')})\s|/)\s*\d+)?|\d\d?\s+/\s+\d\d?)$",
    re.IGNORECASE,
)
_UPDATED_RE = re.compile(
    rf"^(?:{_alternatives('updated_words')})\b\s*(?:on|in)?\s*:?\s*", re.IGNORECASE
)


def _detail_label_pattern(label: str) -> str:
    """A detail label's pattern: a colon after it where the data writes one, else a colon
    or a space (`Final grade 8.1`, `Field(s) of study: Physics`)."""
    if label.endswith(":"):
        return rf"{re.escape(label[:-1])}\s*[:：]"
    return rf"{re.escape(label)}(?:\s*[:：]|\s)"


_DETAIL_LABELS = sorted(set(_every("detail_labels")), key=len, reverse=True)
_DETAIL_LABEL_RE = re.compile(
    rf"^\s*(?:{'|'.join(map(_detail_label_pattern, _DETAIL_LABELS))})", re.IGNORECASE
)


# `Schlagworte: C#, .Net, WPF, SQL`: a label of one word, then a list of this many short
# items at least.
_LABELLED_LIST_RE = re.compile(r"^[^\W\d_][\w'’-]{0,24}\s*[:：]\s*(?P<items>\S.*)$")
_MIN_LIST_ITEMS = 4
_MAX_ITEM_WORDS = 3


def is_detail_label(text: str) -> bool:
    """`Address: 12 College Road`, `Final grade 8.1`, `Level in EQF EQF level 6`: a line of
    an entry's details, led by the label of one (a Europass entry's fields); or a label
    and a list of short items, whatever the label (`Schlagworte: C#, .Net, WPF, SQL`,
    `Stack: Python, Django, Postgres, Redis`)."""
    if _DETAIL_LABEL_RE.match(text):
        return True
    listed = _LABELLED_LIST_RE.match(text.strip())
    if listed is None:
        return False
    items = [item.strip() for item in re.split(r"[,;|]", listed["items"])]
    return len(items) >= _MIN_LIST_ITEMS and all(
        item and len(item.split()) <= _MAX_ITEM_WORDS for item in items
    )


def is_page_number(text: str) -> bool:
    """`Page 2 of 3`, `2 / 3`: a running header's or footer's page number."""
    return bool(_PAGE_RE.match(text.strip()))


def updated_prefix(text: str) -> int:
    """The length of a leading `Last updated:` (0 when there is none): what follows it is
    the date a running line says the document was changed."""
    match = _UPDATED_RE.match(text.strip())
    return match.end() if match else 0


def is_campus(text: str) -> bool:
    """`Lakeside campus`: the campus of the school named before it, part of its name."""
    return bool(_CAMPUS_RE.search(text))


def is_unit(text: str) -> bool:
    """A department, faculty or lab: part of a school rather than the school."""
    return bool(_UNIT_RE.search(text))


_UNSPACED_SCHOOL_RE = re.compile(
    "|".join(
        re.escape(word)
        for word in sorted(set(_every("school_words", _UNSPACED)), key=len, reverse=True)
    )
)


def unspaced_school_end(text: str) -> int | None:
    """Where a school's name ends in a language written without spaces, at its last school
    word, when more follows (`北山高等学校普通科`, `西山大学 计算机科学`: the course or the
    major studied there); None when the text is the name alone."""
    ends = [match.end() for match in _UNSPACED_SCHOOL_RE.finditer(text)]
    if not ends or not text[ends[-1] :].strip(" ()（）"):
        return None
    return ends[-1]
