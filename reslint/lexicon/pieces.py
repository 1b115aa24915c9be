"""Entry header lines cut into pieces: dates, locations, links and the words left over.

A header line such as `Nexus AI, Co-Founder & CTO – San Francisco, CA   June 2023 – present`
holds several facts. Dates come out first, then the text is cut at strong
separators (wide gaps, `|`, `•`, spaced dashes) and, within a piece, at
commas; locations (`City, ST`, `City, Country`, `Remote`), URLs and durations
(`2 yrs 3 mos`) are recognised and set aside. Only the text is read here: which lines are
entry headers is structure's call (structure.entries).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reslint.lexicon.country import is_city, is_country, is_region
from reslint.lexicon.date_vocabulary import DURATION_WORDS, EXPECTED_WORDS, FROM_WORDS
from reslint.lexicon.date_vocabulary import alternatives as _alternatives
from reslint.lexicon.dates import (
    DASHES,
    PRESENT_PATTERN,
    PRESENT_WORDS,
    SINCE_WORDS,
    DateMatch,
    find_dates,
)
from reslint.lexicon.degrees import names_degree
from reslint.lexicon.entry_words import (
    ABBREVIATIONS,
    EMPLOYMENT_TYPES,
    END_EVENTS,
    ENTRY_LABELS,
    HEAD_LINKS,
    ONGOING_WORDS,
    PLACE_STAND_INS,
    START_EVENTS,
    TITLE_RANKS,
    TITLE_WORDS,
    WORK_MODES,
    company_score,
    glued_company_title,
    is_branch,
    is_school,
    title_score,
)
from reslint.model import DateRange, DateValue, Line

# The reader joins parts of a line that stood far apart with three spaces.
# A glyph standing for an icon: a font's unmapped glyph code or a private-use character
# (Font Awesome and the like), printed before contact details, dates and bullets.
ICON_GLYPH = r"\(cid:\d+\)|[\ue000-\uf8ff]"
# Dashes as typeset: en and em dash, figure and horizontal bar, the Unicode hyphens
# (U+2010, U+2011) and minus.
# An em or en dash spaced on one side only still parts two words (`Acme —Sales
# Representative`, `Sales Representative– Springfield`): no word is written with one. A
# dash touching a closing bracket and spaced after parts them too (`(CPA)– Acme Board`).
# So does a hyphen spaced before and touching the word after (`Acme LLC -Delivery
# Driver`): a word's hyphen has no space before it; one with a space after it only may
# be a suspended one (`Pre- and Post-Sales`).
STRONG_SEPARATOR_RE = re.compile(
    r"\s{3,}|\t+|\s*\|\s*|\s+[•·▪]\s+|\s+[–—‒―‐‑−]\s+|\s+-\s+"
    r"|(?<=\s)[—–-](?=[^\W\d_])|(?:(?<=[^\W\d_])|(?<=[)\]]))[—–](?=\s)"
)
COMMA_RE = re.compile(r"\s*[,;，、]\s*")
# Brackets, ASCII and the full-width ones of CJK text (`示例公司（2018年7月～至今）`).
_BRACKETS = (("(", ")"), ("[", "]"), ("（", "）"), ("［", "］"))
_STRIP = " \t|,;·•:/()[]（）［］" + DASHES
# Years and months as resumes and LinkedIn write a duration: `2 yrs 3 mos`, `4 años 1 mes`,
# `1 an 2 mois`, `3 Jahre`, `2 года 3 мес.`, `3년 5개월`; the units are in date_words.toml.
DURATION_UNITS = "|".join(map(re.escape, sorted(DURATION_WORDS, key=len, reverse=True)))
# A unit ends where no letter follows: `3年5个月` runs on without spaces.
DURATION_RE = re.compile(
    rf"\(?\s*(?:\d+\+?\s*(?:{DURATION_UNITS})(?![^\W\d_])\.?\s*)+\)?",
    re.IGNORECASE,
)
URL_RE = re.compile(r"^(?:https?://|www\.)\S+$|^\S+\.(?:com|org|net|io|dev|me|inc|edu)/?\S*$")
# Words that introduce or qualify a date and go with it: `graduated 2016`, `May 2026 (expected)`.
# The "since" words of every language lead a date too (`seit 03/2021`, `desde (de) 2019`).
_SINCE = "|".join(re.escape(word) for word in sorted(SINCE_WORDS, key=len, reverse=True))
# `expected`, `voraussichtlich`, `prévu`: date_words.toml's words for a date still to come.
_EXPECTED = _alternatives(EXPECTED_WORDS)
DATE_PREFIX_RE = re.compile(
    rf"(?:(?<!\w)(?:graduated|graduating|graduation|{_EXPECTED}|class of|"
    rf"completed|{_alternatives(FROM_WORDS)}|(?:{_SINCE})(?:\s+de)?)\s*:?\s*)$",
    re.IGNORECASE,
)
DATE_SUFFIX_RE = re.compile(rf"^\s*\(?\s*(?:{_EXPECTED})\s*\)?", re.IGNORECASE)
# A field's label before its value (`Período: abril de 2011`, `Stanowisko: Tester IT`,
# `地点：上海`), in the languages of entry_words.toml. Japanese and Chinese resumes set a
# label in brackets instead of before a colon (`【役割】 iOSプログラマ`, `[期間] 2016年04月`).
_LABELS = "|".join(re.escape(label) for label in sorted(ENTRY_LABELS, key=len, reverse=True))
LABEL_RE = re.compile(
    rf"^(?:(?:{_LABELS})\s*[:：]|[【\[［〔]\s*(?:{_LABELS})\s*[】\]］〕]:?)\s*",
    re.IGNORECASE,
)
# A one-word label opening a line (`Project:`, `Client:`, `Tätigkeiten:`); a longer text
# before a colon may be a name.
WORD_LABEL_RE = re.compile(r"^[^\W\d_][\w'’-]{0,20}:\s*\S")
# A word in full-width brackets opening a line (`【概要】`, `【使用技術】`): a label. One that
# is not an entry's label says what a line of the entry's details is about.
BRACKET_LABEL_RE = re.compile(r"^[【［〔]\s*[^】］〕\s]{1,12}\s*[】］〕]")
# Placeholders and words that stand for a place (`City`, `Various Locations`); how a job
# was done (`Remote`, `Remoto`) stands where the place does.
PLACE_WORDS = PLACE_STAND_INS | WORK_MODES
_PLACE_NAME_RE = re.compile(r"^[^\W\d_][\w.'’-]*(?:\s+[^\W\d_][\w.'’-]*){0,3}$")
_STATE_RE = re.compile(r"^[A-Z]{2}(?:\s+\d{5})?$")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _has_acronym(text: str) -> bool:
    """A word of three capitals or more (`TÜBİTAK`, `ODTU`), as organisations abbreviate."""
    return any(len(word) >= 3 and word.isupper() for word in _WORD_RE.findall(text))


_DASH = f"[{re.escape(DASHES)}]+"
# Placeholder dates left in templates: `year–year`, `Month 20XX – Ongoing`, `año–año`.
_PLACEHOLDER_TOKEN = r"(?:(?:month|mes|mm)\s+)?(?:year|yyyy|20xx|19xx|año|年|xxxx)"
_PLACEHOLDER_END = rf"(?:{_PLACEHOLDER_TOKEN}|{PRESENT_PATTERN}|ongoing)"
_PRESENT = frozenset((*PRESENT_WORDS, "ongoing"))
PLACEHOLDER_RANGE_RE = re.compile(
    rf"(?<!\w){_PLACEHOLDER_TOKEN}\s*{_DASH}\s*{_PLACEHOLDER_END}(?!\w)", re.IGNORECASE
)
# `2022–` or `07/'22 -` with nothing after the dash but the line's end or a wide gap: a range
# left open, the way date columns print a post still held. A dash followed by words in the
# same run (`2019 - Acme`) separates, it does not open a range.
_OPEN_RANGE_RE = re.compile(rf"\s?{_DASH}(?=\s{{3,}}|\s*$|\s*\|)")


@dataclass(frozen=True, slots=True)
class Dated:
    """A line's date range (real or placeholder) and the line text without it."""

    dates: DateRange | None
    rest: str
    placeholder: bool = False
    at_edge: bool = False


