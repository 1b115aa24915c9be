"""The style runs of a Markdown line (`model.StyleRun`): `**Senior Engineer** *Acme
Corp*` renders `Senior Engineer` in bold and `Acme Corp` in italics, as a PDF or DOCX line
printed in two styles does; the readers of those mark theirs alike (readers.style_runs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from reslint.model import StyleRun
from reslint.readers.style_runs import Chunk, style_runs

# Strong (`**…**`, `__…__`), then emphasis (`*…*`, `_…_`) in what strong leaves; `_` only
# at word boundaries, as CommonMark has it. Bounded, as readers.text's patterns are.
_STRONG_RE = re.compile(
    r"(?<!\*)\*\*(?=[^\s*])((?:[^*]|\*(?!\*)){1,500}?)(?<=[^\s*])\*\*(?!\*)"
    r"|(?<![^\W_])__(?=[^\s_])((?:[^_]|_(?!_)){1,500}?)(?<=[^\s_])__(?![^\W_])"
)
_EMPHASIS_RE = re.compile(
    r"(?<!\*)\*(?=[^\s*])([^*]{1,500}?)(?<=[^\s*])\*(?!\*)"
    r"|(?<![^\W_])_(?=[^\s_])([^_]{1,500}?)(?<=[^\s_])_(?![^\W_])"
)


def _spans(text: str, pattern: re.Pattern[str]) -> Iterator[tuple[str, bool]]:
    """`text` in order as (part, marked) pairs, a marked part without its marks."""
    cursor = 0
    for match in pattern.finditer(text):
        yield text[cursor : match.start()], False
        yield match.group(1) if match.group(1) is not None else match.group(2), True
        cursor = match.end()
    yield text[cursor:], False


def markdown_runs(source: str, shown: str, render: Callable[[str], str]) -> tuple[StyleRun, ...]:
    """The runs of the rendered line `shown` from its Markdown `source`, each part rendered
    by `render` (links and code as they show); empty when the line uses one style."""
    if "*" not in source and "_" not in source:
        return ()
    chunks: list[Chunk] = []
    for part, bold in _spans(source, _STRONG_RE):
        for piece, italic in _spans(part, _EMPHASIS_RE) if not bold else [(part, False)]:
            for word in render(piece).split():
                chunks.append(Chunk(word, bold, italic, None))
    return style_runs(shown, chunks)
