"""Words per language from a `lexicon/data/` table, as one pattern for a document's language.

A table maps language codes (languages.toml) to `words`, lower case, and `formulas`,
phrases of a fixed text in which the words are no statement; a rule names the table and
gets the words of the language its document is written in (first-person pronouns: the
French "je", the German "ich") and a pattern for the lines its formulas are on.
"""

from __future__ import annotations

import re
from functools import cache

from reslint.lexicon.data_files import load_words

# Not inside a path, a domain or a compound ("socket.io", "I/O", "mi-temps"), not before an
# apostrophe that makes it another word; not just inside an opening quote, where it starts
# the name of a thing (a contest called "Я — профессионал").
_BEFORE = r"(?<![\w/.&'’\"«„“-])"
_AFTER = r"(?![\w/&'’-]|\.\w)"


def _form(word: str) -> str:
    """A word lower case or capitalised, never in capitals (those are abbreviations)."""
    cased = f"[{word[0]}{word[0].upper()}]" if word[0].isalpha() else re.escape(word[0])
    rest = re.escape(word[1:]).replace("'", "['’]")
    if word.endswith("'"):
        # An elided form is joined to the word that follows it: j'ai, m'occupe.
        return cased + rest[:-4] + r"['’][^\W\d_]+"
    return cased + rest


@cache
def language_pattern(table: str, language: str | None) -> str | None:
    """One pattern for the words `table` lists for `language`, or None if it lists none."""
    words = load_words(table).get(language or "", {}).get("words", [])
    if not words:
        return None
    forms = sorted((_form(word) for word in words), key=len, reverse=True)
    return f"{_BEFORE}(?:{'|'.join(forms)}){_AFTER}"


@cache
def formula_pattern(table: str, language: str | None) -> str | None:
    """A pattern for a whole line holding one of the formulas `table` lists for `language`."""
    formulas = load_words(table).get(language or "", {}).get("formulas", [])
    if not formulas:
        return None
    spelled = (r"\s+".join(map(re.escape, formula.split())) for formula in formulas)
    return rf"(?i:^.*(?:{'|'.join(spelled)}).*$)"