def cut_dates(line: Line) -> Dated:
    """Find the line's date range (preferring a full range) and cut it out of the text."""
    text = line.text
    matches = find_dates(text, line)
    ranges = [m for m in matches if m.range.end is not None] or matches
    if ranges:
        chosen = _covering(ranges)
        chosen_range, chosen_end = chosen.range, chosen.end
        opened = _OPEN_RANGE_RE.match(text, chosen_end)
        if chosen_range.end is None and chosen_range.start is not None and opened:
            # Joining lines (structure.broken_ranges.join_dangling_ranges) has already taken
            # an end printed on the next line, so a dash still dangling means "to now".
            now = DateValue(None, present=True, raw="", style="present")
            raw = text[chosen.start : opened.end()]
            chosen_range = replace(chosen_range, end=now, raw=raw)
            chosen_end = opened.end()
        before = DATE_PREFIX_RE.sub("", text[: chosen.start])
        after = DATE_SUFFIX_RE.sub("", text[chosen_end:])
        rest = before + "   " + after
        tail = DURATION_RE.sub("", text[chosen_end:]).strip(_STRIP + ".")
        at_edge = not text[: chosen.start].strip(_STRIP) or not tail
        return Dated(chosen_range, _tidy(DURATION_RE.sub("   ", rest)), at_edge=at_edge)
    placeholder = PLACEHOLDER_RANGE_RE.search(text)
    if placeholder:
        raw = placeholder.group(0)
        end_word = re.split(_DASH, raw)[-1].strip().lower()
        end = DateValue(None, present=True, raw=end_word) if end_word in _PRESENT else None
        rest = text[: placeholder.start()] + "   " + text[placeholder.end() :]
        return Dated(DateRange(None, end, raw, line), _tidy(rest), placeholder=True)
    return Dated(None, text)


