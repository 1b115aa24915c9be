"""Text drawn with no paint (a fill of alpha 0): invisible, or the text layer of glyphs
drawn otherwise.

A transparent fill means two things in real files. Chrome's PDF output draws glyphs it
cannot embed as text as outlines and lays transparent text over them, so that the words
can be selected: a reader sees them. A resume that hides sentences for screening
software sets them in a transparent fill where nothing else is drawn: nobody sees them.
So the page is rendered once, in grey, and each run of transparent glyphs (one style on
one baseline, a text object as drawn) counts as painted when most of its glyphs lie on
ink: something of another colour than the page beneath is drawn in their boxes.
"""

from __future__ import annotations

from typing import Any

from reslint.readers.pdf_rows import Glyph

# Rendered at one pixel a point: an outline glyph's strokes are then still a pixel wide.
_SCALE = 1.0
# A glyph box whose pixels span this much of the grey range (0-255) has something drawn in it.
_INK_SPAN = 48
# Share of a glyph's box, on each side, left out of the ink test.
_INSET = 0.3
# Share of a run's glyphs that must lie on ink for the run to be drawn otherwise.
_SHOWN_SHARE = 0.5


def _runs(glyphs: tuple[Glyph, ...]) -> list[list[int]]:
    """Indices of transparent glyphs with letters, in runs of one style on one baseline."""
    runs: list[list[int]] = []
    for index, glyph in enumerate(glyphs):
        if glyph.style.painted or glyph.text.isspace():
            continue
        if runs:
            last = glyphs[runs[-1][-1]]
            if last.style == glyph.style and abs(last.baseline - glyph.baseline) < 0.5:
                runs[-1].append(index)
                continue
        runs.append([index])
    return runs


def _on_ink(glyph: Glyph, bitmap: Any, width: int, height: int, stride: int) -> bool:
    """Whether something is drawn in the middle of the glyph's box: the band where its own
    letters' strokes are, clear of the lines above and below, whose ascenders and
    descenders reach into a loose box."""
    across, down = (glyph.x1 - glyph.x0) * _INSET, (glyph.bottom - glyph.top) * _INSET
    x0 = max(int((glyph.x0 + across) * _SCALE), 0)
    x1 = min(round((glyph.x1 - across) * _SCALE), width)
    top = max(int((glyph.top + down) * _SCALE), 0)
    bottom = min(round((glyph.bottom - down) * _SCALE), height)
    if x1 <= x0 or bottom <= top:
        return False
    values = b"".join(bitmap[row * stride + x0 : row * stride + x1] for row in range(top, bottom))
    return max(values) - min(values) >= _INK_SPAN


def with_drawn_text_layers(page: Any, glyphs: tuple[Glyph, ...]) -> tuple[Glyph, ...]:
    """`glyphs` with the transparent runs that lie on ink marked painted. A page PDFium
    cannot render keeps every transparent glyph painted: nothing is known to be unseen."""
    if all(glyph.style.painted for glyph in glyphs):
        return glyphs
    runs = _runs(glyphs)
    if not runs:
        return _all_painted(glyphs)  # transparent spaces only: word breaks as any other
    import pypdfium2 as pdfium

    out = list(glyphs)
    try:
        bitmap = page.render(scale=_SCALE, grayscale=True)
    except pdfium.PdfiumError:
        return _all_painted(glyphs)
    try:
        buffer, width, height, stride = (
            bytes(bitmap.buffer),
            bitmap.width,
            bitmap.height,
            bitmap.stride,
        )
    finally:
        bitmap.close()
    unseen: set[int] = set()
    for run in runs:
        shown = sum(_on_ink(glyphs[i], buffer, width, height, stride) for i in run)
        if shown < _SHOWN_SHARE * len(run):
            unseen.update(run)
    for index, glyph in enumerate(glyphs):
        if glyph.style.painted or index in unseen:
            continue
        if glyph.text.isspace() and _near_unseen(index, unseen):
            continue  # a space between unseen letters stays with them
        out[index] = glyph._replace(style=glyph.style._replace(painted=True))
    return tuple(out)


def _near_unseen(index: int, unseen: set[int]) -> bool:
    return index - 1 in unseen or index + 1 in unseen


def _all_painted(glyphs: tuple[Glyph, ...]) -> tuple[Glyph, ...]:
    return tuple(
        g if g.style.painted else g._replace(style=g.style._replace(painted=True)) for g in glyphs
    )
