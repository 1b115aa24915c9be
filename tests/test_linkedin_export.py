"""The LinkedIn data export reader, on exports built here (never a real person's export)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reslint.readers import ReadError, ReadOptions, detect, read
from reslint.structure import build_document
from tests.linkedin_fixtures import GRACE, export_csvs, write_export_zip

EXPORT = "Basic_LinkedInDataExport_03-14-2026.zip"


def load(path: Path, options: ReadOptions | None = None):
    output = read(path, options)
    return build_document(path, output), output.facts.warnings


def test_zip_export_is_recognised_and_read(tmp_path):
    path = write_export_zip(tmp_path / EXPORT, export_csvs(GRACE))
    assert detect(path).name == "linkedin-export"
    doc, warnings = load(path)
    assert warnings == ()
    assert doc.kind == "profile"
    assert doc.contact.name.value == "Grace Hopper"
    assert doc.contact.headline.value == "Software Engineering Manager"
    assert [e.value for e in doc.contact.emails] == [
        "grace.hopper@example.com",
        "ghopper1906@example.net",
    ]
    assert [f.value for f in doc.contact.urls] == ["https://hopper.example.org"]
    assert [(p.company.value, p.title.value) for p in doc.positions] == [
        ("Tailspin Toys", "Software Engineering Manager"),
        ("Woodgrove Bank", "Sr. Software Engineer"),
        ("Litware", "Software Engineer"),
    ]
    current = doc.positions[0].dates
    assert current.start.iso() == "2020-09" and current.is_current
    assert doc.positions[1].dates.end.iso() == "2020-08"
    # Each position points at its record: the CSV's line number, and the line names the CSV.
    assert [p.line.number for p in doc.positions] == [2, 3, 4]
    assert all(p.line.text.startswith("Positions.csv: ") for p in doc.positions)
    assert doc.positions[0].context[0].text.startswith("Led 9 engineers")
    yale = doc.education[0]
    assert (yale.school.value, yale.dates.start.iso(), yale.dates.end.iso()) == (
        "Yale University",
        "2012",
        "2014",
    )
    assert yale.line.text.startswith("Education.csv: ")


def test_export_in_a_subfolder_of_the_zip_and_unpacked(tmp_path):
    zipped = write_export_zip(tmp_path / EXPORT, export_csvs(GRACE), folder="export/")
    assert load(zipped)[0].positions[0].company.value == "Tailspin Toys"
    folder = tmp_path / "Basic_LinkedInDataExport_03-14-2026" / "inner"
    folder.mkdir(parents=True)
    for name, text in export_csvs(GRACE).items():
        (folder / name).write_text(text, encoding="utf-8")
    assert detect(folder.parent).name == "linkedin-export"
    doc, _ = load(folder.parent)
    assert doc.facts.format == "linkedin-export-folder"
    assert len(doc.positions) == 3


def test_single_csv(tmp_path):
    path = tmp_path / "Positions.csv"
    path.write_text(export_csvs(GRACE)["Positions.csv"], encoding="utf-8")
    assert detect(path).name == "linkedin-export"
    doc, _ = load(path)
    assert len(doc.positions) == 3 and doc.contact.name is None


def test_tolerates_bom_preamble_blank_rows_multiline_and_renamed_columns(tmp_path):
    text = (
        "\ufeffNotes:\n"
        '"Exported by LinkedIn, columns may change"\n'
        "\n"
        "Finished On,Started On,Title,Company,Description,Employment Type\n"
        "\n"
        ',03/2016,Engineer,Acme Inc.,"Built things\nand more things",Full-time\n'
        "Jun 2015,2014,Intern,Initech,,Internship\n"
    )
    path = tmp_path / "Positions.csv"
    path.write_bytes(text.encode("utf-8"))
    doc, warnings = load(path)
    acme, initech = doc.positions
    assert (acme.company.value, acme.title.value) == ("Acme Inc.", "Engineer")
    assert acme.dates.start.iso() == "2016-03" and acme.dates.is_current
    assert [f.text for f in acme.context] == ["Built things", "and more things"]
    assert acme.line.number == 6
    assert initech.line.number == 8  # after the two-line quoted field
    assert (initech.dates.start.iso(), initech.dates.end.iso()) == ("2014", "2015-06")
    assert any("'Employment Type'" in w for w in warnings)
    assert not any("'Location'" in w for w in warnings)


def test_missing_columns_and_bad_dates_warn_without_failing(tmp_path):
    path = tmp_path / "Positions.csv"
    path.write_text("Company Name,Title,Started On\nAcme,Engineer,sometime\n", encoding="utf-8")
    doc, warnings = load(path)
    assert doc.positions[0].dates is None
    assert any("Finished On" in w for w in warnings)
    assert any("sometime" in w for w in warnings)


def test_old_phone_numbers_file_and_leading_space(tmp_path):
    csvs = export_csvs(GRACE)
    csvs["Phone Numbers.csv"] = csvs.pop("PhoneNumbers.csv")
    doc, _ = load(write_export_zip(tmp_path / EXPORT, csvs))
    assert [p.raw for p in doc.contact.phones] == ["(312) 555-0187"]


def test_latin1_csv_is_decoded_with_a_warning(tmp_path):
    path = tmp_path / "Profile.csv"
    path.write_bytes("First Name,Last Name,Headline\nJosé,Muñoz,Ingeniero\n".encode("latin-1"))
    doc, warnings = load(path)
    assert doc.contact.name.value == "José Muñoz"
    assert any("Latin-1" in w for w in warnings)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_is_read(tmp_path, encoding):
    """Excel's "Unicode text" export: UTF-16 with a byte-order mark, or without one."""
    profile = tmp_path / "Profile.csv"
    profile.write_bytes("First Name,Last Name,Headline\nJosé,Muñoz,Ingeniero\n".encode(encoding))
    doc, warnings = load(profile)
    assert doc.contact.name.value == "José Muñoz"
    assert not any("Latin-1" in w for w in warnings)
    other = tmp_path / "jobs.csv"  # a name LinkedIn never uses: claimed by its header
    text = "Company Name,Title,Started On,Finished On\nAcme,Engineer,Jan 2020,\n"
    other.write_bytes(text.encode(encoding))
    assert detect(other) is not None
    doc, _ = load(other)
    assert [(p.company.value, p.title.value) for p in doc.positions] == [("Acme", "Engineer")]