def _bounds(match: DateMatch) -> tuple[int, int] | None:
    start, end = match.range.start, match.range.end
    if start is None or end is None or start.year is None:
        return None
    # An end still going on is later than any printed date.
    last = 10**6 if end.present else (end.year or 0) * 12 + (end.month or 12) - 1
    return start.year * 12 + (start.month or 1) - 1, last


def _covering(ranges: list[DateMatch]) -> DateMatch:
    """The first range, unless a later one spans every range of the line: `Group Leader
    2011–2012, Counselor 2008–2011   2008–2012` names roles inside the entry's own range,
    and the range that holds them all is the entry's."""
    bounds = [bound for bound in map(_bounds, ranges) if bound is not None]
    if len(ranges) < 2 or len(bounds) < len(ranges):
        return ranges[0]
    for match, (low, high) in zip(ranges, bounds, strict=True):
        if all(low <= start and end <= high for start, end in bounds):
            return match
    return ranges[0]


def _tidy(text: str) -> str:
    text = LABEL_RE.sub("", text.strip())
    text = re.sub(r"\b(?:date|dates|fecha)\s*:\s*(?=\s{3}|$)", "", text, flags=re.IGNORECASE)
    return _closed(text, _trim(text))


_QUALIFIER_RE = re.compile(
    rf"^(?:(?:{_EXPECTED}|graduat\w*|class of|completed|since|from|date|dates)"
    r"\s*:?\s*)+$",
    re.IGNORECASE,
)


def is_date_qualifier(text: str) -> bool:
    """`Expected graduation date`: words that qualify a date cut out of the text."""
    return bool(_QUALIFIER_RE.match(text.strip()))


# The words saying a date is when studies end or ended: `Expected graduation:`,
# `Graduating`, `Class of` (not `since` or `from`, which lead a start).
_ENDING_RE = re.compile(
    rf"(?:(?:{_EXPECTED}|graduat\w*|class of|completed|date)\s*:?\s*)+", re.IGNORECASE
)


def is_graduation_note(text: str) -> bool:
    """`Expected Graduation: May 2029`, `Graduating 2026`: a line of one date and the words
    saying it is when the studies end, printed under the entry's own range: the end still
    to come, no entry of its own."""
    matches = find_dates(text)
    if len(matches) != 1 or matches[0].range.end is not None:
        return False
    match = matches[0]
    rest = (text[: match.start] + " " + text[match.end :]).strip(" ()[]:,.–-")
    return bool(rest) and bool(_ENDING_RE.fullmatch(rest))


