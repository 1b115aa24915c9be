"""The truth and the score of resumes built from fictional people, shared by the benchmarks
that render those people through real templates (`rendercv_themes.py`, `latex_templates.py`).

A person is `tests.linkedin_fixtures.Person` (made by `profile_mismatch.random_person`); the
truth is in the realworld `truth.json` form, scored with `parse_accuracy.compare`, so the
figures mean what `real_accuracy.py`'s mean.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from parse_accuracy import FileResult, Score, compare  # noqa: E402
from real_accuracy import predict  # noqa: E402

from reslint.readers import ReadError  # noqa: E402
from tests.linkedin_fixtures import Person  # noqa: E402

FIELDS = ("contact", "name", "positions", "education")
CONTACT = ("email", "phone", "linkedin")


def iso_month(value: tuple[int, int] | None) -> str:
    return "present" if value is None else f"{value[0]}-{value[1]:02d}"


def degree_and_field(printed: str) -> tuple[str, str]:
    """The generator prints `B.S. Computer Science`; templates print degree and field apart."""
    degree, _, area = printed.partition(" ")
    return degree, area


def linkedin_handle(person: Person) -> str:
    return f"{person.first}-{person.last}".lower()


def truth_of(person: Person) -> dict[str, Any]:
    """The labels, in the realworld `truth.json` form."""
    return {
        "name": f"{person.first} {person.last}",
        "emails": [person.email],
        "phones": ["+" + "".join(ch for ch in person.phone if ch.isdigit())],
        "linkedin": f"linkedin.com/in/{linkedin_handle(person)}",
        "positions": [
            {
                "company": job.company,
                "title": job.title,
                "start": iso_month(job.start),
                "end": iso_month(job.end),
            }
            for job in person.jobs
        ],
        "education": [
            {
                "school": school.school,
                "degree": degree_and_field(school.degree)[0],
                "start": str(school.start) if school.start else None,
                "end": str(school.end),
            }
            for school in person.schools
        ],
    }


def _education_years(data: dict[str, Any]) -> dict[str, Any]:
    def year(value: str | None) -> str | None:
        return value[:4] if value and value[:4].isdigit() else value

    entries = data.get("education") or []
    return {
        **data,
        "education": [
            {**e, "start": year(e.get("start")), "end": year(e.get("end"))} for e in entries
        ],
    }


def score(path: Path, truth: dict[str, Any], education_by_year: bool = False) -> FileResult:
    """`education_by_year`: a template that prints a year as `Jan 2014` is not misread."""
    result = FileResult(path)
    try:
        predicted = predict(path)
    except ReadError as error:
        result.error = str(error)
        predicted = {}
    if education_by_year:
        predicted, truth = _education_years(predicted), _education_years(truth)
    compare(predicted, truth, result)
    contact = Score()
    for name in CONTACT:
        contact.add(result.scores[name])
    result.scores["contact"] = contact
    return result


def table(groups: dict[str, list[FileResult]]) -> str:
    lines = [f"{'':<28} {'n':>3}  " + "  ".join(f"{name:>9}" for name in FIELDS)]
    for key, results in groups.items():
        summed = {name: Score() for name in FIELDS}
        for result in results:
            for name in FIELDS:
                summed[name].add(result.scores[name])
        cells = "  ".join(f"{summed[name].f1:9.3f}" for name in FIELDS)
        lines.append(f"{key:<28} {len(results):>3}  {cells}")
    return "\n".join(lines)
