"""The lines of an entry as items, and how one line runs on into the next.

It owns what a line of an entry section is (`Item`: bullet, prose, link or header line;
`Entry`: a header block and its body) and the ways lines go on with each other, for
structure.entries: a date printed at the right of a bullet, a bullet's wrapped lines, a
header line that wrapped, and a date column's title line hanging under the text beside
the date. A date range broken over two lines is joined before, by structure.broken_ranges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from reslint.lexicon.dates import find_dates
from reslint.lexicon.entry_words import LINE_JOINS, company_score, ends_open, is_school, title_score
from reslint.lexicon.joiners import opens_with_joiner
from reslint.lexicon.pieces import (
    BRACKET_LABEL_RE,
    LABEL_RE,
    Dated,
    comma_pieces,
    cut_dates,
    is_duration,
)
from reslint.model import DateRange, Line
from reslint.structure.role_words import title_evidence

MAX_ROLE_LINE_WORDS = 6
PROSE_END = (".", ";", ":", "!", "?")


def role_sized(text: str) -> bool:
    """Short enough to name a title, an employer or a place, and not a sentence."""
    return len(text.split()) <= MAX_ROLE_LINE_WORDS and not text.endswith(PROSE_END)


BULLET, PROSE, LINK, HEADER = "bullet", "prose", "link", "header"


@dataclass(slots=True)
class Item:
    line: Line
    kind: str
    dates: DateRange | None = None
    side_dates: DateRange | None = None
    rest: str = ""
    parts: list[Line] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(part.text for part in self.parts) if self.parts else self.line.text


@dataclass(slots=True)
class Entry:
    header: list[Item]
    body: list[Item] = field(default_factory=list)

    @property
    def dates(self) -> DateRange | None:
        for item in self.header:
            if item.dates is not None:
                return item.dates
        for item in self.body:
            if item.side_dates is not None:
                return item.side_dates
        return None

    @property
    def line(self) -> Line | None:
        return self.header[0].line if self.header else None


def detach_side_date(item: Item) -> None:
    """A date range or duration in a line's last wide-gap segment belongs to the entry."""
    segments = re.split(r"\s{3,}", item.line.text)
    changed = False
    while len(segments) > 1:
        last = segments[-1].strip()
        matches = find_dates(last)
        if is_duration(last):
            segments.pop()
            changed = True
        elif matches and matches[0].start == 0 and matches[0].end >= len(last) - 1:
            if item.side_dates is None:
                item.side_dates = replace(matches[0].range, line=item.line)
            segments.pop()
            changed = True
        else:
            break
    if changed:
        item.line = replace(item.line, text="   ".join(segments).strip())


_BROKEN_WORD_INDENT = 8.0


def is_continuation(line: Line, previous: Item | None) -> bool:
    """A non-bullet line under a bullet, at the bullet's text indent and in its style,
    wraps that bullet."""
    if previous is None or previous.kind != BULLET or cut_dates(line).dates is not None:
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    start = previous.line
    if line.box is None or last.box is None or start.box is None or not start.bullet:
        # Without positions (or after a glyph the reader kept), only a lower-case start tells.
        return line.text[:1].islower()
    # A bullet led by bold words (`• Awarded Best` over `Bachelor Degree in …`) wraps in the
    # regular weight: a bullet whose line ends mid-sentence goes on whatever the weight.
    open_end = not last.text.rstrip().endswith(PROSE_END)
    same_style = (line.bold == start.bold or open_end) and abs(
        (line.font_size or 0) - (start.font_size or 0)
    ) < 0.5
    # A word broken at a hyphen (`Bornitrid-` over `Wendeschneidplatten …`) goes on on the
    # next line wherever the word processor starts it: left of the bullet's text too.
    broken = re.search(r"[^\W\d_]-$", last.text.rstrip()) is not None
    left = _BROKEN_WORD_INDENT if broken else 3
    same_indent = -left <= line.box.x0 - start.box.x0 <= 3
    close = 0 <= line.box.top - last.box.bottom <= max(line.box.bottom - line.box.top, 4)
    return same_style and same_indent and close


OPEN_END = (",", "&", "+", "/", "-", "–", "—")
_MAX_LOWER_CONTINUATION_WORDS = 2


# What title_score gives a title's head noun (`Engineer`, `Entwickler`).
_HEAD_NOUN_SCORE = 3