def is_duration(text: str) -> bool:
    return bool(DURATION_RE.fullmatch(text.strip()))


_STATUS_WORDS = frozenset(word.lower() for word in (*ONGOING_WORDS, *START_EVENTS, *END_EVENTS))


def is_employment_type(text: str) -> bool:
    """`Full-time`, `(Part-time)`, `Sommarjobb`, `CDD`: the terms a job was held on, printed
    as a piece of the header; no title and no employer."""
    return text.strip(_STRIP + ".()").lower() in EMPLOYMENT_TYPES


def is_status(text: str) -> bool:
    """`재학중` (still enrolled), `졸업` (graduated), `(in progress)`, `退社` (left): what a
    date says of an entry, printed as a piece of its own; no school, degree or title."""
    return text.strip(_STRIP + ".").lower() in _STATUS_WORDS


_BRACKETED_RE = re.compile(r"\(\s*[^()]*\)")


def is_bracketed(text: str) -> bool:
    """The whole of `text` stands in brackets (`(Earthwork & Roads)`), unlike a name that
    only opens with a bracketed legal form (`(주)예시소프트`)."""
    return bool(_BRACKETED_RE.fullmatch(text.strip()))


def is_url(text: str) -> bool:
    return bool(URL_RE.match(text.strip().lower()))


# `Galatina (LE)`, `Lille (59)`: a town and its province's or department's code.
_TOWN_AND_CODE_RE = re.compile(
    r"^[^\W\d_][\w'’.-]*(?:[\s-][^\W\d_][\w'’.-]*){0,2}\s*\((?:[A-Z]{2}|\d{2,3})\)$"
)


def is_location(text: str) -> bool:
    """`San Francisco, CA`, `London, UK`, `Istanbul, Türkiye`, `Spain`, `Remote`, `City`,
    `Galatina (LE)`."""
    text = LABEL_RE.sub("", text.strip()).strip(" .")
    if _TOWN_AND_CODE_RE.match(text) and not (is_school(text) or company_score(text)):
        return True  # not `Istituto Moravia (CT)`, `Syracuse University (SU)`
    lowered = text.lower()
    if lowered in PLACE_WORDS or lowered.startswith("remote"):
        return True
    if is_branch(text):
        return True  # "Niederlassung Dresden", printed after the employer and a comma
    if (len(lowered) > 3 and is_country(text)) or is_city(text):
        return True  # a country or big city on its own: "Spain", "Deutschland", "São Paulo"
    parts = [part.strip() for part in text.split(",")]
    if len(parts) < 2 or len(parts) > 3 or not all(parts):
        return False
    last = parts[-1]
    # "Austin, Texas USA": a region and its country as one part. Countries are named in
    # any language reslint reads ("Нижний Новгород, Россия", "上海, 中国").
    country = is_country(last) or (len(last.split()) in (2, 3) and is_country(last.split()[-1]))
    # "Orem, Utah": a state in full after its town reads as its two letters do.
    if not (_STATE_RE.match(last) or is_region(last) or country):
        return False
    if is_school(last):
        # "Licenciatura en Derecho, Universidad de Chile": a school named after its country.
        return False
    if len(parts) == 3 and (not country or is_city(parts[1])):
        # A city comes just before its state or country: "Acme Metals, Springfield, IL",
        # "Acme, London, UK" start with a company.
        return False
    if any(_LEGAL_SUFFIX_RE.fullmatch(part.split()[-1]) for part in parts[:-1]):
        return False  # "Contoso Ltd, Seattle, WA" starts with a company
    if any(is_school(part) or company_score(part) or names_degree(part) for part in parts[:-1]):
        # "University of Exampleton, New Zealand" is a school in a country, "Élève ingénieur
        # en Chimie, Nordville, France" a degree taken there.
        return False
    if not text.isupper() and any(map(_has_acronym, parts[:-1])):
        return False  # "ACME Labs, Türkiye": places are not spelled in capitals, names may be
    # A capital where the script has them (Han and Arabic letters have none).
    return all(_PLACE_NAME_RE.match(part) and not part[0].islower() for part in parts[:-1])


