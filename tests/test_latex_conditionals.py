"""Conditionals print one branch where what they test is known (latex.tex_ifs and
latex.branches): TeX's `\\if\\relax\\detokenize{#4}\\relax … \\else … \\fi` and `\\ifx` of two
macros, xifthen's `\\isempty`, etoolbox's `\\ifstrempty`; a test of a state (`\\iftoggle`)
prints its first branch, an undecided TeX test both. The class and resume are fictional
and written here."""

from __future__ import annotations

from pathlib import Path

from reslint.readers import read
from tests.source_files import write_source

# A class of our own: an entry printed one way with a description, another way without.
CLASS = r"""\NeedsTeXFormat{LaTeX2e}
\ProvidesClass{lagooncv}
\LoadClass{article}
\newtoggle{frames}
\newcommand{\stint}[4]{%
  #1 & \if\relax\detokenize{#4}\relax
    #2 \hfill #3
  \else
    \textbf{#2} \hfill #3 \\ #4
  \fi \\
}
\newcommand{\note}[2]{\ifthenelse{\isempty{#2}}{}{#1: #2}}
\newcommand{\place}[1]{\ifstrempty{#1}{Remote}{#1}}
\newcommand{\boxed}[1]{\iftoggle{frames}{[#1]}{#1}}
\newcommand{\phone}{}
\newcommand{\phoneline}{\ifx\phone\empty\else Phone \phone\fi}
"""

DOCUMENT = r"""\documentclass{lagooncv}
\begin{document}
\section{Experience}
\stint{2019--2021}{Survey Lead}{Lagoon Trust}{Mapped the seagrass beds.}
\stint{2017--2019}{Diver}{Gulf Dive Club}{}
\note{Tools}{}
\note{Boats}{Zodiac, RHIB}
\place{}
\place{Trieste}
\boxed{Framed}
\phoneline
\end{document}
"""


def test_only_the_branch_the_texts_pick_prints(tmp_path: Path):
    write_source(tmp_path, "lagooncv.cls", CLASS)
    output = read(write_source(tmp_path, "resume.tex", DOCUMENT))
    texts = [line.text for line in output.lines]
    joined = "\n".join(texts)
    # Each entry once: the described one bold over its description, the other on one line.
    assert joined.count("Survey Lead") == 1 and joined.count("Diver") == 1
    assert "Mapped the seagrass beds." in joined
    assert "Tools:" not in joined and "Boats: Zodiac, RHIB" in joined
    assert "Remote" in joined and "Trieste" in joined
    assert "[Framed]" in joined  # a toggle's state is not known: the first branch
    assert "Phone" not in joined  # `\ifx\phone\empty`: empty, so nothing
