"""Section titles: accents, languages, and the lines that only look like titles."""

from __future__ import annotations

import pytest

from reslint.model import Line
from reslint.structure.headings import SECTION_KINDS, heading_kind, known_title, normalise


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Expérience", "experience"),
        ("EXPÉRIENCE PROFESSIONNELLE", "experience"),
        ("Educacion", "education"),  # typed without the accent
        ("EDUCACIÓN", "education"),
        ("Formación", "education"),
        ("Référénces", "references"),  # accents where there are none still fold away
        ("Honors-Awards", "awards"),  # LinkedIn's spelling, hyphen and all
        ("教育背景", "education"),
    ],
)
def test_titles_are_known_with_or_without_accents(title: str, kind: str) -> None:
    assert known_title(title) == kind
    assert heading_kind(Line(title)) == kind


def test_folding_keeps_what_is_not_an_accent() -> None:
    assert normalise("Expérience  Professionnelle:") == "experience professionnelle"
    assert normalise("경력") == "경력"  # Hangul decomposes under NFKD; it must come back whole
    assert normalise("Centres d’intérêt") == "centres d'interet"


def test_each_title_is_written_once() -> None:
    """Folding makes spellings that differ only in accents or punctuation the same title."""
    titles = [normalise(title) for titles in SECTION_KINDS.values() for title in titles]
    assert len(titles) == len(set(titles))