def _trim(text: str) -> str:
    """A piece without the separators around it and the label before it; a bracket it opens
    and closes stays: `Master of Science (MSc)`, `Acme Bank (AB)`."""
    raw = text.strip()
    text = LABEL_RE.sub("", text.strip(_STRIP)).strip(_STRIP)
    for opening, closing in _BRACKETS:
        # `(주)예시`, `(株)サンプル`: a bracket the name opens with and closes inside it.
        if raw.startswith(opening) and text.count(closing) > text.count(opening):
            text = opening + text
    while text and any(
        text.startswith(opening) and text.count(opening) > text.count(closing)
        for opening, closing in _BRACKETS
    ):
        text = text[1:].strip(_STRIP)
    return text


def _closed(text: str, piece: str) -> str:
    """`piece` (a trimmed part of `text`) with its closing bracket back, if it opened one."""
    for opening, closing in _BRACKETS:
        if piece.count(opening) > piece.count(closing):
            start = text.find(piece)
            after = text[start + len(piece) :] if start >= 0 else ""
            if after.lstrip(" ").startswith(closing):
                piece += closing
    return piece


# A second labelled field on a line (`学校：北京大学  专业：自动化`, `Ort: Berlin  Zeitraum: 2019`):
# the label after a gap (or a full-width colon's label after a space) starts a piece.
_INNER_LABEL_RE = re.compile(
    rf"\s+(?=(?:{_LABELS})\s*：)|\s{{2,}}(?=(?:{_LABELS})\s*:)", re.IGNORECASE
)


def strong_pieces(text: str) -> list[str]:
    return [
        _closed(p, _trim(p))
        for strong in STRONG_SEPARATOR_RE.split(text)
        for p in _INNER_LABEL_RE.split(strong)
        if p.strip(_STRIP)
    ]


# A period after a word, then a capital: `Research Associate. Acme Labs, Tucson`.
_SENTENCE_END_RE = re.compile(
    r"(?:(?<![\w.])([^\W\d_][\w'’-]{2,}|[IVX]{2,4})|(?<=\w)(\)))\.\s+(?=[^\W\d_])"
)


