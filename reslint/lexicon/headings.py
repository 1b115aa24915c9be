"""Section headings in their many spellings, mapped to what the section holds."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from reslint.lexicon.data_files import load_words
from reslint.lexicon.date_vocabulary import DURATION_WORDS, TOTAL_WORDS
from reslint.lexicon.date_vocabulary import alternatives as _alternatives
from reslint.lexicon.entry_words import TITLE_WORDS
from reslint.model import Line

_SPACED_LETTERS_RE = re.compile(r"^(?:\w\s)+\w$")
_WORD_GAP_RE = re.compile(r"\s{2,}")
_HAN = "\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
_HAN_GAP_RE = re.compile(rf"(?<=[{_HAN}])\s+(?=[{_HAN}])")
# Punctuation around and inside titles, with the marks CJK resumes put before them, and
# the private-use glyphs of icon fonts (a FontAwesome icon before "PROFIL ZAWODOWY").
_TITLE_PUNCTUATION_RE = re.compile(r"[:|•·_*#=+\-–—,/()【】〔〕「」『』■□◆◇●○▶►\ue000-\uf8ff]+")
# Han or kana printed against Latin letters with no space: a title beside its translation
# (`教育背景EDUCATION`), which the lookup reads as two words.
_SCRIPT_JOIN_RE = re.compile(rf"(?<=[{_HAN}])(?=[a-z])|(?<=[a-z])(?=[{_HAN}])", re.IGNORECASE)

# Symbols and icon glyphs printed before or after a title ("+ CONTACT", "■ Skills ■").
_DECORATION_RE = re.compile(r"^[^\w(]+|[^\w)]+$")
_ICON_RE = re.compile(r"^\s*\(cid:\d+\)")
# The number of a numbered heading: `一、教育背景`, `01 Experience`, `2. Education`, `II. Skills`.
# Also in brackets (`（一）`, `(2)`), as a part (`第一部分`) and before a slash (`01 / 教育背景`).
_CJK_NUMBER = "一二三四五六七八九十壹贰貳叁參肆伍陆陸柒捌玖拾"
_ENUMERATOR_RE = re.compile(
    rf"^(?:[{_CJK_NUMBER}]+\s*[、.．]|0\d\s|\d{{1,2}}\s*[、.．)）]|[ivx]{{1,4}}[.)]"
    rf"|[(（]\s*(?:[{_CJK_NUMBER}]+|\d{{1,2}})\s*[)）]|第[{_CJK_NUMBER}\d]+部分|\d{{1,2}}\s*/)\s*(?=\w)",
    re.IGNORECASE,
)


def _unspaced(word: str) -> bool:
    """Kana or Han, written without spaces between words: a title is not a word there."""
    return any("\u3040" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff" for char in word)


def _hangul(text: str) -> bool:
    """Korean syllables: spaced words, but marked as CJK headings are (`■ 학력`)."""
    return any("\uac00" <= char <= "\ud7af" for char in text)


def _fold(text: str) -> str:
    """`text` in compatibility form without accents: "Expérience" and "Experience" alike;
    traditional Han in its simplified form (`經歷`, `经历`).

    Most lines are plain ASCII and need none of it; heading_kind runs on every line.
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("ı", "i"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    # Recompose what is not an accent (Hangul syllables decompose into their letters).
    return unicodedata.normalize("NFC", bare).translate(_SIMPLIFIED)


def normalise(text: str) -> str:
    """Lower-case, accent-folded-for-lookup, punctuation-free title text."""
    # An icon's unmapped glyph before a title (`(cid:387) 教育`) is decoration.
    text = _ICON_RE.sub("", text)
    # Persian writes the zero-width non-joiner inside a word ("مهارت‌ها") or a space instead.
    text = _DECORATION_RE.sub("", _fold(text.replace("\u200c", " ")).strip())
    text = _ENUMERATOR_RE.sub("", text)
    # Han and kana take no spaces between words: spaces between them are letter-spacing
    # (`教  育  背  景`, `工作 经历`).
    text = _HAN_GAP_RE.sub("", text)
    text = _SCRIPT_JOIN_RE.sub(" ", text)
    if _SPACED_LETTERS_RE.match(text):
        text = text.replace(" ", "")
    else:
        # Words letter-spaced with a wider gap between them: `W O R K   E X P E R I E N C E`.
        chunks = _WORD_GAP_RE.split(text)
        if len(chunks) > 1 and all(_SPACED_LETTERS_RE.match(chunk) for chunk in chunks):
            text = " ".join(chunk.replace(" ", "") for chunk in chunks)
    text = _TITLE_PUNCTUATION_RE.sub(" ", text)
    text = text.replace("&", " and ")
    return " ".join(text.lower().split())


def display_title(text: str) -> str:
    """A heading's title as printed, without its decoration, number and trailing colon,
    without the letter-spacing of Han and kana (`教   育   背   景`), and without the length
    of the career printed after it (`경력 총 2년 11개월`)."""
    # An icon's unmapped glyph (`(cid:65533) Education`) decorates a title as a symbol does.
    text = _ICON_RE.sub("", text)
    bare = _ENUMERATOR_RE.sub("", _DECORATION_RE.sub("", _HAN_GAP_RE.sub("", text.strip())))
    bare = bare.strip(" :：") or text.strip(" :")
    titled = _PRINTED_DURATION_RE.sub("", bare).strip(" :：-–—|")
    return titled if titled != bare and titled and known_title(titled) else bare


def _load_titles() -> dict[str, Any]:
    return load_words("section_titles")


_DATA = _load_titles()
_SIMPLIFIED = str.maketrans({pair[0]: pair[1] for pair in _DATA.pop("han_variants")})
_ENDING_LANGUAGES = frozenset(_DATA.pop("ending_languages"))
NEVER_START = frozenset(normalise(title) for title in _DATA.pop("never_start"))
_ENDING_WORDS = {
    normalise(word): kind for kind, words in _DATA.pop("ending_words").items() for word in words
}
_CJK_JOINERS = tuple(_DATA.pop("cjk")["joiners"])
_TITLE_JOINS = frozenset(_DATA.pop("joined")["words"])
SECTION_KINDS = {
    kind: tuple(title for titles in by_language.values() for title in titles)
    for kind, by_language in _DATA.items()
}
# Titles are looked up as normalise() writes them ("honors-awards" as "honors awards").
_LOOKUP = {normalise(title): kind for kind, titles in SECTION_KINDS.items() for title in titles}
# Known titles without their spaces, for titles a reader split at a letter-spaced font's
# uneven gaps (`Wo r k Exp e rie nc e`).
_JOINED = {title.replace(" ", ""): title for title in _LOOKUP}
_MIN_FRAGMENTS = 3
_MAX_FRAGMENT_MEAN = 3.0


# The length of a career printed after its title (`Опыт работы — 6 лет 2 месяца`,
# `경력 (3년 5개월)`, `Experience: 8+ years`, `경력 총 2년 11개월`, total), as normalise()
# leaves it.
_DURATION_TAIL_RE = re.compile(
    rf"(?:\s+(?:{_alternatives(TOTAL_WORDS)}))?"
    rf"(?:\s*\d+\+?\s*(?:{_alternatives(DURATION_WORDS)})(?![^\W\d_]))+\s*$",
    re.IGNORECASE,
)


# The same as printed, with its brackets or the dash before it (`경력 (3년 5개월)`).
_PRINTED_DURATION_RE = re.compile(
    rf"[\s(（:：\-–—|]*(?:(?:{_alternatives(TOTAL_WORDS)})\s*:?\s*)?"
    rf"(?:\d+\+?\s*(?:{_alternatives(DURATION_WORDS)})(?![^\W\d_])\.?\s*)+[)）]?\s*$",
    re.IGNORECASE,
)


def _rejoined(text: str) -> str:
    """`text` as the known title its fragments spell, when its words are mostly single
    letters and pairs, or without the duration after it; else `text`."""
    if text in _LOOKUP:
        return text
    bare = _DURATION_TAIL_RE.sub("", text)
    if bare != text and bare in _LOOKUP:
        return bare
    words = text.split()
    if len(words) < _MIN_FRAGMENTS or len(text) - len(words) + 1 > _MAX_FRAGMENT_MEAN * len(words):
        return text
    return _JOINED.get("".join(words), text)


# Titles that may start a longer heading, and those that may end one; see the file.
_STARTS = {title: kind for title, kind in _LOOKUP.items() if title not in NEVER_START}
_ENDINGS = {
    **{
        normalise(title): kind
        for kind, by_language in _DATA.items()
        for language, titles in by_language.items()
        if language in _ENDING_LANGUAGES
        for title in titles
    },
    **_ENDING_WORDS,
}


# What parts a CJK heading joins two titles with, as normalise() leaves them (the slash
# is a space by then): `实习/项目经历`, `教育与培训经历`, `학력 및 자격`.
_CJK_PART_RE = re.compile(r"\s+|[、・与與及和]")
_SHARED_TAILS = (3, 2)


def _shared_tail_kind(text: str) -> str | None:
    """`实习/项目经历` (internships and projects), `教育/培训经历`: unspaced titles joined,
    the noun written once, after the last. The kind of the first title, whole (`技能及其他`)
    or read with that noun (`实习经历`). A first part that is no title either way is some
    other text before a title (a form's column labels, `年月学歴・職歴`): no kind."""
    if not _unspaced(text):
        return None
    parts = [part for part in _CJK_PART_RE.split(text) if part]
    if not 2 <= len(parts) <= 3 or not all(_unspaced(part) for part in parts):
        return None
    if parts[-1] not in _LOOKUP:
        return None
    if parts[0] in _LOOKUP:
        return _LOOKUP[parts[0]]
    for size in _SHARED_TAILS:
        tail = parts[-1][-size:]
        if len(parts[-1]) > size and (kind := _LOOKUP.get(parts[0] + tail)) is not None:
            return kind
    return None


# Korean spaces its compounds as the writer pleases (`업무 경험`, `업무경험`): its titles are
# also looked up without spaces.
_HANGUL_BARE = {title.replace(" ", ""): kind for title, kind in _LOOKUP.items() if _hangul(title)}


def _lookup(text: str) -> str | None:
    """The kind of a normalised title known whole (a Korean one however spaced), or as
    unspaced titles sharing a noun."""
    found = _LOOKUP.get(text) or _shared_tail_kind(text)
    if found is None and _hangul(text):
        found = _HANGUL_BARE.get(text.replace(" ", ""))
    return found


def known_title(text: str) -> str | None:
    """The section kind of a title written exactly as one of the known spellings."""
    return _lookup(_rejoined(normalise(text)))


def heading_kind(line: Line, body_font_size: float | None = None) -> str | None:
    """The section kind if `line` is a heading, else None.

    A line is a heading when its whole text is a known title, or when it is
    styled as one (Markdown `#`, a larger, bold or all-capitals short line) and
    starts with a known title, or ends with one where the language allows it.
    """
    text = _rejoined(normalise(line.text))
    if not text or len(text) > 60:
        return None
    if line.bullet:
        # CJK resumes mark their headings with a symbol a reader may take for a bullet
        # (`● 職務経歴`, `■ 경력사항`); an English `• Research` in a list is an item.
        return _lookup(text) if _unspaced(text) or _hangul(text) else None
    if (whole := _lookup(text)) is not None:
        return whole
    words = text.split()
    bilingual = _bilingual_kind(words)
    if bilingual is not None:
        return bilingual
    short = len(words) <= 4
    styled = (
        line.heading
        or (
            body_font_size is not None
            and line.font_size is not None
            and line.font_size >= body_font_size + 1.0
        )
        or (line.bold and short)
        or (short and line.text.isupper() and text.replace(" ", "").isalpha())
    )
    if not styled:
        return None
    kind = _joined_titles_kind(words) or _titled_kind(words)
    if kind is not None and _job_title(words) and not _WORD_GAP_RE.search(line.text.strip()):
        # `Research Assistant` set as large and bold as the headings: a job title that
        # starts with a section's word, heading an entry, not a section. A title glued
        # across a gap to its first entry's (`Work   Staff Nurse`) is still a heading.
        kind = None
    return kind or ("other" if line.heading else None)


def _job_title(words: list[str]) -> bool:
    """Whether the words end with a job title's head noun (`Research Engineer`) that is no
    section title of its own (`Research Internship` may head a section). Spaced scripts
    only: a CJK title's bracketed qualifier (`（实习）`, internship) says what it holds."""
    last = words[-1].strip(".,;:")
    return (
        len(words) > 1
        and not _unspaced(words[0])
        and last in TITLE_WORDS
        and not ({last, last + "s"} & _LOOKUP.keys())
    )


def _joined_titles_kind(words: list[str]) -> str | None:
    """`Certifications & Education`, `Cursos y Educación`: the titles of certificates and of
    education joined, in either order: a section of studies, whose certificates the entries
    themselves tell apart (`Projects & Education` is left to the first title)."""
    for index, word in enumerate(words):
        if word not in _TITLE_JOINS or index == 0 or index == len(words) - 1:
            continue
        kinds = {_LOOKUP.get(" ".join(words[:index])), _LOOKUP.get(" ".join(words[index + 1 :]))}
        if "education" in kinds and kinds <= {"education", "certifications"}:
            return "education"
    return None


def _script(word: str) -> str:
    """The script a word is written in, as far as telling a translation apart goes."""
    char = word[0]
    if _unspaced(char) or "\uac00" <= char <= "\ud7af":
        return "cjk"
    if "\u0400" <= char <= "\u04ff":
        return "cyrillic"
    if "\u0600" <= char <= "\u06ff":
        return "arabic"
    return "latin" if char.isascii() or char.isalpha() else "other"


def _bilingual_kind(words: list[str]) -> str | None:
    """`教育背景 Education`, `Опыт работы / Work experience`: a title followed by its
    translation in another script, both whole; the kind of the first. Two titles in one
    script make a title of their own ("Research Interests", "Additional Experience").
    One side may be a longer title of the same kind that the other is a translation of
    (`教育经历 Education Background`): a title's kind from its first or last words."""
    for size in range(1, len(words)):
        if _script(words[size - 1]) == _script(words[size]):
            continue
        first, rest = " ".join(words[:size]), " ".join(words[size:])
        if first in _LOOKUP and rest in _LOOKUP:
            return _LOOKUP[first]
        kinds = (_LOOKUP.get(first), _LOOKUP.get(rest))
        if kinds[0] is None and kinds[1] is None:
            continue
        other = _titled_kind(words[size:] if kinds[0] else words[:size])
        if other is not None and other in kinds:
            return other
    return None


def _titled_kind(words: list[str]) -> str | None:
    """The kind of the longest title the words start with, or end with where allowed."""
    if _unspaced(words[0]):
        # `开源项目和作品(个人)`: the words after the first are a qualifier in brackets.
        joined = _joined_kind(words[0])
        if joined is not None or len(words) == 1:
            return joined
    for size in range(len(words) - 1, 0, -1):
        start = _STARTS.get(" ".join(words[:size]))
        ending = _ENDINGS.get(" ".join(words[-size:]))
        # `Education Experience`, `Industry Experience`: where the head noun comes last,
        # experience is what the section holds, whatever field the words before name.
        if ending == "experience":
            return ending
        if start is not None:
            return start
        if ending is not None:
            return ending
    return None


def _joined_kind(text: str) -> str | None:
    """`技能及其他`: the kind of the longest title that a joiner follows."""
    for size in range(len(text) - 1, 1, -1):
        kind = _STARTS.get(text[:size])
        if kind is not None and text[size:].startswith(_CJK_JOINERS):
            return kind
    return None
