"""The country a resume comes from, worked out before its phone numbers are read.

A number printed without its country code (`06 12 34 56 78`, `0176 1234567`) means
nothing until the country is known. The evidence, strongest first: the country codes of
the document's other numbers, the country or city in its contact block, the country
domains of its email and web addresses, the countries where its language is spoken, then
the configured region; a country named only further down (an employer, a school) comes
last, for numbers that no stronger country can dial.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reslint.lexicon.data_files import load_words
from reslint.lexicon.language import languages

_TOKEN_RE = re.compile(r"[^\W\d_]+")
# Scripts written without spaces between words: their names are found inside longer words.
_UNSPACED_RE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_DOMAIN_RE = re.compile(r"(?:@|://|www\.)([\w.-]+\.([a-z]{2}))\b", re.IGNORECASE)
_TLD_REGIONS = {"uk": "GB"}


def _fold(text: str) -> str:
    if text.isascii():
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


def _key(name: str) -> tuple[str, ...]:
    return tuple(_fold(token) for token in _TOKEN_RE.findall(name))


@cache
def _data() -> dict:
    return load_words("countries")


def _locale_data() -> dict[str, dict[str, str]]:
    """phonenumbers' country names per language, without importing its geodata package.

    `phonenumbers.geodata` imports every prefix-to-place table with it (1.5 s); the names
    are one module of plain data that needs only `phonenumbers.util`.
    """
    import importlib.util

    import phonenumbers

    path = Path(phonenumbers.__file__).parent / "geodata" / "locale.py"
    spec = importlib.util.spec_from_file_location("phonenumbers.geodata.locale", path)
    if spec is None or spec.loader is None:
        return {}
    module = importlib.util.module_from_spec(spec)
    module.__package__ = "phonenumbers.geodata"
    spec.loader.exec_module(module)
    return module.LOCALE_DATA


@cache
def _names(
    tables: tuple[str, ...] = ("aliases", "cities", "nationalities"),
) -> tuple[dict[tuple[str, ...], str], dict[str, str]]:
    """Country names and those of `tables` (other names of countries, cities): spaced ones
    by their folded words, unspaced ones as text."""
    data = _data()
    wanted = set(languages()) | {"aa"}  # `aa` holds the English names
    regions: dict[str, str] = {}
    for region, by_language in _locale_data().items():
        for language in wanted:
            name = by_language.get(language)
            for _ in range(3):  # "*aa": the same as in that language (or one it refers to)
                if name and name.startswith("*"):
                    name = by_language.get(name[1:])
            if name and not name.startswith("*"):
                regions.setdefault(name, region)
    ambiguous = {_key(name) for name in data["ambiguous"]}
    for table in tables:
        for region, names in data[table].items():
            regions.update(dict.fromkeys(names, region))
    spaced: dict[tuple[str, ...], str] = {}
    unspaced: dict[str, str] = {}
    for name, region in regions.items():
        if _UNSPACED_RE.search(name):
            unspaced.setdefault(name, region)
        elif (key := _key(name)) not in ambiguous and len("".join(key)) >= 2:
            spaced.setdefault(key, region)
    return spaced, unspaced


def named_countries(texts: Iterable[str]) -> list[str]:
    """The countries the texts name (a country, a part of one or a city), in order."""
    spaced, unspaced = _names()
    longest = max(len(key) for key in spaced)
    found: list[str] = []
    for text in texts:
        tokens = _TOKEN_RE.findall(text)
        folded = [_fold(token) for token in tokens]
        index = 0
        while index < len(tokens):
            for size in range(min(longest, len(tokens) - index), 0, -1):
                region = spaced.get(tuple(folded[index : index + size]))
                first = tokens[index][0]
                if region is not None and (first.isupper() or not first.islower()):
                    found.append(region)
                    index += size
                    break
            else:
                index += 1
        if _UNSPACED_RE.search(text):
            hits = sorted(
                (text.find(name), region) for name, region in unspaced.items() if name in text
            )
            found.extend(region for _, region in hits)
    return found


def is_country(text: str) -> bool:
    """`Россия`, `中国`, `Deutschland`, `UK`: the whole text names a country in one of the
    languages reslint reads (a city does not count: `Acme, Berlin` is an employer and its
    town, `Acme, Germany` may be a place)."""
    spaced, unspaced = _names(("aliases",))
    text = text.strip(" .")
    if _UNSPACED_RE.search(text):
        return text in unspaced
    first = text[:1]
    return bool(first) and not first.islower() and _key(text) in spaced


@cache
def _regions() -> frozenset[str]:
    return frozenset(_fold(name) for name in _data().get("regions", ()))


def is_region(text: str) -> bool:
    """`Utah`, `Ontario`: a state or province printed in full, as the last part of a place
    after its town (countries.toml's `regions`; many are names too, so never alone)."""
    text = text.strip(" .")
    return text[:1].isupper() and _fold(text) in _regions()


@cache
def _cities() -> frozenset[str]:
    return frozenset(_fold(name) for names in _data()["cities"].values() for name in names)


def is_city(text: str) -> bool:
    """`Нижний Новгород`, `London`: one of the big cities of countries.toml."""
    return _fold(text.strip(" .")) in _cities()


# `Springfield, IL`, `Austin, TX 78701`: a town, a comma, a state's code (and a ZIP code).
# It starts only where a word starts, so a long run of letters is scanned once, not once
# per letter.
_STATE_PLACE_RE = re.compile(
    r"(?<![\w.'’-])[^\W\d_][\w.'’-]*,\s*([A-Z]{2})(?:\s+\d{5}(?:-\d{4})?)?(?![\w])"
)


@cache
def _state_codes() -> dict[str, str]:
    return {
        code: country for country, codes in _data().get("state_codes", {}).items() for code in codes
    }


def state_code_countries(texts: Iterable[str]) -> list[str]:
    """The countries of the places the texts print with a state's code after the town."""
    codes = _state_codes()
    return [
        codes[match.group(1)]
        for text in texts
        for match in _STATE_PLACE_RE.finditer(text)
        if match.group(1) in codes
    ]


_HAN_PLACE_RE = re.compile(r"^[\u3040-\u30ff\u3400-\u9fff\d\s\-－]{4,}$")


@cache
def _address_marks() -> tuple[str, ...]:
    return tuple(_data()["address_marks"])


def is_cjk_address(text: str, titled: bool) -> bool:
    """`天河区棠下骏景花园`, `東京都港区芝公園`: a line of Han (and kana, digits) holding an
    address's marks; `titled` when the line holds a job title's words, which no address
    does (`区块链工程师`, a blockchain engineer)."""
    text = text.strip()
    return (
        not titled and bool(_HAN_PLACE_RE.match(text)) and any(m in text for m in _address_marks())
    )


def domain_countries(addresses: Iterable[str]) -> list[str]:
    """The countries of the country domains in email and web addresses (`.de`, `.co.uk`)."""
    generic = set(_data()["generic_tlds"])
    found: list[str] = []
    for address in addresses:
        for match in _DOMAIN_RE.finditer(address):
            tld = match.group(2).lower()
            if tld not in generic:
                found.append(_TLD_REGIONS.get(tld, tld.upper()))
    return found


def _ranked(regions: Iterable[str]) -> list[str]:
    counts = Counter(regions)
    return [region for region, _ in counts.most_common()]


def document_countries(
    *,
    dialled: Iterable[str],
    contact_texts: Iterable[str],
    addresses: Iterable[str],
    language: str | None,
    region: str,
    other_texts: Iterable[str],
) -> tuple[str, ...]:
    """The countries a national number may belong to, the likeliest first.

    `dialled` are the countries of the numbers printed with a country code; `contact_texts`
    the contact block's lines, `addresses` its emails and links, `other_texts` the rest.
    """
    language_table = languages().get(language or "")
    ordered = [
        *_ranked(dialled),
        *_ranked(named_countries(contact_texts)),
        *_ranked(domain_countries(addresses)),
        *(language_table.countries if language_table else ()),
        region,
        *_ranked(named_countries(other_texts)),
    ]
    return tuple(dict.fromkeys(code for code in ordered if code and code != "ZZ"))