def sentence_pieces(text: str) -> list[str]:
    """A piece cut where a period ends a word: `2018 – Present. ARC Fellow. Acme Centre,
    Acme University.` holds three. Abbreviations (`B.S.`, `Univ.`, `Appl. Phys.`) and
    periods inside brackets do not cut, nor a period before a lower-case word."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        word = match.group(1) or ""
        end = match.end(1) if match.group(1) else match.end(2)
        before = text[: match.start()]
        closing = 0 if word else 1  # the bracket the period follows is closed
        if word.lower() in ABBREVIATIONS or before.count("(") > before.count(")") + closing:
            continue
        if not text[match.end()].isupper():
            continue
        keep = 1 if word and _LEGAL_SUFFIX_RE.fullmatch(word) else 0  # `Acme Inc.` keeps it
        spans.append((start, end + keep))
        start = end + 1
    spans.append((start, len(text)))
    pieces = (_closed(text[a:b], _trim(text[a:b])) for a, b in spans)
    return [
        part
        for piece in pieces
        if piece.strip(_STRIP + ".")
        for named in _title_before_name(_drop_closing_period(piece))
        for part in _company_before_title(named)
    ]


# At most this many capitalised words make the name after a title (`T-Systems Iberia`).
_MAX_NAME_WORDS = 4


def _title_before_name(text: str) -> list[str]:
    """`Desarrollador de aplicaciones Terraconnect`: a title with its head noun first and its
    other words in lower case (as the Romance languages write titles), then a name in
    capitals, printed in one line with no separator (Europass): two pieces."""
    words = text.split()
    if len(words) < 3 or not words[0][:1].isupper() or words[0].lower() not in TITLE_WORDS:
        return [text]
    if words[1].lower() not in HEAD_LINKS:
        return [text]
    for index in range(2, len(words)):
        if words[index][:1].isupper() or words[index][:1].isdigit():
            break
    else:
        return [text]
    title, name = words[:index], words[index:]
    if index < 3 or len(name) > _MAX_NAME_WORDS or title_score(" ".join(name)):
        return [text]
    if not all(word[:1].isupper() or word.lower() in HEAD_LINKS for word in name):
        return [text]
    return [" ".join(title), " ".join(name)]


_HAN_KANA_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
_HANGUL_RE = re.compile(r"[\uac00-\ud7af]")
# Korean legal forms printed before the company's name.
_LEGAL_FORM_FIRST_RE = re.compile(r"주식회사|유한회사|\(주\)|㈜|\(유\)")
_TRAILING_BRACKET_RE = re.compile(r"\s*[(（][^()（）]*[)）]\s*$")


def _company_before_title(text: str) -> list[str]:
    """`株式会社サンプル システムエンジニア`, `字节跳动 数据库开发实习生`, `(주)샘플 백엔드
    개발자`: an employer, a space and a job title, as Chinese, Japanese and Korean resumes
    print them with no other separator. Han and kana take no spaces between words, so a space
    there parts two pieces: the words before the first that holds a title word, none of them
    a title's, are the employer. Korean spaces its words (`데이터 분석 엔지니어` is one
    title): there the employer must be named as one (`주식회사`, `(주)`)."""
    glued = glued_company_title(text) if _HAN_KANA_RE.search(text) else None
    if glued is not None:
        return list(glued)
    # A bracket after the title qualifies it (`实习生 (存储团队)`, the team): it stays with it.
    core = _TRAILING_BRACKET_RE.sub("", text)
    words = core.split()
    if len(words) < 2 or not (_HAN_KANA_RE.search(core) or _HANGUL_RE.search(core)):
        return [text]
    first_title = next((i for i, word in enumerate(words) if title_score(word)), None)
    if not first_title:
        return [text]
    if any(word in TITLE_RANKS for word in words[:first_title]):
        return [text]  # `高级 工程师`, senior engineer
    head, tail = " ".join(words[:first_title]), text[len(" ".join(words[:first_title])) :]
    if not title_score(words[-1]):
        return [text]  # the words after the title are no part of it (`研究助理 北京`)
    if not _HAN_KANA_RE.search(head):
        if not _HANGUL_RE.search(head):
            return [text]  # a Latin name before a CJK title is left to the roles
        # Korean: the employer runs to its company word, and one word past a legal form
        # printed before the name (`주식회사 예시랩`).
        size = next((k for k in range(1, first_title + 1) if company_score(" ".join(words[:k]))), 0)
        if not size:
            return [text]
        if size < first_title and company_score(words[size - 1]) and not title_score(words[size]):
            size += 1 if _LEGAL_FORM_FIRST_RE.fullmatch(words[size - 1]) else 0
        head = " ".join(words[:size])
        tail = text[len(head) :]
    return [head, tail.strip()]


def _drop_closing_period(text: str) -> str:
    """`University of Exampleton.` ends a sentence; `B.S.` and `Acme Inc.` keep their period."""
    text = text.lstrip(". ")
    match = re.search(r"(?<![\w.])([^\W\d_][\w'’-]{2,})\.$", text)
    if (
        match
        and match.group(1).lower() not in ABBREVIATIONS
        and not _LEGAL_SUFFIX_RE.fullmatch(match.group(1))
    ):
        return text[:-1]
    return text


def two_parts(text: str) -> bool:
    """`Acme Games - Game Programmer`, `Analyst, Contoso`: a text naming two things (a
    company and a title), set apart by a strong separator or a comma."""
    return len(strong_pieces(text)) >= 2 or len(comma_pieces(text)) >= 2


def comma_pieces(text: str) -> list[str]:
    """Comma-separated parts with locations (`City, ST`) and legal suffixes kept whole."""
    parts = [_closed(p, _trim(p)) for p in COMMA_RE.split(text) if p.strip(_STRIP)]
    out: list[str] = []
    index = 0
    while index < len(parts):
        part = parts[index]
        if index + 1 < len(parts) and is_location(f"{part}, {parts[index + 1]}"):
            out.append(f"{part}, {parts[index + 1]}")
            index += 2
            continue
        if out and _LEGAL_SUFFIX_RE.fullmatch(part):
            out[-1] = f"{out[-1]}, {part}"
        else:
            out.append(part)
        index += 1
    return out


_LEGAL_SUFFIX_RE = re.compile(
    r"(?:inc|llc|ltd|gmbh|corp|co|plc|ag|s\.?a|b\.?v|l\.?p|llp|pty(?: ltd)?)\.?", re.IGNORECASE
)
