"""Degrees: where a text names one, and the degree proper told from the field of study.

It owns `DEGREE_RE` (any degree name or abbreviation of any language) and `split_degree`,
which cuts "Ph.D. in Statistics" into the degree "Ph.D." and the field "Statistics". The
names, abbreviations and the words around them are data, per language, in
data/degrees.toml, read once at import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from reslint.lexicon.data_files import load_words


def _load_languages() -> dict[str, dict[str, Any]]:
    return load_words("degrees")


_LANGUAGES = _load_languages()


def _every(key: str, spaced: bool | None = None) -> list[str]:
    return list(
        dict.fromkeys(
            word
            for words in _LANGUAGES.values()
            if spaced is None or words.get("spaced", True) == spaced
            for word in words.get(key, [])
        )
    )


def _name_pattern(name: str) -> str:
    """A written-out name, also as the head of a compound (`Diplom-Informatiker`)."""
    return r"\s+".join(re.escape(word) for word in name.split()) + r"(?:-[^\W\d_]+)*"


_SHORT_ABBREVIATION = 2


def _abbreviation_pattern(written: str) -> str:
    """`B.Sc.` finds BSc, B.Sc, B. Sc. and B.Sc.: every dot optional, a space after one. Two
    letters (`B.A.`, `M.S.`) only in capitals: `ma`, `ba`, `ms` are words of prose in some
    language (Italian "ma", Polish "ma") and `Ms.` is a form of address."""
    parts = [re.escape(part) for part in written.split(".") if part]
    pattern = r"(?:\.\s?)?".join(parts)
    pattern = pattern + r"\.?" if written.endswith(".") else pattern
    if sum(ch.isalpha() for ch in written) <= _SHORT_ABBREVIATION:
        return f"(?-i:{pattern})"
    return pattern


def _exact_pattern(written: str) -> str:
    """As written, case included, the last dot optional."""
    stem = written[:-1] if written.endswith(".") else written
    return "(?-i:" + re.escape(stem) + (r"\.?" if written.endswith(".") else "") + ")"


def _longest_first(patterns: list[str]) -> str:
    return "|".join(sorted(dict.fromkeys(patterns), key=len, reverse=True))


_WHOLE = frozenset(_every("whole"))
_GENERIC = frozenset(_every("generic"))
# Abbreviations a track's acronym follows as part of the name ("CPGE BL", "BTS SIO").
_TRACKED = frozenset(
    word.lower()
    for words in _LANGUAGES.values()
    if words.get("acronym_tracks", False)
    for word in words.get("exact", [])
)
_TRACK_RE = re.compile(r"\s+([A-Z]{2,5})(?![\w.])")
# Whole names that keep the words printed right after them with no link, where their
# language runs a name on so (not German: "Studium Elektrotechnik" is a study and its field).
_RUNS_ON = frozenset(
    word
    for words in _LANGUAGES.values()
    if words.get("whole_runs_on", True)
    for word in words.get("whole", [])
)
_NAMES = [*_every("names", spaced=True), *_WHOLE]
_SPACED = _longest_first(
    [_name_pattern(name) for name in _NAMES]
    + [_abbreviation_pattern(a) for a in _every("abbreviations")]
    + [_exact_pattern(a) for a in _every("exact")]
)
_UNSPACED = _longest_first([re.escape(name) for name in _every("names", spaced=False)])
# Words printed before a degree's name that belong to it: "Executive MBA", "Honours
# Bachelor of Science", "Integrated M.Tech".
_PREFIX = rf"(?:(?:{_longest_first([re.escape(w) for w in _every('prefixes')])})\s+)?"
DEGREE_RE = re.compile(rf"(?<!\w){_PREFIX}(?:{_SPACED})(?!\w)|{_UNSPACED}", re.IGNORECASE)
_WRITTEN_OUT_RE = re.compile(
    rf"{_PREFIX}(?:{_longest_first([_name_pattern(name) for name in _NAMES])})", re.IGNORECASE
)
_NOT_AFTER_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in _every('not_after'))})\s+$", re.IGNORECASE
)
# A field link, or a name link after an abbreviation ("MA of Translation Studies").
_LINKS = _longest_first([re.escape(w) for w in _every("field_links") + _every("name_links")])
_LEAD_LINK_RE = re.compile(
    rf"^\s*(?:{_LINKS})"
    r"(?:(?<=['’])|(?!\w))\s*",  # an elided link ("d'Économie") runs into its word
    re.IGNORECASE,
)
_NAME_LINKS = frozenset(word.lower() for word in _every("name_links"))
_HONOURS = frozenset(word.lower() for word in _every("honours"))
# What ends a written-out name that ran on over a name link: a field link, punctuation, a
# spaced dash.
_NAME_END_RE = re.compile(
    rf"\s+(?:{'|'.join(re.escape(w) for w in _every('field_links'))})(?!\w)|\s*[,;:(/–—]|\s+-\s"
    r"|\s+-(?=\w)|$",
    re.IGNORECASE,
)
# The subject a name link leads to (`of Science`, `of Arts`).
_SUBJECT_RE = re.compile(
    rf"\s*(?:{_longest_first([re.escape(w) for w in _every('name_subjects')]) or '(?!)'})(?!\w)",
    re.IGNORECASE,
)
_NEXT_WORD_RE = re.compile(r"\s+([^\W\d_][\w-]*)")
_BRACKET_RE = re.compile(r"\s*\(([^()]*)\)")
_HONOURS_RE = re.compile(
    rf"\s*(?:hons?\.?|{'|'.join(re.escape(word) for word in _every('honours'))})(?![\w.,/])",
    re.IGNORECASE,
)
# A second degree joined to one (`BSc & MSc`, `Laurea Triennale e Magistrale`), after the
# first one's bracket if it has one (`B.Tech (Mech.) & M.Tech`): the joins are data.
_JOIN_RE = re.compile(
    r"(\s*\([^()]*\))?(?:\s*[&+]\s*|\s+(?:"
    rf"{'|'.join(re.escape(w) for w in _every('joins') if w not in _every('field_links'))})"
    r"\s+)",
    re.IGNORECASE,
)
_HONOURS_WORD_RE = re.compile(
    rf"(?:{'|'.join(re.escape(word) for word in _every('honours') if word[:1].isalpha())})"
    r"(?![\w.,/])",
    re.IGNORECASE,
)
_SEPARATORS = " \t,;:–—-/|·•"
# Qualifiers of a degree that are not its field: grades and honours (`Note 1,7`, `mention
# Bien`, `Voto 110/110`, `Promedio 8,5`, `Média 16`).
_NOT_FIELD_RE = re.compile(
    r"^(?:graduat|gpa|cgpa|grade|nota|mention\s|(?:note|moyenne|voto|media|média|promedio|"
    r"calificación|durchschnitt|abschlussnote)\s*:?\s*\d|cum laude|magna|summa|"
    r"with (?:high )?(?:distinction|honou?rs)|first class|honou?rs|\d)",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DegreeSplit:
    """An education entry's degree text cut into the degree proper and its field."""

    degree: str
    field: str = ""


