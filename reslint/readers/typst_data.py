"""The data files a Typst resume loads (`toml("cv.toml")`, `json(…)`, `yaml(…)`), read
with each string where it is written, so a value the resume prints from them is found
at its line in the data file.

JSON is parsed with the standard library's own scanner, its string parser wrapped to
record where each string starts. TOML and YAML parsers give no offsets to their values:
each string is looked for in the file's text in the order the parsed data lists them
(a file's order), keys before their values, from where the one before it was found; a
string written with escapes that are not found as printed takes the place of the string
before it. JSON keys keep no place (its scanner reads them itself).
"""

from __future__ import annotations

import json
import tomllib
from json import decoder, scanner
from pathlib import Path
from typing import Any

import yaml

from reslint.readers.base import ReadError, ReadOptions, read_bytes
from reslint.readers.source_lines import SourceFile
from reslint.readers.text import decode

LOADERS = ("toml", "json", "yaml")
SUFFIXES = {"toml": (".toml",), "json": (".json",), "yaml": (".yaml", ".yml")}


class Located(str):
    """A string from a data file, with the file and the offset where its text starts."""

    source: SourceFile
    offset: int

    def __new__(cls, value: str, source: SourceFile, offset: int) -> Located:
        made = super().__new__(cls, value)
        made.source = source
        made.offset = offset
        return made


def _json(text: str, source: SourceFile) -> Any:
    def parse_string(string: str, end: int, strict: bool = True) -> tuple[str, int]:
        value, stop = decoder.py_scanstring(string, end, strict)
        return Located(value, source, end), stop

    parser = json.JSONDecoder()
    parser.parse_string = parse_string  # type: ignore[attr-defined]
    parser.scan_once = scanner.py_make_scanner(parser)
    return parser.decode(text)


MAX_VALUES = 100_000  # YAML aliases can make a small file name millions of values


class _TooLarge(Exception):
    pass


def _locate(value: Any, source: SourceFile, cursor: list[int]) -> Any:
    """`value` with each string a Located one, found in the text from `cursor[0]` on;
    `cursor[1]` counts the values, within MAX_VALUES."""
    cursor[1] += 1
    if cursor[1] > MAX_VALUES:
        raise _TooLarge
    if isinstance(value, dict):
        # A key is found before its value: a loop over a table prints both.
        return {
            _locate(key, source, cursor): _locate(item, source, cursor)
            for key, item in value.items()
        }
    if isinstance(value, list):
        return [_locate(item, source, cursor) for item in value]
    if isinstance(value, str):
        found = source.text.find(value, cursor[0]) if value else -1
        if found < 0 and value:
            found = source.text.find(value)
        if found < 0:
            return Located(value, source, cursor[0])
        cursor[0] = found + len(value)
        return Located(value, source, found)
    return value


def load(kind: str, path: Path, root: Path, shown: str, options: ReadOptions) -> Any | None:
    """The data of the file `path` as a `kind` loader reads it, its strings Located; None
    when it lies outside `root`, is not of that kind, or does not parse."""
    resolved = path.resolve()
    if not resolved.is_relative_to(root) or resolved.suffix.lower() not in SUFFIXES[kind]:
        return None
    if not resolved.is_file():
        return None
    try:
        text = decode(read_bytes(resolved, options), resolved)
    except ReadError:
        return None
    source = SourceFile.of(resolved, text, shown)
    try:
        if kind == "json":
            return _json(text, source)
        parsed = tomllib.loads(text) if kind == "toml" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError, RecursionError):
        return None
    try:
        return _locate(parsed, source, [0, 0])
    except (_TooLarge, RecursionError):
        return None
