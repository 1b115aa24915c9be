"""Where the nodes the LaTeX renderer walks point: their file and offset, and the
arguments of the macro whose body they are."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from pylatexenc import latexwalker

from reslint.readers.source_lines import SourceFile


@dataclass(frozen=True, slots=True)
class Frame:
    """Where a node list's positions point, and the arguments of the macro it is the body of.

    `offset` is added to a node's position; `anchor` is the use of the macro being expanded,
    where the body's own text is attributed."""

    source: SourceFile
    offset: int = 0
    args: tuple[tuple[Sequence[latexwalker.LatexNode], Frame] | None, ...] = ()
    anchor: tuple[SourceFile, int] | None = None
    depth: int = 0
    body: bool = False  # a macro's body, whose `#1` are parameters
    # A class's or package's code: its setters (`\def\@tagline{#1}`) store what a header
    # macro the table hides prints, so their text prints where the setter is used.
    package: bool = False
