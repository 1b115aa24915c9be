"""The plain-text and Markdown reader: what a line shows once the Markdown is rendered."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN
from reslint.readers.text import markdown_inline
from reslint.structure import build_document


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        # `_` inside a word is never emphasis (CommonMark); `*` may be.
        ("snake_case_name and other_name", "snake_case_name and other_name"),
        ("jane_doe@mail.net · github.com/jane_doe", "jane_doe@mail.net · github.com/jane_doe"),
        ("foo _bar_baz_ qux", "foo bar_baz qux"),
        ("_emphasis_ and __strong__", "emphasis and strong"),
        ("(_aside_), _jane@mail.net_", "(aside), jane@mail.net"),
        ("**bold** *it* x**y**z", "bold it xyz"),
        ("**bold _nested_** and *a **b** c*", "bold nested and a b c"),
        ("5 * 3 * 2", "5 * 3 * 2"),
        # URLs and code are shown as typed, emphasis around them still goes.
        ("https://github.com/_user_ and www.x.org/__init__", None),
        ("**see www.x.org/a_b_c**.", "see www.x.org/a_b_c."),
        ("`snake_case` and `*stars*`", "snake_case and *stars*"),
        # Escapes: the escaped character stays, a backslash before anything else too.
        (r"\_not emphasis\_ C:\Users AT\&T", r"_not emphasis_ C:\Users AT&T"),
        ("a hard break\\", "a hard break"),
    ],
)
def test_markdown_inline_text(source: str, shown: str | None):
    assert markdown_inline(source)[0] == (source if shown is None else shown)


@pytest.mark.parametrize(
    ("source", "shown", "links"),
    [
        ("<https://x.org/a_b_c>", "https://x.org/a_b_c", ("https://x.org/a_b_c",)),
        ("<jane_doe_1@mail.net>", "jane_doe_1@mail.net", ("mailto:jane_doe_1@mail.net",)),
        ("[my_site](https://x.org/a_b_c)", "my_site", ("https://x.org/a_b_c",)),
        (r"[**Me**](https://x.org/a\_b)", "Me", ("https://x.org/a_b",)),
        ("`<https://x.org>`", "<https://x.org>", ()),
    ],
)
def test_markdown_links_keep_their_text_and_target(source: str, shown: str, links: tuple):
    assert markdown_inline(source) == (shown, links)


def test_underscored_contact_details_survive_into_the_contact_block(write):
    path = write(
        "resume.md",
        "# Jane Doe\n\n"
        "Data Engineer · jane_doe@mail.net · [linkedin.com/in/jane_doe](https://linkedin.com/in/jane_doe)"
        " · github.com/jane_doe_dev\n\n"
        "## Experience\n\n- Built the `billing_events` pipeline\n",
    )
    doc = build_document(Path(path), read(path))
    assert [f.value for f in doc.contact.emails] == ["jane_doe@mail.net"]
    assert {f.value for f in doc.contact.linkedin} == {"linkedin.com/in/jane_doe"}
    assert doc.lines[-1].text == "Built the billing_events pipeline"


ALIGNED = """\
JANE DOE                                   Seattle, WA
jane.doe@mail.net      (206) 555-0143

EXPERIENCE

Acme Corp                          Jan 2020 – Present
Senior Data Engineer
- Built the billing pipeline, cutting month-end close by 3 days

Globex\tMar 2017 – Dec 2019
Data Analyst\tChicago, IL
- Cut reporting time by 40% with automated dashboards
"""


def test_plain_text_columns_are_joined_like_pdf_segments(write):
    path = write("resume.txt", ALIGNED + "Two spaces  after a full stop.  Then more.\n")
    lines = read(path).lines
    assert lines[3].text == f"Acme Corp{SEGMENT_JOIN}Jan 2020 – Present"
    assert lines[6].text == f"Globex{SEGMENT_JOIN}Mar 2017 – Dec 2019"
    assert lines[-1].text == "Two spaces after a full stop. Then more."


def test_plain_text_columns_separate_name_title_and_location(write):
    path = write("resume.txt", ALIGNED)
    doc = build_document(Path(path), read(path))
    assert doc.contact.name is not None and doc.contact.name.value == "JANE DOE"
    globex = doc.positions[1]
    assert (globex.company.value, globex.title.value, globex.location.value) == (
        "Globex",
        "Data Analyst",
        "Chicago, IL",
    )


def test_markdown_renders_runs_of_spaces_as_one(write):
    path = write("resume.md", "Acme Corp      Jan 2020 – Present\n")
    assert read(path).lines[0].text == "Acme Corp Jan 2020 – Present"


@pytest.mark.parametrize(
    ("mark", "count"),
    [
        ("[a](", 3000),
        ("[", 10_000),
        ("`", 12_000),
        ("`a ", 4000),
        ("*a ", 16_000),
        ("_a ", 16_000),
        ("**a ", 12_000),
    ],
)
def test_a_line_of_nothing_but_markup_is_read_as_typed(mark: str, count: int):
    # Each of these once made a pattern backtrack for minutes; an unpaired mark is text.
    shown, links = markdown_inline(mark * count)
    assert links == ()
    assert shown.replace("*", "").replace("_", "").replace("`", "") == (mark * count).replace(
        "*", ""
    ).replace("_", "").replace("`", "")


@pytest.mark.parametrize(
    ("source", "shown", "links"),
    [
        (
            '[CV](https://example.org/cv.pdf) and [site](https://example.org "title")',
            "CV and site",
            2,
        ),
        ("``a ` b`` then `c`", "a ` b then c", 0),
        ("*a* *b* and **c** **d**", "a b and c d", 0),
    ],
)
def test_bounded_patterns_still_pair_marks_on_one_line(source: str, shown: str, links: int):
    text, found = markdown_inline(source)
    assert (text, len(found)) == (shown, links)
