"""Property-based tests: arbitrary text never raises, and what is found is consistent.

Inputs mix arbitrary unicode with the tokens resumes are made of (months,
years, separators, phone and email fragments, invisible and right-to-left
characters), so the generators reach the parsers' interesting paths instead
of only their early exits. Runs stay small for CI; `benchmarks/fuzz.py` runs
the readers for longer.
"""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import phonenumbers
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from reslint.engine import activate, lint
from reslint.kinds import Context
from reslint.lexicon.contact import find_emails, find_linkedin, find_phones, find_urls
from reslint.lexicon.dates import find_dates, parse_date
from reslint.model import Box, Document, FileFacts, Line, ReaderOutput, Region
from reslint.readers import ReadError
from reslint.readers.text import decode, lines_from_text
from reslint.rulebook import load_rulebook
from reslint.structure import build_document, build_structure

# Small for CI; RESLINT_PROPERTY_EXAMPLES=5000 for a long local search.
EXAMPLES = int(os.environ.get("RESLINT_PROPERTY_EXAMPLES", "60"))
BOUNDED = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

TOKENS = (
    *"0123456789 ,.-/()+|@:;#*•–—'\t",
    "Jan",
    "January",
    "Sept.",
    "sept",
    "dic",
    "Summer",
    "Fall",
    "Present",
    "present",
    "aujourd'hui",
    " to ",
    " – ",
    " - ",
    "1999",
    "2021",
    "2099",
    "1900",
    "'21",
    "12/2020",
    "2020-13",
    "00",
    "+1",
    "+44 20 7946 0958",
    "(609) 999-9995",
    "555-5555",
    "0049",
    "ext. 12",
    "ada@example.org",
    "@",
    "mailto:",
    "tel:",
    "linkedin.com/in/",
    "https://",
    "www.",
    "\u200b",  # zero-width space
    "\u202e",  # right-to-left override
    "\ufeff",  # byte-order mark
    "\u00a0",  # no-break space
    "\f",
    "\r\n",
    "\n",
    "２０２０",  # full-width digits
    "٢٠٢١",  # Arabic-Indic digits
    "İ",  # lower-cases to two code points
    "ß",
    "ﬁ",
    "Experience",
    "EDUCATION",
    "## ",
    "- ",
    "Inc.",
    "University",
    "Engineer",
    "I ",
)

resume_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(TOKENS), st.text(max_size=6)), max_size=40).map("".join),
)
one_line = resume_text.map(lambda text: " ".join(text.split()))
regions = st.sampled_from(["US", "GB", "DE", "IN", "FR", "ZZ"])


@BOUNDED
@given(resume_text)
def test_find_dates_spans_are_inside_the_text_and_ordered(text):
    found = find_dates(text)
    previous_end = 0
    for match in found:
        assert previous_end <= match.start < match.end <= len(text)
        assert text[match.start : match.end] == match.range.raw
        previous_end = match.end
        for value in (match.range.start, match.range.end):
            if value is None or value.present:
                continue
            # Persian and Arabic lines also count years by the Hijri calendars (1300-1499).
            lowest = 1300 if re.search("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufeff]", text) else 1900
            assert lowest <= value.year <= 2099
            assert value.month is None or 1 <= value.month <= 12
            assert value.raw in match.range.raw
            value.iso()


@BOUNDED
@given(resume_text)
def test_parse_date_is_none_or_a_valid_value(text):
    value = parse_date(text)
    if value is not None and not value.present:
        assert 1900 <= value.year <= 2099
        assert value.month is None or 1 <= value.month <= 12
        assert value.earliest(0) <= value.latest(0)


@BOUNDED
@given(one_line, regions, st.lists(st.sampled_from(["tel:", "tel:+", "mailto:"]), max_size=2))
@example("0049000000", "GB", [])  # once normalised to "+4900000", which parses as "+490000"
@example("", "US", ["tel:"])  # once an empty phone number
def test_phones_are_e164_that_parse_back(text, region, link_prefixes):
    links = tuple(prefix + text[:30] for prefix in link_prefixes)
    line = Line(text, links=links)
    for found in find_phones(line, region):
        assert found.raw in text or any(found.raw in link for link in links)
        assert 7 <= len(re.findall(r"\d", found.raw)) <= 15
        if found.value != found.raw:  # normalised: must be E.164 that parses back to itself
            number = phonenumbers.parse(found.value, None)
            formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            assert formatted == found.value


