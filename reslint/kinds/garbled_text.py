"""Kind `garbled-text`: text that comes out of the file as garbage, as an ATS would store it."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator, Mapping
from typing import Any

from reslint.kinds.shared.base import Context, Hit, Option
from reslint.model import Document, Line

OPTIONS = {
    "min_symbol_share": Option(
        "float",
        0.3,
        "A line of 12+ characters with at least this share of control or unassigned "
        "characters is garbled.",
    ),
}

# Each cause is reported once per document, with a count, so one icon font
# does not bury the report under a finding per line.
_CAUSES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "cid",
        re.compile(r"\(cid:\d+\)"),
        "'(cid:NN)' codes: a font without a character map, so the text cannot be copied",
    ),
    (
        "icons",
        re.compile("[\ue000-\uf8ff\U000f0000-\U000ffffd\U00100000-\U0010fffd]"),
        "icon-font glyphs (private-use characters) that other software shows as boxes",
    ),
    (
        "replacement",
        re.compile("\ufffd"),
        "replacement characters (�) where the text could not be decoded",
    ),
    (
        "mojibake",
        re.compile(r"Ã[\u0080-\u00bf]|â€[\u0080-\u00bf™œ\u009d˜”“¦]"),
        "mis-decoded characters such as 'Ã©' or 'â€™' (UTF-8 read as Windows-1252)",
    ),
)


def _symbol_share(text: str) -> float:
    if text.isprintable():  # no control, unassigned, surrogate or private-use character
        return 0.0
    junk = sum(
        1
        for ch in text
        if unicodedata.category(ch) in ("Cc", "Cn", "Cs", "Co") and ch not in "\t\n"
    )
    return junk / max(len(text), 1)


def check(doc: Document, options: Mapping[str, Any], ctx: Context) -> Iterator[Hit]:
    del ctx
    found: dict[str, list[Line]] = {}
    for line in doc.lines:
        for name, pattern, _ in _CAUSES:
            if pattern.search(line.text):
                found.setdefault(name, []).append(line)
        text = line.text.strip()
        if len(text) >= 12 and _symbol_share(text) >= options["min_symbol_share"]:
            found.setdefault("symbols", []).append(line)
    for name, pattern, description in _CAUSES:
        lines = found.get(name, [])
        if lines:
            match = pattern.search(lines[0].text)
            yield Hit(_message(description, lines), lines[0], match.group(0) if match else None)
    symbols = [line for line in found.get("symbols", []) if not _already(line, found)]
    if symbols:
        yield Hit(_message("mostly control or unassigned characters", symbols), symbols[0])


def _already(line: Line, found: dict[str, list[Line]]) -> bool:
    return any(
        line is other for name, lines in found.items() if name != "symbols" for other in lines
    )


def _message(description: str, lines: list[Line]) -> str:
    where = "1 line has" if len(lines) == 1 else f"{len(lines)} lines have"
    return f"{where} {description}"
