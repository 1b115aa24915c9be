"""Section headings found by typography relative to the document, and the sections they open.

The vocabulary (`lexicon.headings`) says which lines *name* a section; the
document's own typography says which of them *are* headings. A resume styles
its section titles alike, so the style that the known titles share is its
heading style: other short lines in it are headings too ("Master thesis"),
and a known title printed smaller or plainer than that style is a label inside
a section ("Programming languages" over a skill list), not a heading.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reslint.lexicon.contact import is_contact_line
from reslint.lexicon.dates import find_dates
from reslint.lexicon.entry_words import LINE_JOINS, title_score
from reslint.lexicon.headings import display_title, heading_kind, known_title, normalise
from reslint.model import Line, Section
from reslint.structure.heading_styles import (
    DISPLAY_SIZE_STEP,
    LONG_LINE_WORDS,
    MAX_HEADING_WORDS,
    SAME_EDGE,
    HeadingStyles,
    heading_styles,
    short_line,
    style_of,
)
from reslint.structure.margin_titles import margin_titles
from reslint.structure.section_columns import carry_columns
from reslint.structure.title_runs import title_run_first

_SEGMENTS_RE = re.compile(r"\s{3,}")
# A job title scores 3 by its head noun (`Engineer`), 2 by a word inside an unspaced one
# (`实习生`); a title word elsewhere 1.
_JOB_TITLE_SCORE = 2


def _unglue(line: Line) -> tuple[Line, Line] | None:
    """A title in its own column beside the first entry (`Experience   Acme   2020 – 2022`)."""
    segments = _SEGMENTS_RE.split(line.text.strip(), maxsplit=1)
    if line.bullet or len(segments) < 2 or known_title(segments[0]) is None:
        return None
    # Where the remainder starts on the line is not known: it gets no box of its own.
    return replace(line, text=segments[0]), replace(line, text=segments[1], box=None)


def _titles_side_by_side(line: Line, styles: HeadingStyles) -> tuple[Line, Line] | None:
    """Two titles in the heading style on one row, the second a heading by its words: the
    headings of two columns side by side (`+ SOCIAL   + HOBBIES`), printed alike."""
    segments = _SEGMENTS_RE.split(line.text.strip())
    if line.bullet or len(segments) != 2 or style_of(line) not in styles.styles:
        return None
    parts = tuple(replace(line, text=segment) for segment in segments)
    if heading_kind(parts[1]) in (None, "other") or not all(short_line(part) for part in parts):
        return None
    first, second = (style_of(part) for part in parts)
    if (first.capitals, first.marker) != (second.capitals, second.marker):
        return None
    # Where the second title starts on the line is not known: it gets no box of its own.
    return parts[0], replace(parts[1], box=None)


def _title_after_gap(line: Line) -> tuple[Line, Line] | None:
    """A section title read onto the row of a contact column beside it (`+1 555 0100
    Experience`): the contact line, then the title, known whole by its words. Other text
    before a title is a table's labels (`期間   業務内容`, period and duties), not a column."""
    segments = _SEGMENTS_RE.split(line.text.strip())
    if line.bullet or len(segments) != 2 or not is_contact_line(segments[0]):
        return None
    if known_title(segments[1]) in (None, "other"):
        return None
    # Where the title starts on the line is not known: it gets no box of its own.
    return replace(line, text=segments[0]), replace(line, text=segments[1], box=None)


