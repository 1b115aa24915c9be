"""JSON Resume and RenderCV readers: structure mapped straight from the source, with lines."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.config import Config
from reslint.discovery import collect
from reslint.model import Document
from reslint.options import RunOptions
from reslint.readers import ReadError, detect, read
from reslint.rulebook import load_rulebook
from reslint.runner import run
from reslint.structure import build_document
from tests.conftest import CORPUS

STRUCTURED = CORPUS / "structured"


def doc_of(path: Path, region: str = "US") -> Document:
    return build_document(path, read(path), region)


def line_of(path: Path, fragment: str) -> int:
    """The 1-based line of the source file that contains `fragment` (first occurrence)."""
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if fragment in text:
            return number
    raise AssertionError(f"{fragment!r} not in {path}")


# ---------------------------------------------------------------- JSON Resume


def test_json_resume_sample_fields_and_lines() -> None:
    path = STRUCTURED / "jsonresume_schema_sample.resume.json"
    doc = doc_of(path)
    contact = doc.contact
    assert contact.name is not None and contact.name.value == "Richard Hendriks"
    assert contact.name.line is not None
    assert contact.name.line.number == line_of(path, '"name": "Richard Hendriks"')
    assert contact.headline is not None and contact.headline.value == "Programmer"
    assert [f.value for f in contact.emails] == ["richard.hendriks@mail.com"]
    assert [f.value for f in contact.phones] == ["+19125554321"]  # US region from the run
    assert contact.phones[0].line.number == line_of(path, '"phone"')
    work = doc.positions[0]
    assert (work.company.value, work.title.value) == ("Pied Piper", "CEO/President")
    assert (work.dates.start.iso(), work.dates.end.iso()) == ("2013-12", "2014-12")
    assert work.line.number == line_of(path, '"name": "Pied Piper"')
    assert work.bullets[1].value == "Successfully won Techcrunch Disrupt"
    assert work.bullets[1].line.number == line_of(path, "Successfully won Techcrunch")
    assert work.bullets[1].line.bullet
    volunteer = doc.positions[1]
    assert (volunteer.company.value, volunteer.section) == ("CoderDojo", "Volunteer")
    school = doc.education[0]
    assert school.school.value == "University of Oklahoma"
    assert school.degree.value == "Bachelor"
    assert school.field is not None and school.field.value == "Information Technology"
    kinds = {section.title: section.kind for section in doc.sections}
    assert (kinds["Work"], kinds["Volunteer"], kinds["Education"]) == (
        "experience",
        "volunteer",
        "education",
    )
    assert doc.structure.summary[0].value.startswith("Richard hails from Tulsa")
    # Lines are in source order, every one on page 1.
    numbers = [line.number for line in doc.lines]
    assert numbers == sorted(numbers) and {line.page for line in doc.lines} == {1}


def test_json_resume_extra_keys_and_open_end() -> None:
    path = STRUCTURED / "jsonresumedocx_jobby_mcjobface.json"
    doc = doc_of(path)
    first = doc.positions[0]
    assert first.company.value == "Sheets & Giggles"
    assert (first.dates.start.iso(), first.dates.end.iso()) == ("2017-10", "present")
    assert not any(line.text in ("117", "137") for line in doc.lines)  # _startDatePad values
    assert doc.education[0].dates.start is None
    assert doc.education[0].dates.end.iso() == "2014-01"


def test_json_resume_markdown_and_profiles_without_network() -> None:
    path = STRUCTURED / "theme8bitsheep_resume.json"
    doc = doc_of(path)
    assert [f.value for f in doc.contact.linkedin] == ["linkedin.com/in/paissivillanen"]
    assert [f.value for f in doc.contact.phones] == ["+358401234567"]
    summary = doc.structure.summary[0]
    assert "*" not in summary.value and "Tampere University" in summary.value
    assert summary.line.links == ("https://en.wikipedia.org/wiki/Tampere",)


def test_reactive_resume_json_is_not_json_resume(tmp_path: Path) -> None:
    path = STRUCTURED / "reactiveresume_ditto_template.json"
    assert detect(path) is None  # skipped when linting folders
    with pytest.raises(ReadError, match=r"^not a JSON Resume file \(.*Reactive Resume"):
        read(path)  # named explicitly: a clear reason
    (tmp_path / "package.json").write_text('{"name": "x", "version": "1.0.0"}')
    assert detect(tmp_path / "package.json") is None


def test_folder_lint_skips_non_resume_json_and_yaml() -> None:
    found = {path.name for path in collect([STRUCTURED], Config())}
    assert "reactiveresume_ditto_template.json" not in found
    assert "rendercv_sample_entries.yaml" not in found  # YAML without `cv:`
    assert {"jsonresume_schema_sample.resume.json", "rendercv_classic.yaml"} <= found


def test_json_resume_built_here_old_keys_and_first_person(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        "{\n"
        '  "basics": {"name": "Ada Lovelace", "email": "Ada@Example.org"},\n'
        '  "work": [\n'
        "    {\n"
        '      "company": "Analytical Engines Ltd",\n'
        '      "position": "Programmer",\n'
        '      "startDate": "1998",\n'
        '      "highlights": ["I wrote the first program", "Published notes"]\n'
        "    }\n"
        "  ]\n"
        "}\n"
    )
    doc = doc_of(path)
    assert doc.contact.emails[0].value == "ada@example.org"
    assert doc.contact.emails[0].line.number == 2
    position = doc.positions[0]
    assert position.company.value == "Analytical Engines Ltd"  # pre-1.0 `company` key
    assert (position.dates.start.iso(), position.dates.end.iso()) == ("1998", "present")
    assert [bullet.line.number for bullet in position.bullets] == [8, 8]
    report = run([path], RunOptions(config=Config(), rulebook=load_rulebook()))
    hits = [f for f in report.findings if f.rule == "first-person"]
    assert [f.location.line for f in hits] == [8]


def test_minified_json_resume_is_all_line_one(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{"basics":{"name":"Ada"},"work":[{"name":"Engines","position":"Analyst"}]}')
    doc = doc_of(path)
    assert doc.positions[0].company.value == "Engines"
    assert {line.number for line in doc.lines} == {1}


def test_invalid_json_is_one_line(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text('{"basics": {"name": "Ada",}\n')
    assert detect(path) is None
    with pytest.raises(ReadError, match=r"^invalid JSON \(.* at line 1\)$"):
        read(path)


# ---------------------------------------------------------------- RenderCV


def test_rendercv_fields_and_yaml_lines() -> None:
    path = STRUCTURED / "rendercv_classic.yaml"
    doc = doc_of(path)
    assert doc.facts.format == "rendercv"
    assert doc.contact.name.value == "John Doe"
    assert doc.contact.name.line.number == line_of(path, "name: John Doe")
    assert [f.value for f in doc.contact.linkedin] == ["linkedin.com/in/rendercv"]
    assert [f.value for f in doc.contact.urls] == [
        "https://rendercv.com/",
        "https://github.com/rendercv",
    ]
    first = doc.positions[0]
    assert (first.company.value, first.title.value) == ("Nexus AI", "Co-Founder & CTO")
    assert (first.dates.start.iso(), first.dates.end.iso()) == ("2023-06", "present")
    assert first.line.number == line_of(path, "company: Nexus AI")
    assert first.dates.line.number == line_of(path, "start_date: 2023-06")
    assert len(doc.positions) == 5
    assert [e.school.value for e in doc.education] == [
        "Princeton University",
        "Boğaziçi University",
    ]
    welcome = doc.sections[0]
    assert (welcome.title, welcome.kind) == ("Welcome to RenderCV", "other")
    markdown = next(line for line in doc.lines if line.text.startswith("Markdown syntax"))
    assert (
        markdown.text == "Markdown syntax is supported everywhere. This is bold, italic, and link."
    )
    assert markdown.links == ("https://example.com",)


def test_rendercv_section_titles_and_phone() -> None:
    academic = doc_of(STRUCTURED / "rendercv_atsproof_academic.yaml")
    titles = {section.title: section.kind for section in academic.sections}
    assert titles["Academic Positions"] == "experience"
    assert academic.positions[0].section == "Academic Positions"
    diacritics = doc_of(STRUCTURED / "rendercv_atsproof_diacritics.yaml")
    assert [f.value for f in diacritics.contact.phones] == ["+34612345678"]
    full = doc_of(STRUCTURED / "rendercv_atsproof_standard_full.yaml")
    assert full.structure.summary[0].value.startswith("Senior software engineer with 8 years")


def test_rendercv_built_here(tmp_path: Path) -> None:
    path = tmp_path / "cv.yaml"
    path.write_text(
        "cv:\n"
        "  name: Ada Lovelace\n"
        "  email: [ada@example.org, ada@work.example]\n"
        "  custom_connections:\n"
        "    - placeholder: Ada on LinkedIn\n"
        "      url: https://www.linkedin.com/in/ada-l/\n"
        "  sections:\n"
        "    work_history:\n"
        "      - company: Engines\n"
        "        position: Programmer\n"
        "        start_date: 2020-09\n"
        "        highlights:\n"
        "          - Cut run time by **40%**\n"
        "      - company: Looms\n"
        "        position: Analyst\n"
        "        date: Summer 2019\n"
        "    projects:\n"
        "      - name: Loom cards\n"
        "        date: Sept 2018 – Jan 2019\n"
        "      - company: Difference Engine Ltd\n"
        "        position: Consultant\n"
        "        date: Jan 2017 – present\n"
        "design:\n"
        "  theme: classic\n"
    )
    doc = doc_of(path)
    assert [f.value for f in doc.contact.emails] == ["ada@example.org", "ada@work.example"]
    assert [(f.value, f.line.number) for f in doc.contact.linkedin] == [
        ("linkedin.com/in/ada-l", 5)
    ]
    first, second, third = doc.positions
    assert (third.dates.start.iso(), third.dates.end.iso()) == ("2017-01", "present")
    assert [line.text for line in doc.lines].count("Sept 2018 – Jan 2019") == 1
    assert first.section == "Work History"
    assert (first.dates.start.iso(), first.dates.end.iso()) == ("2020-09", "present")
    assert first.bullets[0].value == "Cut run time by 40%"
    assert first.bullets[0].line.number == 13
    assert second.dates.start.iso() == "2019" and second.dates.end is None  # Summer 2019
    assert not any(line.text == "classic" for line in doc.lines)  # design: is not the resume


def test_yaml_without_cv_and_broken_yaml(tmp_path: Path) -> None:
    other = tmp_path / "docker-compose.yml"
    other.write_text("services:\n  web:\n    image: nginx\n")
    assert detect(other) is None
    with pytest.raises(ReadError, match=r"^not a RenderCV file"):
        read(other)
    broken = tmp_path / "cv.yaml"
    broken.write_text("cv:\n  name: [unclosed\n")
    with pytest.raises(ReadError, match=r"^invalid YAML"):
        read(broken)


def test_yaml_alias_bomb(tmp_path: Path) -> None:
    # Nine levels of ten aliases each: a few hundred bytes that name 10**9 values.
    rows = ["        l0: &l0 [x, x, x, x, x, x, x, x, x, x]"]
    rows += [f"        l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = tmp_path / "cv.yaml"
    path.write_text("cv:\n  name: Ada\n  sections:\n    bomb:\n      - name: x\n" + "\n".join(rows))
    with pytest.raises(ReadError, match="too many values"):
        read(path)


def test_json_resume_with_wrong_types_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / "resume.json"
    path.write_text(
        '{"basics": {"name": "Ada", "profiles": {"url": "x"}, "email": 42},\n'
        ' "work": ["Engines", {"name": "Looms", "position": ["a"], "highlights": "Did it"}],\n'
        ' "education": "Cambridge"}\n'
    )
    doc = doc_of(path)
    assert [(p.company.value, p.title) for p in doc.positions] == [("Looms", None)]
    assert doc.positions[0].bullets[0].value == "Did it"
    assert doc.education == ()
    assert {"Engines", "Cambridge"} <= {line.text for line in doc.lines}


def test_summary_stands_in_for_a_missing_headline() -> None:
    # As for printed resumes: a summary says what the person does when no headline does.
    doc = doc_of(STRUCTURED / "rendercv_atsproof_standard_full.yaml")
    assert doc.contact.headline is not None
    assert doc.contact.headline.value.startswith("Senior software engineer with 8 years")
    labelled = doc_of(STRUCTURED / "jsonresume_schema_sample.resume.json")
    assert labelled.contact.headline.value == "Programmer"


def test_rendercv_highlight_continued_with_dashes_is_nested_bullets() -> None:
    # "- Published research …\n    - ICML 2022 …\n    - NeurIPS 2022 …" folds into one YAML
    # string; RenderCV prints the parts as nested bullets, so each is its own bullet.
    path = STRUCTURED / "rendercv_classic.yaml"
    doc = doc_of(path)
    on_line = [
        bullet.value
        for position in doc.positions
        for bullet in position.bullets
        if bullet.line is not None and bullet.line.number == line_of(path, "Published research")
    ]
    assert [text.split()[0] for text in on_line] == ["Published", "ICML", "NeurIPS", "Invited"]


def _over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A JSON Resume, a RenderCV file and a package-lock.json, each over the size limit
    (lowered here, as sniffing and reading see it)."""
    import json

    import reslint.readers as readers

    files = {
        "resume.json": json.dumps({"basics": {"name": "Ada Lovelace"}, "work": []}),
        "cv.yaml": "cv:\n  name: Ada Lovelace\n",
        "package-lock.json": json.dumps({"name": "app", "packages": {"": {"version": "1"}}}),
    }
    paths = {}
    for name, text in files.items():
        paths[name] = tmp_path / name
        paths[name].write_text(text + " " * 4096, encoding="utf-8")
    monkeypatch.setattr(readers, "SNIFF_MAX_BYTES", 4096)
    return paths


def test_a_resume_over_the_size_limit_is_refused_by_its_size_not_skipped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from reslint.readers import ReadOptions, foreign

    paths = _over_the_limit(tmp_path, monkeypatch)
    assert detect(paths["resume.json"]).name == "jsonresume"
    assert detect(paths["cv.yaml"]).name == "rendercv"
    for name in ("resume.json", "cv.yaml"):
        with pytest.raises(ReadError, match="too large"):
            read(paths[name], ReadOptions(max_bytes=4096))
    lock = paths["package-lock.json"]
    assert detect(lock) is None and foreign(lock, None)  # still someone else's file, skipped


def test_a_run_reports_the_over_limit_resume_as_too_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from reslint.config import Limits

    paths = _over_the_limit(tmp_path, monkeypatch)
    config = Config(limits=Limits(max_file_mb=4096 / 1024 / 1024))
    report = run(list(paths.values()), RunOptions(config=config, rulebook=load_rulebook()))
    errors = {Path(result.path).name: result.error for result in report.files}
    assert set(errors) == {"resume.json", "cv.yaml"}
    assert all(error and error.startswith("file too large") for error in errors.values())
    assert [note.split(":")[0] for note in report.notes] == [str(paths["package-lock.json"])]
