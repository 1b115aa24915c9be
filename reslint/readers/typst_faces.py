"""The face Typst text prints in (readers.source_faces): `*strong*` and `_emphasis_` in
markup, a heading's level (Typst sets level 1 at 1.4 em, level 2 at 1.2 em, all bold),
and the calls that set one: `#strong[…]`, `#emph[…]`, `#smallcaps[…]`, `#upper[…]`, `#text(weight:
"bold", size: 14pt, style: "italic")[…]`. Sizes are put on source_faces' 10 pt body from
Typst's 11 pt default; `em` is relative to the size in force."""

from __future__ import annotations

import re

from reslint.readers.source_faces import BODY_SIZE, PLAIN, Face
from reslint.readers.typst_syntax import Arg, unescape

TYPST_BODY_PT = 11.0
_HEADING_EM = {1: 1.4, 2: 1.2}
_CALLS = {"strong": "bold", "emph": "italic", "smallcaps": "capitals", "upper": "upper"}
_BOLD_WEIGHTS = {"semibold", "bold", "extrabold", "black"}
_LENGTH_RE = re.compile(r"(\d+(?:\.\d+)?|\.\d+)\s*(pt|em)$")


def heading_face(level: int) -> Face:
    return PLAIN.with_words(f"bold {BODY_SIZE * _HEADING_EM.get(level, 1.0):.1f}")


def marked(face: Face, mark: str) -> Face:
    """The face after a markup mark: `*` turns strong on or off, `_` emphasis."""
    if mark == "*":
        return Face(not face.bold, face.italic, face.capitals, face.size)
    return Face(face.bold, not face.italic, face.capitals, face.size)


def _string(value: str) -> str:
    value = value.strip()
    return unescape(value[1:-1]) if value.startswith('"') and value.endswith('"') else value


def _size(value: str, face: Face) -> str | None:
    match = _LENGTH_RE.match(value.strip())
    if match is None:
        return None
    amount = float(match.group(1))
    size = face.size * amount if match.group(2) == "em" else amount * BODY_SIZE / TYPST_BODY_PT
    return f"{size:.1f}"


def call_face(name: str, text: str, args: list[Arg], face: Face) -> str | None:
    """The face words a call sets for what it shows, None when it sets none."""
    if name in _CALLS:
        return _CALLS[name]
    if name != "text":
        return None
    words: list[str] = []
    for arg in args:
        value = text[arg.start : arg.end]
        if arg.name == "weight":
            weight = _string(value)
            bold = weight in _BOLD_WEIGHTS or (weight.isdigit() and int(weight) >= 600)
            words.append("bold" if bold else "medium")
        elif arg.name == "style":
            words.append("italic" if _string(value) in ("italic", "oblique") else "upright")
        elif arg.name == "size" or arg.name is None:
            size = _size(value, face)
            if size is not None:
                words.append(size)
    return " ".join(words) or None
