"""What the words of a header piece say of its role: an employer's name (`employer_score`),
a title (`title_evidence`), or both on one line with a joiner word between them
(`title_at_company`: `Engineer at Contoso`, `Werkstudent bei Acme`); what was done rather
than who employed (`reads_as_duty`); and an employer's name without the town or the
descriptor printed after it (`without_town`, `without_city`, `employer_name`).

Kept apart from structure.roles, which reads whole headers with these scores; the joiner
words themselves are lexicon.joiners'.
"""

from __future__ import annotations

import re

from reslint.lexicon.addresses import without_address
from reslint.lexicon.country import is_city
from reslint.lexicon.entry_words import (
    LINE_JOINS,
    TOWN_PREFIXES,
    company_score,
    is_school,
    is_unit,
    title_score,
)
from reslint.lexicon.joiners import Joined, joined_cuts
from reslint.lexicon.pieces import comma_pieces, is_location


def employer_score(text: str) -> int:
    """How much `text` reads as an employer's name: company words and legal forms, a
    school (universities employ), a name led by an acronym (`NORC at …`, `IBM Research`)."""
    score = company_score(text)
    if is_school(text) and not is_unit(text):
        score += 3
    elif is_unit(text):
        score += 1
    words = text.split()
    first = re.sub(r"[^\w]", "", words[0]) if words else ""
    if len(first) >= 3 and first.isupper() and not text.isupper():
        score += 1
    return score


def title_evidence(text: str) -> int:
    """A title's words weighed against an employer's."""
    return title_score(text) - employer_score(text)


def title_at_company(text: str) -> tuple[str, str] | None:
    """`Engineer at Contoso`, `Werkstudent bei Acme`, `Desarrolladora en Acme S.L.`: the
    title and the employer a joiner word stands between (lexicon.joiners), at the first
    joiner that reads so; None when none does (`University of Texas at Austin`, `Team Lead @
    50% time`, `Ingeniero en Sistemas`)."""
    for cut in joined_cuts(text, named=True):
        if cut.loose and not (_named_employer(cut.company) or _printed_apart(cut)):
            continue  # `Ingeniero en Sistemas`: a field as often as an employer
        if cut.named and not cut.company[:1].isupper():
            continue  # `Chef de projet au sein de la DSI`: a phrase, no employer
        # `у PRODIGI (агенція digital-реклами)`: what the employer does, in brackets after
        # its name, or its address, is no part of the name the joiner must lead to.
        name = without_address(_TRAILING_BRACKET_RE.sub("", cut.company) or cut.company)
        if _reads_as_at(cut.title, name):
            return cut.title, cut.company
    return None


# What a loose joiner needs after it: an employer's name of a few words that its words
# name as one (`Lumbre Digital S.L.`, `Universidad de Granada`); a field's one word
# (`Sistemas`, also a company word: `Acme Sistemas`) does not.
_LOOSE_EMPLOYER_SCORE = 3


_TRAILING_BRACKET_RE = re.compile(r"\s*\([^()]*\)\s*$")
# A word in capitals this long after a loose joiner is a name (`у PRODIGI`), not a field
# or a field's short form (`Licenciado en ADE`).
_MIN_CAPITALS_NAME = 4
_LATIN_RE = re.compile(r"[A-Za-z]")


def _printed_apart(cut: Joined) -> bool:
    """`Контент-редактор у PRODIGI`, `Рекрутер у ControlPay`: after a loose joiner, a name
    printed as no field is: in capitals, or in Latin letters after a title in another
    script."""
    words = cut.company.split()
    if not words:
        return False
    letters = [char for char in words[0] if char.isalpha()]
    if len(letters) >= _MIN_CAPITALS_NAME and all(char.isupper() for char in letters):
        return True
    return (
        words[0][:1].isupper()
        and bool(_LATIN_RE.match(words[0]))
        and not _LATIN_RE.search(cut.title)
    )


def _named_employer(text: str) -> bool:
    return len(text.split()) >= 2 and employer_score(text) >= _LOOSE_EMPLOYER_SCORE


# `Lifeguard at Bayside Pools`: a role without title words before a named employer, at
# most this many words (a sentence with `at` in it runs longer).
_MAX_AT_TITLE_WORDS = 8
_MAX_AT_COMPANY_WORDS = 6
# Small words a name keeps in lower case (`Bank of Ireland`, `Casa de Campo`): the words
# that join a line's words in entry_words.toml.
NAME_JOINERS = LINE_JOINS | {"&"}