def _unglue_wrapped(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A title wrapped in a margin column of its own beside the first entries (`Professional
    Appointments` over two lines, each followed by entry text): the title as one line, then
    the rest of both lines."""
    # The margin column shows itself by a title printed whole on one line beside its entry:
    # without one, two lines starting alike are not read as a column of titles.
    edges = [line.box.x0 for line in lines if line.box is not None and _unglue(line)]
    out: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        in_column = line.box is not None and any(
            abs(line.box.x0 - edge) <= SAME_EDGE / 3 for edge in edges
        )
        pair = _wrapped_title(line, following) if following is not None and in_column else None
        if pair is None:
            out.append(line)
            index += 1
            continue
        assert following is not None
        title, rests = pair
        # The reader's heading mark: the title was found by its place, not by its type.
        out.append(replace(line, text=title, heading=True))
        # Where the remainders start on their lines is not known: they get no box.
        out.extend(
            replace(source, text=rest, box=None)
            for source, rest in zip((line, following), rests, strict=True)
            if rest
        )
        index += 2
    return tuple(out)


def _wrapped_title(line: Line, following: Line) -> tuple[str, tuple[str, str]] | None:
    """The title two lines start with in one margin column, and the rest of each line."""
    if line.bullet or following.bullet or line.box is None or following.box is None:
        return None
    if line.page != following.page or abs(line.box.x0 - following.box.x0) > SAME_EDGE / 3:
        return None
    first = _SEGMENTS_RE.split(line.text.strip(), maxsplit=1)
    second = _SEGMENTS_RE.split(following.text.strip(), maxsplit=1)
    title = f"{first[0]} {second[0]}"
    if len(first) < 2 or len(title.split()) > MAX_HEADING_WORDS:
        return None
    if any(char.isdigit() or char in ",;:" for char in title):
        return None
    # The second line may start a title of its own ("Research" over "Interests", a label
    # column's "Programming" over "Languages"), which a first part ending in a joining word
    # rules out ("Honors and" over "Awards").
    joined = first[0].split()[-1].lower() in LINE_JOINS
    if known_title(second[0]) is not None and not joined:
        return None
    if known_title(title) is None:
        # Else a title that starts or ends with a known one ("Professional Appointments"),
        # neither part a title alone.
        kind = heading_kind(replace(line, text=title, heading=True))
        if kind in (None, "other") or (known_title(first[0]) is not None and not joined):
            return None
    return title, (first[1], second[1] if len(second) > 1 else "")


def _wraps(heading: Line, line: Line, styles: HeadingStyles) -> bool:
    """Whether `line` is the rest of a heading wrapped in a narrow column. A job title set
    like the headings under one (`Experience` over `Product Designer`) is the first
    entry's line, as decide_kind reads it where it stands alone."""
    return (
        style_of(line) == style_of(heading)
        and style_of(line) in styles.styles
        and short_line(line)
        and sum(char.isalpha() for char in line.text) >= 2
        and known_title(line.text) is None
        and not heading.text.rstrip().endswith(":")
        and title_score(line.text) < _JOB_TITLE_SCORE
    )


def _repeated(line: Line, current: tuple[str, str, Line] | None) -> bool:
    """The running section's title printed again over its continuation on a later page."""
    if current is None or line.page <= current[2].page:
        return False
    return normalise(display_title(line.text)) == normalise(current[0])


def _titled(line: Line, styles: HeadingStyles) -> bool:
    """Short enough for a title: a few words, or up to a sentence's length in the main
    heading style where that is display type (`Вклад в проекты с открытым исходным кодом`,
    contributions to open-source projects)."""
    if short_line(line):
        return True
    main = styles.main
    text = line.text.strip()
    return (
        main is not None
        and style_of(line) == main
        and main.size >= (styles.body_size or main.size) + DISPLAY_SIZE_STEP
        and len(text.split()) <= LONG_LINE_WORDS
        and not text.endswith((".", ","))
        and not any(char.isdigit() for char in text)
        and not is_contact_line(text)
    )


def _dated(line: Line) -> bool:
    return any(match.range.end is not None for match in find_dates(line.text))


def decide_kind(
    line: Line,
    kind: str | None,
    previous: Line | None,
    styles: HeadingStyles,
    following: Line | None = None,
) -> str | None:
    """The line's section kind once the document's typography has had its say."""
    if line.heading:
        # A heading no title names that holds a range of dates heads an entry (`### Acme
        # (2018 – present)`, `### 示例公司 （2018年7月 ~ 至今）`), not a section.
        return None if kind == "other" and _dated(line) else kind
    if not styles.heads_sections(line):
        return None
    if kind is not None and kind != "other":
        return kind
    # One letter alone (a drop capital, an initial left over from a split word) names nothing.
    letters = sum(char.isalpha() for char in line.text)
    if kind is None and style_of(line) in styles.styles and _titled(line, styles) and letters >= 2:
        # A second line in the style of the one before it continues that line (a title
        # wrapped in a narrow column), unless that line was itself a heading.
        if previous is not None and style_of(previous) == style_of(line):
            return None
        if previous is not None and _dated(previous) and following is not None and following.bullet:
            # Between an entry's dated header line and its bullets: the entry's title (a bold
            # job title in the headings' type), not a section of its own.
            return None
        # A job title set like the headings (`投资银行部实习生`, `Senior Data Engineer`)
        # is an entry's line: a section of its own would end the one it is in.
        if title_score(line.text) >= _JOB_TITLE_SCORE:
            return None
        return "other"
    return kind


def split_sections(
    lines: tuple[Line, ...], font_size: float | None
) -> tuple[tuple[Line, ...], tuple[Section, ...]]:
    """The lines before the first heading, and the sections after it."""
    lines = _unglue_wrapped(margin_titles(tuple(map(title_run_first, lines)), font_size))
    kinds = [heading_kind(line, font_size) for line in lines]
    styles = heading_styles(lines, kinds, font_size)
    top: list[Line] = []
    sections: list[Section] = []
    current: tuple[str, str, Line] | None = None
    body: list[Line] = []
    previous: Line | None = None
    for index, (original, original_kind) in enumerate(zip(lines, kinds, strict=True)):
        following = lines[index + 1] if index + 1 < len(lines) else None
        glued = _unglue(original)
        if glued and not styles.heads_sections(glued[0]):
            # A label printed plainer than the headings, beside its items (`Языки   Python,
            # Bash` inside a skills section), opens no section.
            glued = None
        beside = None if glued else _titles_side_by_side(original, styles)
        trailing = None if glued or beside else _title_after_gap(original)
        parts = glued or beside or trailing or (original,)
        for line in parts:
            kind = original_kind if line is original else heading_kind(line, font_size)
            second = len(parts) > 1 and line is parts[1]
            if (
                kind is None
                and not second
                and current is not None
                and not body
                and _wraps(current[2], line, styles)
            ):
                current = (f"{current[0]} {display_title(line.text)}", current[1], current[2])
                continue
            if trailing:
                kind = known_title(line.text) if second else None
            elif beside:
                kind = kind or "other"
            elif not glued:
                # A title glued beside its first entry shares that line's style, not its own.
                kind = decide_kind(line, kind, previous, styles, following)
            elif second and (kind is None or not short_line(line)):
                # The title's first entry; a title itself only where it reads as one: the
                # headings of two columns side by side (`Lingue   Volontariato e interessi`).
                kind = None
            if kind == "other" and current is None and not top:
                kind = None  # a styled first line with no section title is the name
            if (
                kind is None
                and not second
                and current is not None
                and not body
                and _wraps(current[2], line, styles)
            ):
                current = (f"{current[0]} {display_title(line.text)}", current[1], current[2])
                continue
            if kind is not None and _repeated(line, current):
                continue
            if kind is not None:
                if current is not None:
                    sections.append(Section(current[0], current[1], current[2], tuple(body)))
                current = (display_title(line.text), kind, line)
                body = []
                previous = None
                continue
            if current is None:
                top.append(line)
            else:
                body.append(line)
            previous = line
    if current is not None:
        sections.append(Section(current[0], current[1], current[2], tuple(body)))
    return tuple(top), tuple(carry_columns(sections))
