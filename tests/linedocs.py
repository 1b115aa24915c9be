"""Documents built the way the PDF and DOCX readers build them, and running one rule on them."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from reslint.engine import activate, lint
from reslint.kinds import Context
from reslint.model import Box, Document, FileFacts, Finding, Line, ReaderOutput
from reslint.structure import build_document
from tests.rulehelp import RULEBOOK

PAGE = 792.0


def pdf_line(text: str, top: float, page: int = 1, number: int = 1, **style) -> Line:
    """A line as the PDF reader makes it: a box on a US Letter page."""
    box = Box(50, top, 550, top + 12)
    style = {"font_size": 10.0, **style}
    return Line(text, page=page, number=number, box=box, page_height=PAGE, **style)


def document(*lines: Line, fmt: str = "pdf", **facts) -> Document:
    numbered = tuple(replace(line, number=index) for index, line in enumerate(lines, start=1))
    pages = max(line.page for line in lines)
    output = ReaderOutput(numbered, FileFacts(format=fmt, page_count=pages, **facts))
    return build_document(Path(f"resume.{fmt}"), output)


def run(rule: str, doc: Document, region: str = "US", **options) -> list[Finding]:
    active = activate(RULEBOOK.rules[rule], None, options)
    return lint(doc, [active], Context(region=region))


def body(top: float = 120) -> list[Line]:
    return [
        pdf_line("Experience", top, bold=True, font_size=14),
        pdf_line("Acme Inc. — Data Engineer, Jan 2021 – Present", top + 20),
        pdf_line("Built the billing data pipeline, cutting month-end close by 3 days", top + 40),
    ]