@BOUNDED
@given(one_line, st.lists(st.sampled_from(["mailto:", "mailto:?", "https://"]), max_size=2))
@example("0", ["mailto:"])  # once the email "0"
def test_emails_links_and_urls_come_from_the_line(text, link_prefixes):
    links = tuple(prefix + text[:40] for prefix in link_prefixes)
    line = Line(text, links=links)
    for found in find_emails(line):
        assert found.value == found.value.lower()
        assert "@" in found.value
        assert found.raw in text or any(found.raw in link for link in links)
    for found in (*find_linkedin(line), *find_urls(line)):
        assert found.raw in text or any(found.raw in link for link in links)


@BOUNDED
@given(st.binary(max_size=400))
def test_text_decoding_of_arbitrary_bytes_raises_only_read_error(data):
    try:
        text = decode(data, Path("x.txt"))
    except ReadError:
        return
    assert isinstance(text, str)


@BOUNDED
@given(resume_text, st.booleans())
@example("– ", False)  # once a bullet with no text
@example("## ", True)
def test_text_reader_lines_keep_source_order(text, markdown):
    lines = lines_from_text(text, markdown)
    source_lines = text.replace("\r\n", "\n").replace("\r", "\n").count("\n") + 1
    numbers = [line.number for line in lines]
    assert numbers == sorted(numbers)
    for line in lines:
        assert line.text and line.text == line.text.strip()
        assert 1 <= line.number <= source_lines
        assert line.page >= 1


boxes = st.builds(
    lambda x, y, w, h: Box(x, y, x + w, y + h),
    st.floats(0, 600),
    st.floats(0, 800),
    st.floats(0, 300),
    st.floats(0, 40),
)
lines_strategy = st.builds(
    Line,
    text=one_line,
    page=st.integers(1, 4),
    number=st.integers(1, 80),
    box=st.none() | boxes,
    font_size=st.none() | st.floats(0.5, 40),
    bold=st.booleans(),
    region=st.sampled_from(list(Region)),
    bullet=st.booleans(),
    heading=st.booleans(),
    color=st.none() | st.tuples(*[st.floats(0, 1)] * 3),
    font_name=st.none() | st.sampled_from(["Helvetica-Bold", "FontAwesome", "Arial"]),
    links=st.lists(one_line.map(lambda t: "mailto:" + t) | one_line, max_size=2).map(tuple),
    page_height=st.none() | st.floats(100, 1000),
)
documents_lines = st.lists(lines_strategy, max_size=25).map(tuple)


@BOUNDED
@given(documents_lines, regions)
def test_structure_of_arbitrary_lines(lines, region):
    structure = build_structure(lines, region)
    ids = {id(line) for line in lines}
    for section in structure.sections:
        assert all(id(line) in ids for line in section.lines)
    for position in structure.positions:
        assert position.line is None or id(position.line) in ids
        for item in (*position.bullets, *position.context):
            assert item.line is None or id(item.line) in ids
    for field in (*structure.contact.emails, *structure.contact.phones):
        assert id(field.line) in ids


facts_strategy = st.builds(
    FileFacts,
    format=st.sampled_from(["text", "markdown", "pdf", "docx", "linkedin-export"]),
    page_count=st.integers(1, 60),
    metadata=st.dictionaries(
        st.sampled_from(["Author", "Title", "Creator", "Producer", "Subject"]), one_line
    ),
    image_count=st.integers(0, 20),
    pages_without_text=st.lists(st.integers(1, 60), max_size=3).map(tuple),
    warnings=st.lists(one_line, max_size=2).map(tuple),
)


def _document(lines: tuple[Line, ...], facts: FileFacts, kind: str, name: str) -> Document:
    output = ReaderOutput(lines=lines, facts=facts, kind=kind)  # type: ignore[arg-type]
    return build_document(Path(name), output, "US")


RULEBOOK = load_rulebook()


@pytest.mark.parametrize("rule_name", sorted(RULEBOOK.rules))
@settings(BOUNDED, max_examples=max(10, EXAMPLES // 6))
@given(
    lines=documents_lines,
    facts=facts_strategy,
    profile_lines=st.none() | documents_lines,
    today=st.dates(date(2000, 1, 1), date(2040, 12, 31)),
)
def test_every_rule_over_arbitrary_documents(rule_name, lines, facts, profile_lines, today):
    rule = RULEBOOK.rules[rule_name]
    doc = _document(lines, facts, "resume", "resume.pdf")
    profile = None
    if profile_lines is not None:
        profile = _document(profile_lines, FileFacts("linkedin-export"), "profile", "p.zip")
    findings = lint(doc, [activate(rule)], Context(today=today, profile=profile))
    for finding in findings:
        assert finding.rule == rule.name
        assert finding.location.path in {"resume.pdf", "p.zip"}