def continues_header(line: Line, previous: Item) -> bool:
    """A header line that wrapped: the next line, in the same style and without a date,
    goes on with it when the first ends open (a comma, `&`, a word such as `of` or `van`,
    a bracket left open),
    when it starts in lower case (`with French`, a word broken at a hyphen), or, in a date
    column, when it hangs under the text beside the date."""
    if previous.kind != HEADER:
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    if line.page != last.page:
        return False
    if line.box and last.box:
        # The next line, not one further down; tight leading lets boxes overlap a little.
        height = max(line.box.bottom - line.box.top, 4)
        if not -height / 2 <= line.box.top - last.box.bottom <= height:
            return False
    before, text = _printed_end(previous, last), line.text.strip()
    if _cut_at_a_link(previous, before, line, last):
        return True
    if cut_dates(line).dates is not None:
        return False
    if opens_with_joiner(text) and len(text.split()) <= MAX_ROLE_LINE_WORDS + 2:
        return True  # `Agent polyvalent` over `à Mairie de Desvres`, in any type
    if not same_font(line, last):
        return _school_after_comma(line, last)
    words = before.split()
    if not words or before.endswith(PROSE_END):
        return False
    if _wraps_bracketed_detail(cut_dates(last).rest.strip(), text):
        return True
    if before.endswith(OPEN_END) or words[-1].lower() in LINE_JOINS:
        return True
    if ends_open(words[-1]) and not title_score(text):
        # `Санкт-Петербургский` over `Государственный университет`; not a surname of the
        # same ending over a title (`ИП Вишневский` over `Менеджер`).
        return True
    if before.count("(") > before.count(")"):
        return True  # `Developer (Data` over `Office)`
    if text[:1].islower() and (
        len(text.split()) <= _MAX_LOWER_CONTINUATION_WORDS
        or text.split()[0] in LINE_JOINS
        # `Северный государственный` over `университет имени …`: a school's name whose
        # school word, lower-case in its language, the wrap put on the next line.
        or (is_school(text.split()[0]) and not is_school(before))
    ):
        return True
    # Only a line led by the date's digits: a month name first (`Jun 2016 - Dec 2018   Acme`)
    # is a theme whose lines under the header are its title and place, not a wrap.
    opens_with_date = previous.dates is not None and previous.line.text.lstrip()[:1].isdigit()
    hangs = line.box is not None and last.box is not None and line.box.x0 > last.box.x0 + 10
    # `05/2016 – 08/2019   IT Consultant` over `Ostsee Beratung GmbH`: a line that names a
    # company under a title alone is the employer's line, not the title wrapped; and a job
    # title (`Softwareentwickler`, `Lập trình viên`) under an employer that names none is the
    # entry's title line, not the rest of the name.
    employer = company_score(text) > 0 and title_evidence(before) > 0
    titled = title_score(text) >= _HEAD_NOUN_SCORE and not title_score(previous.rest)
    return opens_with_date and hangs and not employer and not titled


def dated_first(item: Item) -> bool:
    """A header line that opens with its date, in a date column: `12/2014 – 3/2015   Acme`,
    `since 6/2015   Acme` (the date in the line's first segment, a word before it or not)."""
    if item.dates is None:
        return False
    text = item.line.text.strip()
    if text[:1].isdigit():
        return True
    segments = re.split(r"\s{3,}", text)
    return len(segments) > 1 and bool(item.dates.raw) and item.dates.raw in segments[0]


def hangs_as_title(line: Line, previous: Item | None) -> bool:
    """A short line right under a date column's header line, starting where the text beside
    the date starts, names the entry's title even in lower case (`freiberufliche
    Tätigkeit`): a date column's body comes under its own header lines."""
    if previous is None or previous.kind != HEADER or not dated_first(previous):
        return False
    last = previous.parts[-1] if previous.parts else previous.line
    if line.box is None or last.box is None or line.page != last.page:
        return False
    text = line.text.strip()
    short = role_sized(text)
    height = max(line.box.bottom - line.box.top, 4)
    close = -height / 2 <= line.box.top - last.box.bottom <= height
    return short and close and line.box.x0 > last.box.x0 + 10 and cut_dates(line).dates is None


# Lines this far right of the entries' dated lines stand indented; a column of them this
# many lines long, mostly this many words a line, is a body of bullets drawn as shapes.
_INDENT = 8.0
_SAME_EDGE = 3.0
_MIN_BODY_LINES = 3
_BODY_LINE_WORDS = 6