def test_a_zip_that_is_not_an_export_is_not_claimed(tmp_path):
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("holiday.jpg", b"\xff\xd8")
        archive.writestr("notes.csv", "a,b\n1,2\n")
    assert detect(path) is None


def test_folder_with_resumes_beside_loose_csvs_is_searched_not_claimed(tmp_path):
    (tmp_path / "Positions.csv").write_text(export_csvs(GRACE)["Positions.csv"])
    (tmp_path / "resume.md").write_text("# Grace Hopper\n")
    assert detect(tmp_path) is None


def test_zip_bomb_stops_at_the_unpacked_limit(tmp_path):
    path = tmp_path / EXPORT
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("Profile.csv", "First Name,Last Name\nA,B\n")
        archive.writestr("Positions.csv", "Company Name,Title\n" + "x" * 3_000_000)
    with pytest.raises(ReadError, match="unpacks to more than"):
        read(path, ReadOptions(max_unpacked_bytes=1024 * 1024))


def test_traversal_names_and_nested_archives_are_ignored(tmp_path):
    csvs = export_csvs(GRACE)
    path = tmp_path / EXPORT
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("../Profile.csv", "First Name,Last Name\nMallory,Evil\n")
        archive.writestr("inner.zip", b"PK\x03\x04 not read")
        archive.writestr("Positions.csv", csvs["Positions.csv"])
    doc, warnings = load(path)
    assert doc.contact.name is None
    assert len(doc.positions) == 3
    assert any("unsafe" in w for w in warnings)


def test_broken_export_zip_is_a_one_line_error(tmp_path):
    path = tmp_path / EXPORT
    path.write_bytes(b"PK\x03\x04 truncated")
    with pytest.raises(ReadError, match="not a valid ZIP"):
        read(path)


def test_other_csvs_are_not_claimed_but_renamed_export_files_are(tmp_path):
    tracker = tmp_path / "applications.csv"
    tracker.write_text("Company,Title,Status\nAcme,Engineer,Applied\n", encoding="utf-8")
    assert detect(tracker) is None
    renamed = tmp_path / "my-positions.csv"
    renamed.write_text(export_csvs(GRACE)["Positions.csv"], encoding="utf-8")
    assert detect(renamed).name == "linkedin-export"
    assert len(load(renamed)[0].positions) == 3


def _positions_csv(rows: int, company: str = "Contoso {}") -> str:
    from reslint.linkedin_csv import HEADERS, csv_text

    return csv_text(
        HEADERS["Positions.csv"],
        ((company.format(i), "Engineer", "", "", "Jan 2019", "Mar 2020") for i in range(rows)),
    )


def test_rows_past_the_cap_are_left_unread_with_a_note_the_run_reports(tmp_path):
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.readers.linkedin_export_csv import MAX_ROWS
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    csvs = {**export_csvs(GRACE), "Positions.csv": _positions_csv(MAX_ROWS + 7)}
    path = write_export_zip(tmp_path / EXPORT, csvs)
    output = read(path)
    assert len(output.known.positions) == MAX_ROWS
    assert output.known.positions[-1].company.value == f"Contoso {MAX_ROWS - 1}"
    assert [note.split(":")[0] for note in output.facts.truncated] == ["Positions.csv"]
    report = run([path], RunOptions(config=Config(), rulebook=load_rulebook()))
    assert report.files[0].notes == output.facts.truncated
    assert [note for note in report.notes if "Positions.csv" in note] == [
        f"{path}: {output.facts.truncated[0]}"
    ]


def test_a_file_within_the_cap_has_no_note(tmp_path):
    from reslint.readers.linkedin_export_csv import MAX_ROWS

    csvs = {**export_csvs(GRACE), "Positions.csv": _positions_csv(MAX_ROWS)}
    output = read(write_export_zip(tmp_path / EXPORT, csvs))
    assert len(output.known.positions) == MAX_ROWS
    assert output.facts.truncated == ()


def test_latin1_found_past_the_first_chunk_is_read_again_whole(tmp_path):
    # The CSV is decoded as it is read: a byte that is not UTF-8 far into the file
    # restarts the file as Latin-1, with one warning and no row lost or doubled.
    text = _positions_csv(400) + "Café Núñez,Engineer,,,Jan 2021,Mar 2022\n"
    path = tmp_path / EXPORT
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", export_csvs(GRACE)["Profile.csv"])
        archive.writestr("Positions.csv", text.encode("cp1252"))
    assert len(text) > 16_000
    output = read(path)
    companies = [p.company.value for p in output.known.positions]
    assert len(companies) == 401 and companies[-1] == "Café Núñez"
    assert [w for w in output.facts.warnings if "Latin-1" in w] == [
        "Positions.csv is not UTF-8; read it as Latin-1 (Windows-1252)"
    ]


def test_cache_keeps_a_results_notes():
    from reslint.cache import from_dict, to_dict
    from reslint.report import FileResult

    result = FileResult("a.zip", notes=("Positions.csv: only the first 1,000 rows read",))
    assert from_dict(to_dict(result)).notes == result.notes