def _reads_as_at(title: str, company: str) -> bool:
    """`Title at Company`: title words before `at`, or a short role before a name printed
    as one (capitalised words) that reads as no title itself. A place after `at` (`Nurse
    at Springfield, IL`) or a share of time (`Team Lead @ 50% time`) names no employer."""
    if not re.search(r"[^\W\d_]", company) or re.match(r"\d+(?:[.,]\d+)?\s*%", company):
        return False
    if is_location(company) and employer_score(company) <= 0:
        return False
    if title_score(title):
        return True
    words = company.strip(" .").split()
    if not words or len(words) > _MAX_AT_COMPANY_WORDS or len(title.split()) > _MAX_AT_TITLE_WORDS:
        return False
    named = all(w[:1].isupper() or w[:1].isdigit() or w.lower() in NAME_JOINERS for w in words)
    return (
        named and words[0][:1].isupper() and employer_score(title) <= 0 and not title_score(company)
    )


def _capital(word: str) -> bool:
    """Whether a word starts as a name does: a capital, a digit, or a letter of a script
    with no case (`애드원`, `星辰科技`), where every word starts alike."""
    first = word[:1]
    return (
        first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper())
    )


def printed_as_name(text: str) -> bool:
    """`T-Systems Iberia`, `Acme Sistemas S.L.`: capitalised words (and the small words
    names keep), or an employer's words; not a sentence (`Developed new features for`)."""
    words = text.split()
    named = all(_capital(w) or w.lower() in NAME_JOINERS for w in words)
    return bool(words) and _capital(words[0]) and (named or employer_score(text) > 0)


# A town's one capitalised word (`Dresden`), as printed after an employer.
TOWN_RE = re.compile(r"^[A-ZÀ-Ý][\w'’./-]+$")


def is_town(text: str) -> bool:
    """`Dresden`, or two words led by one that starts town names (`Bad Ischl`, `St.
    Valentin`, `San Mateo`), as printed after an employer; no employer's words."""
    words = text.split()
    if len(words) == 2 and words[0] in TOWN_PREFIXES:
        return bool(TOWN_RE.match(words[1])) and employer_score(text) <= 0
    return bool(TOWN_RE.match(text))


def employer_name(text: str) -> str:
    """An employer's name without the place or descriptor in brackets after it (`Acme
    (compulsory service)`, `Acme (Remote)`), or its postal address (`Hotel Mercurio Via
    Hermada 2 21047 Saronno`); an abbreviation of the name stays (`(KWFT)`)."""
    text = without_address(text)
    match = re.search(r"\s*\(([^()]*)\)\s*$", text)
    if match is None:
        return text
    inside = match.group(1).strip()
    if inside.isupper() and " " not in inside and len(inside) <= 8:
        return text
    return text[: match.start()].strip() or text


def without_town(text: str) -> str:
    """`Acme GbR, Dresden`, `Acme Labs, Tucson, AZ`: the name without the place after it."""
    parts = comma_pieces(text)
    while len(parts) > 1 and (
        is_location(parts[-1]) or (is_town(parts[-1]) and not employer_score(parts[-1]))
    ):
        parts.pop()
    if len(parts) == len(comma_pieces(text)):
        return text
    joined = ", ".join(parts)
    return joined if joined in text else parts[0]


def without_city(text: str) -> str:
    """`Acme Sport Rotterdam`: an employer's name with a big city after it, no comma between;
    a school (`Universität Hamburg`), a joined city (`Bank of London`) or a municipality
    (`Gemeente Rotterdam`) keeps it."""
    words = text.split()
    if len(words) < 2 or not is_city(words[-1]) or words[-2].lower() in NAME_JOINERS:
        return text
    rest = " ".join(words[:-1])
    if is_school(text) or (len(words) == 2 and company_score(rest)):
        return text
    return rest


# A duty written as a sentence runs this many words at least.
MIN_DUTY_WORDS = 4
# A phrase of this many words in lower case after its first is written as a sentence.
_SENTENCE_LOWER_WORDS = 2


def reads_as_duty(text: str) -> bool:
    """`Prepared espresso drinks for regulars`: a phrase in sentence case (its words after
    the first in lower case, but for the small words names keep) that no title's word
    names: what was done, not who employed (`Effectively communicated services` has a
    company word, in a sentence)."""
    words = text.split()
    lower = [w for w in words[1:] if w[:1].islower() and w.lower() not in NAME_JOINERS]
    return len(lower) >= _SENTENCE_LOWER_WORDS and title_score(text) <= 0


_SHORT_NAME_RE = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$")
_SHORT_NAME_LETTERS = 3


def short_name(text: str) -> bool:
    """`CEREA`, `LaBRI`: one word of mostly capitals that reads as no title and no place,
    as an organisation shortens its name before writing it in full."""
    capitals = sum(ch.isupper() for ch in text)
    return (
        len(text) >= _SHORT_NAME_LETTERS
        and bool(_SHORT_NAME_RE.match(text))
        and 2 * capitals >= len(text)
        and title_score(text) <= 0
        and not is_location(text)
    )