def indented_body_edge(lines: tuple[Line, ...]) -> float | None:
    """The left edge of a section's body when its bullets carry no glyph (vector dots,
    icons drawn as images) and only the indent tells them: a column of long plain lines
    right of the edge the entries' dated lines start at, holding no date and no bold line.
    A date column (`2019 – 2021   Acme` over an indented title) is not one: its indented
    lines name the entries."""
    boxed = [line for line in lines if line.box is not None and not line.bullet]
    dated = [line for line in boxed if cut_dates(line).dates is not None]
    if not dated or any(_date_then_text(line) for line in dated):
        return None
    edge = min(line.box.x0 for line in dated if line.box is not None)
    columns: dict[float, list[Line]] = {}
    for line in boxed:
        assert line.box is not None
        if line.box.x0 < edge + _INDENT:
            continue
        key = next((x for x in columns if abs(x - line.box.x0) <= _SAME_EDGE), line.box.x0)
        columns.setdefault(key, []).append(line)
    if not columns:
        return None
    x, column = max(columns.items(), key=lambda item: len(item[1]))
    long_lines = sum(len(line.text.split()) >= _BODY_LINE_WORDS for line in column)
    if len(column) < _MIN_BODY_LINES or 2 * long_lines < len(column):
        return None
    if any(line.bold or cut_dates(line).dates is not None for line in column):
        return None
    return x


_MIN_COLUMN_ENTRIES = 2
_TEXT_COLUMN_GAP = 30.0


def date_column_edges(lines: tuple[Line, ...]) -> dict[int, float]:
    """Per page, the left edge of a date column (`Nov 2020 - Aug 2022   Acme, Springfield`
    over the title, the text column right of the dates), where two lines or more on the
    page open with their dates there."""
    edges: dict[int, list[float]] = {}
    for line in lines:
        if line.box is not None and _date_then_text(line):
            edges.setdefault(line.page, []).append(line.box.x0)
    return {page: min(xs) for page, xs in edges.items() if len(xs) >= _MIN_COLUMN_ENTRIES}


def dated_in_text_column(line: Line, dated: Dated, edges: dict[int, float]) -> bool:
    """`Optimisation, Nov 2020 - Aug 2022.` in the text column of a date column, its dates
    at its end: a project within the entry above, not an entry (those open the date column)."""
    if dated.dates is None or not dated.dates.raw or not in_text_column(line, edges):
        return False
    return not line.text.strip().startswith(dated.dates.raw)


def in_text_column(line: Line, edges: dict[int, float]) -> bool:
    edge = edges.get(line.page)
    return edge is not None and line.box is not None and line.box.x0 > edge + _TEXT_COLUMN_GAP


def _date_then_text(line: Line) -> bool:
    dates = cut_dates(line)
    text = line.text.strip()
    return bool(dates.dates and dates.dates.raw and text.startswith(dates.dates.raw)) and bool(
        dates.rest.strip(" -–—|,.")
    )


def at_body_edge(line: Line, edge: float | None) -> bool:
    return (
        edge is not None
        and line.box is not None
        and abs(line.box.x0 - edge) <= _SAME_EDGE
        and not line.bold
        and cut_dates(line).dates is None
    )


def _printed_end(item: Item, last: Line) -> str:
    """The text a header line ends with as printed, its date left out (`Acme, Dept,` of
    `Acme, Dept,   12/2008 - 10/2010`)."""
    text = last.text
    if item.dates is not None and last is item.line and item.dates.raw:
        before, _, after = text.partition(item.dates.raw)
        # The dash or bar that led to the date went with it: "Acme Bank - July 2023".
        text = before.rstrip(" -–—|·•") + " " + after
    return re.sub(r"\s{2,}", " ", text).strip()


def _cut_at_a_link(previous: Item, before: str, line: Line, last: Line) -> bool:
    """`Westmere Institute of Technology and` over `Applied Sciences   2015 – 2019`,
    `Baccalauréat Scientifique Science de la` in bold over `terre – 2019`: a line ending at
    a word that links two more (of, and, de la) goes on with the next line in type of its
    size, whatever its weight, and the date printed on one of the two lines is theirs."""
    words = before.split()
    same_size = abs((line.font_size or 0) - (last.font_size or 0)) < _SAME_SIZE
    return (
        (previous.dates is None or cut_dates(line).dates is None)
        and bool(words)
        and words[-1].lower() in LINE_JOINS
        and same_size
        and line.text.strip()[:1].isalpha()
    )


_SAME_SIZE = 0.5


def _school_after_comma(line: Line, last: Line) -> bool:
    """`Doctorat en Mathématiques,` in bold over `Université Exemple, Lyon.` in the regular
    weight: a degree whose line ends at a comma goes on with the school, whatever the
    weight, as moderncv and many Word templates set them. The line as printed must end at
    the comma: in `Master of Science, 2010 – 2012` the comma is before the date."""
    same_size = abs((line.font_size or 0) - (last.font_size or 0)) < 0.5
    if not same_size or not last.text.rstrip().endswith(","):
        return False
    first = comma_pieces(line.text.strip())
    return bool(first) and is_school(first[0])


