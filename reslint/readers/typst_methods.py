"""The methods of Typst strings and arrays the reader evaluates without running code
(`title.slice(0, 3)`, `name.split(" ")`, `parts.join(", ")`, `items.at(0)`): a string
cut from a data file's string keeps its place in that file."""

from __future__ import annotations

from typing import Any

from reslint.readers.typst_data import Located

MISSING_VALUE = object()  # what a method the reader does not know returns


def _piece(whole: str, begin: int, end: int) -> str:
    """`whole[begin:end]`, a Located one when `whole` is."""
    piece = whole[begin:end]
    if isinstance(whole, Located):
        return Located(piece, whole.source, whole.offset + max(begin, 0))
    return piece


def _split(whole: str, separator: str | None) -> list[str]:
    pieces, cursor = [], 0
    parts = whole.split(separator) if separator else whole.split()
    for part in parts:
        begin = whole.find(part, cursor)
        pieces.append(_piece(whole, begin, begin + len(part)))
        cursor = begin + len(part)
    return pieces


def _index(size: int, value: Any) -> int | None:
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    index = value + size if value < 0 else value
    return index if 0 <= index <= size else None


def _string_method(whole: str, name: str, args: list[Any]) -> Any:
    if name == "split":
        separator = args[0] if args and isinstance(args[0], str) else None
        return _split(whole, separator)
    if name == "trim":
        begin = len(whole) - len(whole.lstrip())
        return _piece(whole, begin, len(whole.rstrip()))
    if name in ("slice", "at", "first", "last") and whole:
        return _indexed(whole, name, args)
    if name in ("upper", "lower"):
        return getattr(whole, name)()
    if name == "replace" and len(args) >= 2 and all(isinstance(arg, str) for arg in args[:2]):
        return whole.replace(args[0], args[1])
    if name in ("contains", "starts-with", "ends-with") and args and isinstance(args[0], str):
        test = {"contains": whole.__contains__, "starts-with": whole.startswith}
        return test.get(name, whole.endswith)(args[0])
    if name == "len":
        return len(whole)
    return MISSING_VALUE


def _indexed(value: str | list, name: str, args: list[Any]) -> Any:
    size = len(value)
    if name == "first":
        return value[0] if isinstance(value, list) else _piece(value, 0, 1)
    if name == "last":
        return value[-1] if isinstance(value, list) else _piece(value, size - 1, size)
    begin = _index(size, args[0]) if args else None
    if begin is None:
        return MISSING_VALUE
    if name == "at":
        if begin >= size:
            return MISSING_VALUE
        return value[begin] if isinstance(value, list) else _piece(value, begin, begin + 1)
    stop = _index(size, args[1]) if len(args) > 1 else size
    if stop is None:
        return MISSING_VALUE
    return value[begin:stop] if isinstance(value, list) else _piece(value, begin, stop)


def apply_method(receiver: Any, name: str, args: list[Any]) -> Any:
    """What `receiver.name(*args)` gives, or MISSING_VALUE when the reader does not know."""
    if isinstance(receiver, str):
        return _string_method(receiver, name, args)
    if isinstance(receiver, list):
        if name == "join" and all(isinstance(item, str) for item in receiver):
            separator = args[0] if args and isinstance(args[0], str) else ""
            return separator.join(receiver)
        if name in ("slice", "at", "first", "last") and receiver:
            return _indexed(receiver, name, args)
        if name == "len":
            return len(receiver)
        return MISSING_VALUE
    if isinstance(receiver, dict) and name == "at" and args and args[0] in receiver:
        return receiver[args[0]]
    return MISSING_VALUE