def find_degrees(text: str) -> list[re.Match[str]]:
    """The degree names in `text`, left to right ("driving licence" is none)."""
    return [m for m in DEGREE_RE.finditer(text) if not _NOT_AFTER_RE.search(text[: m.start()])]


def names_degree(text: str) -> bool:
    return bool(find_degrees(text))


_FIELD_RE = re.compile(
    rf"(?<!\w)(?:{_longest_first([re.escape(word) for word in _every('fields')])})(?!\w)",
    re.IGNORECASE,
)


def names_field(text: str) -> bool:
    """`Applied Mathematics`: a text naming a field of study."""
    return bool(_FIELD_RE.search(text))


_FIELD_LINK_WORD_RE = re.compile(
    rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in _every('field_links'))})\s", re.IGNORECASE
)


def has_field_link(text: str) -> bool:
    """`Minor in Music` names a field; `Acme Tech` does not."""
    return bool(_FIELD_LINK_WORD_RE.search(text))


def _abbreviation_like(text: str) -> bool:
    """`MSc`, `ALM`, `MSc. DIC`, `PWGC`: every word has two capitals or more."""
    words = text.replace(".", " ").split()
    return bool(words) and all(sum(ch.isupper() for ch in word) >= 2 for word in words)


def _degree_end(text: str, match: re.Match[str]) -> int:
    """Where the degree that starts at `match` ends: over a name link and its words, an
    's, a following name, a bracketed abbreviation, an honours word."""
    end = match.end()
    written_out = bool(_WRITTEN_OUT_RE.fullmatch(match.group(0)))
    while True:
        rest = text[end:]
        possessive = re.match(r"['’][sS](?!\w)", rest)
        if possessive:
            end += possessive.end()
            continue
        following = DEGREE_RE.match(rest.lstrip())
        if following and written_out and not rest.lstrip().startswith("("):
            end += len(rest) - len(rest.lstrip()) + following.end()
            continue
        word = re.match(r"\s+(\w+)", rest)
        if written_out and word and word.group(1).lower() in _NAME_LINKS:
            stop = _NAME_END_RE.search(rest, word.end())
            subject = _field_after_subject(text, rest, word.end())
            if subject and (stop is None or subject < stop.start()):
                # "Master of Science Mechatronik": the field follows the name's subject.
                end += subject
                written_out = False
                continue
            end += stop.start() if stop else len(rest)
            written_out = False  # one run of name words
            continue
        bracket = _BRACKET_RE.match(rest)
        if bracket and (
            names_degree(bracket.group(1))
            or _abbreviation_like(bracket.group(1))
            or bracket.group(1).strip(" .").lower() in _HONOURS
        ):
            end += bracket.end()
            continue
        honours = _HONOURS_RE.match(rest)
        if honours:
            end += honours.end()
            continue
        track = _TRACK_RE.match(rest)
        if (
            track
            and match.group(0).lower() in _TRACKED
            and end == match.end()
            and not text.isupper()
            and not DEGREE_RE.fullmatch(track.group(1))
        ):
            end += track.end()  # "CPGE BL", "BTS SIO": the track's acronym
            continue
        joined = _joined_degree(rest)
        if joined:
            end += joined
            continue
        return end


