"""What Typst's layout calls do to lines, for `readers.typst.TypstReader`: `#linebreak()`
ends one, `#h(1fr)` puts a column gap (a narrow `#h(5pt)` a space), a block-level call
(`#block`, `#align`, `#stack`, `#pad`) shows its content on lines of its own, a vertical
stack each child on its own, a horizontal one its children side by side, `#list(…)` and
`#enum(…)` each item as a bullet; `#strong[…]`,
`#text(weight: "bold")[…]` show theirs in their face (readers.typst_faces).
`TypstLayout` is a part of the reader, whose `builder`, `_value` and `_call` it uses.
"""

from __future__ import annotations

from reslint.readers.latex.spaces import is_gap
from reslint.readers.source_lines import SourceFile, kept_face
from reslint.readers.typst_faces import call_face
from reslint.readers.typst_syntax import Arg

CONTENT = ""  # a call that only shows its content, as `#strong[…]` does once its face is set


def heading_call(name: str, calls: dict) -> bool:
    """Whether a function is named as one that prints a section's heading (data)."""
    plain = name.rsplit(".", 1)[-1].replace("-", "").replace("_", "").casefold()
    return plain in calls["headings"]


def _narrow(text: str, args: list[Arg]) -> bool:
    """Whether an `h(…)` is a space between words (`h(5pt)`), not a column gap (`h(1fr)`,
    `h(2cm)`): latex.spaces decides on the width, as of `\\hspace`."""
    amount = text[args[0].start : args[0].end] if args else ""
    return "fr" not in amount and is_gap(amount) is False


def _horizontal(text: str, args: list[Arg]) -> bool:
    direction = next((arg for arg in args if arg.name == "dir"), None)
    return direction is not None and text[direction.start : direction.end].strip() in ("ltr", "rtl")


class TypstLayout:
    __slots__ = ()

    def _layout(
        self, source: SourceFile, base: str, args: list[Arg], sink, depth: int, calls: dict
    ) -> bool:
        """Print a layout call (the module docstring); False for any other call."""
        if base in calls["breaks"]:
            sink.end()
        elif base in calls["gaps"]:
            if _narrow(source.text, args):
                sink.text(" ", source, args[0].start)
            else:
                sink.gap()
        elif words := call_face(base, source.text, args, self.builder.face):
            with kept_face(self.builder):
                self.builder.face = self.builder.face.with_words(words)
                shown = [arg for arg in args if arg.name is None]
                self._call(source, CONTENT, shown, sink, depth)
        elif base in calls["lists"]:
            for item in (arg for arg in args if arg.name is None):
                sink.start(bullet=True)
                self._value(source, item, sink, depth + 1)
                sink.end()
        elif base in calls["blocks"]:
            sink.end()
            children = [arg for arg in args if arg.name is None]
            apart = base == "stack" and not _horizontal(source.text, args)
            for index, child in enumerate(children):
                if index and base == "stack":
                    sink.end() if apart else sink.gap()
                self._value(source, child, sink, depth + 1)
            sink.end()
        else:
            return False
        return True
