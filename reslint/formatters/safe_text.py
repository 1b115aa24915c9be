"""The one place where text from a file becomes output: control characters made visible.

A resume, its metadata and its file name are a stranger's text. Printed raw, ESC starts
terminal commands (OSC 52 writes the clipboard, CSI 2J clears the screen), 8-bit C1
controls do the same on many terminals, bidi overrides reorder what the reviewer reads,
and a newline in a file name forges a line of its own. So every formatter passes file text
through `visible` (text, GitHub, JUnit) or its JSON through `json_safe` (JSON, SARIF):

- `visible` writes each such character as a Python-style escape (`\\x1b`, `\\u202e`), so
  the reviewer sees that it was there without it acting;
- `json_safe` writes it as a JSON `\\u` escape: a JSON reader gets the file's text back
  unchanged, a terminal showing the JSON sees only ASCII.
"""

from __future__ import annotations

import re

# C0 and DEL, C1, the bidi embeddings/overrides/isolates and marks, the line and paragraph
# separators (some terminals and editors break lines there) and lone surrogates (which
# cannot be encoded as UTF-8, so printing them would fail).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
# In JSON output C0 is already escaped by `json.dumps`; what remains unsafe is the rest.
_UNSAFE_IN_JSON = re.compile(
    "[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with every control, bidi and separator character as a visible escape."""
    return _UNSAFE.sub(_escape, text)


def visible_lines(text: str) -> str:
    """Like `visible`, but keeping the newlines a formatter itself put between lines."""
    return "\n".join(visible(line) for line in text.split("\n"))


def json_safe(dumped: str) -> str:
    """`json.dumps` output with the unsafe characters it left raw as `\\uXXXX` escapes.

    They can stand only inside JSON strings (JSON's own syntax is ASCII), where a `\\u`
    escape means the same character, so the data is unchanged.
    """
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", dumped)