def _field_after_subject(text: str, rest: str, at: int) -> int:
    """Where the subject of a written-out name ends (`Science` of `Master of Science`) when a
    field printed with no link follows it, capitalised, as German and Dutch resumes print it
    (`Master of Science Mechatronik`); 0 when none does: a link, an honours word or another
    degree's name goes on with the name, and a text in capitals shows no field apart."""
    subject = _SUBJECT_RE.match(rest, at)
    if subject is None or text.isupper():
        return 0
    after = rest[subject.end() :]
    word = _NEXT_WORD_RE.match(after)
    if word is None or not word.group(1)[0].isupper():
        return 0
    if word.group(1).lower() in _HONOURS or DEGREE_RE.match(after.lstrip()):
        return 0
    return subject.end()


def _joined_degree(rest: str) -> int:
    """How far a second degree joined to the one before runs (`B.Tech (Mech.) & M.Tech
    (Thermal Eng.)`, `Laurea Triennale e Magistrale`, `BSc and MSc`): one printed degree of
    a joint programme, its brackets included; 0 when no degree is joined."""
    join = _JOIN_RE.match(rest)
    if join is None:
        return 0
    after = rest[join.end() :]
    honours = _HONOURS_WORD_RE.match(after)
    if honours:
        return join.end() + honours.end()
    following = DEGREE_RE.match(after)
    if following is None or _NOT_AFTER_RE.search(rest[: join.end()]):
        return 0
    end = join.end() + _degree_end(after, following)
    bracket = _BRACKET_RE.match(rest[end:])
    if join.group(1) and bracket:
        end += bracket.end()  # each degree with its bracket, as the first was printed
    return end


def _field_of(rest: str) -> str:
    """The field of study in what follows a degree: `in Statistics`, `, Geography`,
    `(Accounting)`, without grades and honours."""
    rest = rest.strip(_SEPARATORS)
    rest = _LEAD_LINK_RE.sub("", rest, count=1)
    bracket = re.match(r"^\(([^()]*)\)", rest)
    if bracket:
        rest = bracket.group(1) + rest[bracket.end() :]
    parts = [part.strip(_SEPARATORS) for part in re.split(r",|\s[–—]\s|\s-\s", rest)]
    kept = [part for part in parts if part and not _NOT_FIELD_RE.match(part)]
    field = ", ".join(kept).strip(_SEPARATORS)
    return field[1:] if field.startswith("(") and ")" not in field else field


