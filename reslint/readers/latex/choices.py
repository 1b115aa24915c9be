"""What prints of the LaTeX macros that choose: a branch of a conditional (latex.branches,
latex.tex_ifs) and a horizontal space a column gap or a word's space (latex.spaces).
`Choices` is a part of `latex.render.Renderer`, whose nodes, table and sources it uses.
"""

from __future__ import annotations

from collections.abc import Sequence

from pylatexenc import latexwalker

from reslint.readers.latex.branches import chosen_branch, language_branch
from reslint.readers.latex.frames import Frame
from reslint.readers.latex.internals import macro_name
from reslint.readers.latex.spaces import is_gap
from reslint.readers.source_lines import TextSink


class Choices:
    __slots__ = ()

    def _named(self) -> frozenset[str]:
        """The macros the table or the document define: no TeX conditional of theirs."""
        if self._known is None:
            table = self.table
            self._known = frozenset(table.conditionals) | table.language_tests
            self._known |= frozenset(self.sources.definitions)
        return self._known

    def _texts(self, nodes: Sequence[latexwalker.LatexNode], frame: Frame) -> str:
        collector = TextSink()
        self.render(nodes, frame, collector)
        return collector.value()

    def _space(self, node: latexwalker.LatexMacroNode, frame: Frame, sink) -> None:
        """A horizontal space: a column gap when a word wide or more, else a space."""
        args = [arg for arg in self._args(node) if isinstance(arg, latexwalker.LatexGroupNode)]
        length = args[-1].latex_verbatim()[1:-1] if args else ""
        gap = is_gap(length)
        if gap:
            sink.gap()
        elif gap is not None:
            sink.text(" ", *self._place(frame, node.pos))

    def _branch(self, node: latexwalker.LatexMacroNode, frame: Frame, sink, language: bool):
        """The branch a branching macro prints (latex.branches)."""

        def text_of(arg: latexwalker.LatexNode | None) -> str:
            return self._text_of(arg, frame).value()

        args = self._args(node)
        chosen = (
            language_branch(args, text_of, self.sources.language)
            if language
            else chosen_branch(macro_name(node.macroname), args, text_of)
        )
        if chosen is not None:
            self._node(chosen, frame, sink)