def same_font(line: Line, other: Line) -> bool:
    size, other_size = line.font_size or 0.0, other.font_size or 0.0
    return (line.bold, line.font_name) == (other.bold, other.font_name) and abs(
        size - other_size
    ) < 0.5


def _wraps_bracketed_detail(before: str, text: str) -> bool:
    """`【チーム体制】 ディレクター1名 iOSプログラマ3名` over `PHPプログラマ3名`: Chinese and
    Japanese wrap a line at any character, so the line under a detail set under a bracketed
    label goes on with it until the next label."""
    labelled = BRACKET_LABEL_RE.match(before) and not LABEL_RE.match(before)
    return bool(labelled) and not BRACKET_LABEL_RE.match(text)


def join_header(item: Item, line: Line) -> None:
    text = line.text.strip()
    dated = cut_dates(line) if item.dates is None else None
    if dated is not None and dated.dates is not None:
        # The wrapped line holds the date (`… and` over `Applied Sciences   2015 – 2019`).
        item.dates, text = dated.dates, dated.rest.strip()
    last = item.parts[-1] if item.parts else item.line
    end = _printed_end(item, last)
    rest = item.rest.rstrip()
    if end[-1:] in OPEN_END and not rest.endswith(end[-1]):
        rest += end[-1]  # the comma the date cut off: "Stad Gent, Kabinet,   12/2008"
    if re.search(r"[^\W\d_]-$", rest) and text[:1].islower():
        item.rest = rest[:-1] + text  # "Forest Man-" + "agement"
    else:
        item.rest = f"{rest} {text}"
    item.parts = (item.parts or [item.line]) + [line]


# A column's lines start this far right of its left edge at most (bullets, indents), and
# this many of them reach its right edge, within a letter, for the edge to be a margin.
_COLUMN_INDENT = 40.0
_MIN_LINES_AT_EDGE = 2
# A header line wraps when it runs long: a name, a place and a title (`Acme Pest Control,
# Norcross, Georgia — Sales`), not a short name alone.
_MIN_WRAPPED_WORDS = 5
_MAX_REST_SHARE = 0.6


def _right_edge(line: Line, lines: tuple[Line, ...]) -> float | None:
    """The right margin of `line`'s column on its page: the farthest its lines reach,
    where several of them do (text set to the margin, not a few short header lines)."""
    if line.box is None:
        return None
    x0 = line.box.x0
    ends = [
        other.box.x1
        for other in lines
        if other.box is not None
        and other is not line
        and other.page == line.page
        and x0 - 2 <= other.box.x0 <= x0 + _COLUMN_INDENT
    ]
    if not ends:
        return None
    edge = max(ends)
    letter = line.font_size or 10.0
    return edge if sum(end >= edge - letter for end in ends) >= _MIN_LINES_AT_EDGE else None


def wraps_at_edge(previous: Item, line: Line, lines: tuple[Line, ...]) -> bool:
    """`Moxie Pest Control, Norcross, Georgia — Sales` over `Representative`: the header line
    ends where the next line's first word would not have fitted in its column, so the line
    under it, short and undated, at the same indent, is the rest of it, whatever its type."""
    last = previous.parts[-1] if previous.parts else previous.line
    text = line.text.strip()
    if previous.kind != HEADER or previous.dates is not None or line.bullet or not text:
        return False
    if last.box is None or line.box is None or last.page != line.page:
        return False
    if abs(last.box.x0 - line.box.x0) > 2 or len(text.split()) > MAX_ROLE_LINE_WORDS:
        return False
    height = max(line.box.bottom - line.box.top, 4)
    if not -height / 2 <= line.box.top - last.box.bottom <= height:
        return False
    if cut_dates(line).dates is not None or text.endswith(PROSE_END):
        return False
    printed = last.text.strip()
    if abs((last.font_size or 0) - (line.font_size or 0)) >= 1 or not printed[-1:].isalnum():
        return False  # a smaller label over the entry, a leader of dots to the margin
    if "   " in printed or len(printed.split()) < _MIN_WRAPPED_WORDS:
        return False  # a part set at the margin (`Acme   Berlin`), a short line
    if line.box.x1 - line.box.x0 > _MAX_REST_SHARE * (last.box.x1 - last.box.x0):
        return False  # what a wrap carries over is the line's short rest
    edge = _right_edge(last, lines)
    if edge is None:
        return False
    first = text.split()[0]
    first_width = (line.box.x1 - line.box.x0) * len(first) / len(text)
    space = 0.25 * (last.font_size or 10.0)
    return last.box.x1 + space + first_width > edge