def leading_degree(text: str) -> str | None:
    """The degree a text starts with, if it starts with one: `Ph.D.` of `Ph.D. University of
    Arizona`, `Master of Science (MSc)` of `Master of Science (MSc) Acme University`."""
    match = DEGREE_RE.match(text.lstrip())
    if match is None or _NOT_AFTER_RE.search(text[: match.start()]):
        return None
    offset = len(text) - len(text.lstrip())
    return text[: offset + _degree_end(text.lstrip(), match)].strip()


_PREFIX_RE = re.compile(_PREFIX, re.IGNORECASE)
# A word right after a name, no separator between: a name that goes on.
_RUN_ON_RE = re.compile(r"\s+[^\W\d_]")


def _bare(name: str) -> str:
    """A degree's name without the prefix it was printed with, lower-case."""
    return name[_PREFIX_RE.match(name).end() :].lower()  # type: ignore[union-attr]


def split_degree(text: str) -> DegreeSplit:
    """`Ph.D. in Statistics` -> Ph.D. + Statistics; `Master of Science (MSc) in Genetics` ->
    Master of Science (MSc) + Genetics; `Computer Science Master` -> Master + Computer
    Science. Certificates keep their name whole; text naming no degree is all degree."""
    text = text.strip()
    matches = find_degrees(text)
    if not matches:
        return DegreeSplit(text)
    chosen = matches[0]
    if text[: chosen.start()].strip(_SEPARATORS):
        # Not at the start: a degree printed after its field ends the text.
        at_end = [m for m in matches if not text[_degree_end(text, m) :].strip(_SEPARATORS)]
        chosen = at_end[-1] if at_end else chosen
    end = _degree_end(text, chosen)
    before = text[: chosen.start()].strip(_SEPARATORS)
    rest = text[end:]
    bare = _bare(chosen.group(0))
    if (bare in _WHOLE and _LEAD_LINK_RE.match(rest)) or (
        bare in _RUNS_ON and _RUN_ON_RE.match(rest)
    ):
        # "Graduate Certificate in College Teaching, GPA 4.0", "Studium der Informatik",
        # "Diploma Ragioniere Commerciale": the name runs to a comma.
        stop = re.search(r",|\s[–—]\s|\s-\s", rest)
        cut = stop.start() if stop else len(rest)
        return DegreeSplit(text[:end] + rest[:cut].rstrip(), _field_of(rest[cut:]))
    if _bare(chosen.group(0)) in _WHOLE and before:
        return DegreeSplit(text[:end].strip(), _field_of(rest))  # "Graduate Certificate"
    printed_before = text[: chosen.start()]
    if (
        bare in _GENERIC
        and before
        and printed_before.rstrip() == printed_before.rstrip(_SEPARATORS)
    ):
        # "Engineering Degree": the words before the generic noun are the degree's name.
        return DegreeSplit(text[:end].strip(), _field_of(rest))
    if not rest.strip(_SEPARATORS) and before:
        return DegreeSplit(text[chosen.start() : end], before)
    if rest.strip(_SEPARATORS) in (")", "）") and before.endswith(("(", "（")):
        # "Computer Science (B.S.)", "软件工程（本科）": the degree in brackets after what
        # was studied (Chinese and Japanese print full-width brackets).
        return DegreeSplit(text[chosen.start() : end], before[:-1].strip(_SEPARATORS))
    start = 0 if _kind_acronym(before, text) else chosen.start()
    return DegreeSplit(text[start:end].strip(), _field_of(rest))


_MIN_ACRONYM = 3


def _kind_acronym(before: str, text: str) -> bool:
    """`BHS Matura`, `AHS Matura`: an acronym alone before a degree names the kind of
    school that awards it, part of the degree's name (`Physics Master` names a field), in
    a text not all in capitals, where every word looks like one."""
    letters = before.replace("-", "")
    return (
        " " not in before
        and len(letters) >= _MIN_ACRONYM
        and letters.isalpha()
        and letters.isupper()
        and not text.isupper()
    )
