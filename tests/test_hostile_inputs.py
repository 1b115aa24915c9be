"""Broken and hostile files of each format, generated here from corpus files or from scratch.

Every one must end in a one-line reason or in ordinary findings: never a traceback,
never a reader bug caught by the runner's last resort ("cannot read file (…)"),
never the time limit, and (for archives) never unbounded memory.
"""

from __future__ import annotations

import io
import json
import random
import re
import struct
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import Config, Limits
from reslint.linting import lint_file
from reslint.options import RunOptions
from reslint.report import FileResult
from reslint.rulebook import load_rulebook
from reslint.runner import run
from tests.conftest import CORPUS
from tests.linkedin_fixtures import ADA, export_csvs

PDFS = [CORPUS / "pdf" / "jakes_resume_jake_ryan.pdf", CORPUS / "pdf" / "altacv_sample.pdf"]
DOCXS = [
    CORPUS / "docx" / "soupboss_01-accountant.docx",
    CORPUS / "docx" / "soupboss_mickey01.docx",
]
RULEBOOK = load_rulebook()
# A hang fails the test as "timed out" instead of stalling the suite.
OPTIONS = RunOptions(config=Config(limits=Limits(timeout_seconds=30)), rulebook=RULEBOOK)
GOOD = (
    "# Ada Lovelace\n## Experience\nAcme Inc. — Data Engineer, Jan 2021 – Present\n- I built it\n"
)


def handled(result: FileResult) -> FileResult:
    """The result is a clean reason or a normal lint, and nothing worse."""
    if result.error is not None:
        assert result.error and "\n" not in result.error, result.error
        assert not result.error.startswith("cannot read file ("), result.error  # a reader bug
        assert not result.error.startswith("timed out"), result.error
        assert result.findings == ()
    return result


def lint_bytes(tmp_path: Path, name: str, data: bytes, options: RunOptions = OPTIONS) -> FileResult:
    path = tmp_path / name
    path.write_bytes(data)
    return handled(lint_file(path, options))


def truncations(data: bytes) -> dict[str, bytes]:
    return {f"cut{n}": data[: max(1, len(data) * n // 1000)] for n in (1, 20, 250, 500, 900, 999)}


def bit_flips(data: bytes, seed: str, count: int = 12) -> dict[str, bytes]:
    rng = random.Random(seed)
    variants = {}
    for index in range(count):
        damaged = bytearray(data)
        for _ in range(rng.choice((1, 4, 32))):
            damaged[rng.randrange(len(damaged))] ^= 1 << rng.randrange(8)
        variants[f"flip{index}"] = bytes(damaged)
    return variants


def _variants() -> list:
    names = [*truncations(b"x" * 1000), *bit_flips(b"x", "names")]
    cases = [(source, "pdfium") for source in PDFS + DOCXS] + [(PDFS[0], "pdfplumber")]
    return [
        pytest.param(source, name, engine, id=f"{source.stem}-{name}-{engine}")
        for source, engine in cases
        for name in names
    ]


@pytest.mark.parametrize(("source", "variant", "engine"), _variants())
def test_truncated_and_bit_flipped_corpus_files(tmp_path, source, variant, engine):
    data = source.read_bytes()
    mutated = {**truncations(data), **bit_flips(data, source.name)}[variant]
    config = Config(pdf_engine=engine, limits=OPTIONS.config.limits)
    options = RunOptions(config=config, rulebook=RULEBOOK)
    result = lint_bytes(tmp_path, f"{variant}{source.suffix}", mutated, options)
    if variant.startswith("cut") and source.suffix == ".docx":
        # A ZIP's directory sits at its end: a cut DOCX cannot be opened at all.
        assert result.error is not None and "DOCX" in result.error


def test_broken_files_among_good_ones_in_a_folder_run(tmp_path):
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    for source in (*PDFS, *DOCXS):
        (folder / f"cut-{source.name}").write_bytes(source.read_bytes()[:3000])
    report = run([folder], OPTIONS)
    results = {Path(result.path).name: handled(result) for result in report.files}
    assert "first-person" in {f.rule for f in results["good.md"].findings}
    assert sum(1 for result in results.values() if result.error) >= 2
    assert report.exit_code(OPTIONS.config.fail_on) == 2


# ---------------------------------------------------------------- PDF built with reportlab


def _canvas(buffer: io.BytesIO, **kwargs):
    from reportlab.pdfgen import canvas

    return canvas.Canvas(buffer, pagesize=(612, 792), invariant=1, **kwargs)


def _resume_pdf(**kwargs) -> bytes:
    buffer = io.BytesIO()
    pdf = _canvas(buffer, **kwargs)
    for row, text in enumerate(GOOD.replace("#", "").splitlines()):
        pdf.drawString(72, 720 - 16 * row, text)
    pdf.save()
    return buffer.getvalue()


def test_encrypted_pdf_with_a_user_password_is_refused(tmp_path):
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _resume_pdf(encrypt=StandardEncryption("secret", ownerPassword="owner"))
    result = lint_bytes(tmp_path, "locked.pdf", data)
    assert result.error == "encrypted PDF (password required)"


def test_encrypted_pdf_without_a_user_password_is_linted(tmp_path):
    # Only an owner password (printing or copying restricted): any viewer opens it, so do we.
    from reportlab.lib.pdfencrypt import StandardEncryption

    data = _resume_pdf(encrypt=StandardEncryption("", ownerPassword="owner"))
    result = lint_bytes(tmp_path, "restricted.pdf", data)
    assert result.error is None
    assert [(f.rule, f.location.line) for f in result.findings if f.rule == "first-person"] == [
        ("first-person", 4)
    ]


def test_image_only_pdf_is_reported_as_not_extractable(tmp_path):
    image_module = pytest.importorskip("PIL.Image")
    scan = image_module.effect_noise((300, 400), 60).convert("RGB")
    buffer = io.BytesIO()
    pdf = _canvas(buffer)
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(scan), 36, 36, 540, 720)
    pdf.showPage()
    pdf.save()
    result = lint_bytes(tmp_path, "scan.pdf", buffer.getvalue())
    assert result.error is None
    assert "text-not-extractable" in {f.rule for f in result.findings}


def test_500_page_pdf_is_bounded_by_max_pages(tmp_path):
    buffer = io.BytesIO()
    pdf = _canvas(buffer)
    for page in range(1, 501):
        pdf.drawString(72, 720, f"Ada Lovelace page {page} ada@example.org")
        pdf.showPage()
    pdf.save()
    path = tmp_path / "long.pdf"
    path.write_bytes(buffer.getvalue())
    options = RunOptions(config=Config(limits=Limits(max_pages=5)), rulebook=RULEBOOK)
    result = handled(lint_file(path, options))
    assert result.error is None
    too_many = [f for f in result.findings if f.rule == "too-many-pages"]
    assert too_many and "500" in too_many[0].message
    assert max(f.location.page or 1 for f in result.findings) <= 5


# ---------------------------------------------------------------- DOCX built from a corpus file


def _rebuild(source: Path, changes: dict[str, bytes | None], method=zipfile.ZIP_DEFLATED) -> bytes:
    """`source` with members replaced, added (bytes) or removed (None)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(buffer, "w", method) as archive:
        for info in original.infolist():
            if info.filename not in changes:
                archive.writestr(info.filename, original.read(info))
        for name, content in changes.items():
            if content is not None:
                archive.writestr(name, content)
    return buffer.getvalue()


def _peak_mib(action) -> float:
    tracemalloc.start()
    try:
        action()
        return tracemalloc.get_traced_memory()[1] / (1024 * 1024)
    finally:
        tracemalloc.stop()


def test_docx_zip_bomb_is_refused_without_unpacking(tmp_path):
    # 300 MB of zeros deflate to about 300 KB; the declared size gives the bomb away.
    bomb = zipfile.ZipInfo("word/media/image9.png")
    bomb.compress_type = zipfile.ZIP_DEFLATED
    buffer = io.BytesIO(_rebuild(DOCXS[0], {}))
    with zipfile.ZipFile(buffer, "a") as archive, archive.open(bomb, "w") as member:
        chunk = bytes(1024 * 1024)
        for _ in range(300):
            member.write(chunk)
    path = tmp_path / "bomb.docx"
    path.write_bytes(buffer.getvalue())
    assert path.stat().st_size < 2 * 1024 * 1024
    results: list[FileResult] = []
    peak = _peak_mib(lambda: results.append(handled(lint_file(path, OPTIONS))))
    assert "ZIP bomb" in (results[0].error or "")
    assert peak < 50


def _lie_about_size(data: bytes, name: str, declared: int, crc: int | None = None) -> bytes:
    """Rewrite the uncompressed size (and CRC) of member `name` in its local and central
    headers."""
    out = bytearray(data)
    encoded = name.encode()
    central = data.rfind(b"PK\x05\x06")
    offset = struct.unpack_from("<I", data, central + 16)[0]
    while data[offset : offset + 4] == b"PK\x01\x02":
        name_len, extra_len, comment_len = struct.unpack_from("<HHH", data, offset + 28)
        if data[offset + 46 : offset + 46 + name_len] == encoded:
            local = struct.unpack_from("<I", data, offset + 42)[0]
            struct.pack_into("<I", out, offset + 24, declared)
            struct.pack_into("<I", out, local + 22, declared)
            if crc is not None:
                struct.pack_into("<I", out, offset + 16, crc)
                struct.pack_into("<I", out, local + 14, crc)
        offset += 46 + name_len + extra_len + comment_len
    return bytes(out)


@pytest.mark.parametrize("matching_crc", [False, True], ids=["crc-of-all", "crc-of-prefix"])
def test_docx_member_that_lies_about_its_size_stays_bounded(tmp_path, matching_crc):
    # document.xml declares 4 KB but inflates to 200 MB; with the CRC of its first 4 KB,
    # zipfile's own check passes too. Unpacking must stop at the declared size either way.
    with zipfile.ZipFile(DOCXS[0]) as archive:
        document = archive.read("word/document.xml")
    head, _, tail = document.partition(b"</w:body>")
    huge = head + b" " * (200 * 1024 * 1024) + b"</w:body>" + tail
    crc = zlib.crc32(huge[:4096]) if matching_crc else None
    rebuilt = _rebuild(DOCXS[0], {"word/document.xml": huge})
    data = _lie_about_size(rebuilt, "word/document.xml", 4096, crc)
    results: list[FileResult] = []
    peak = _peak_mib(lambda: results.append(lint_bytes(tmp_path, "liar.docx", data)))
    assert results[0].error is not None and "DOCX" in results[0].error
    assert peak < 50


LAUGHS = (
    b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + b"".join(
        b'<!ENTITY lol%d "%s">'
        % (level, (b"&lol%d;" % (level - 1) if level > 1 else b"&lol;") * 10)
        for level in range(1, 10)
    )
    + b"]>"
)


def _document_with(prolog: bytes, text: bytes) -> bytes:
    return prolog + (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>" + text + b"</w:t></w:r></w:p></w:body></w:document>"
    )


def test_docx_billion_laughs_is_not_expanded(tmp_path):
    data = _rebuild(DOCXS[0], {"word/document.xml": _document_with(LAUGHS, b"&lol9;")})
    results: list[FileResult] = []
    peak = _peak_mib(lambda: results.append(lint_bytes(tmp_path, "laughs.docx", data)))
    assert "DTD" in (results[0].error or "")
    assert peak < 50


def test_docx_billion_laughs_in_utf16(tmp_path):
    xml = (
        _document_with(LAUGHS, b"&lol9;")
        .decode()
        .replace('version="1.0"', 'version="1.0" encoding="UTF-16"')
    )
    data = _rebuild(DOCXS[0], {"word/document.xml": b"\xff\xfe" + xml.encode("utf-16-le")})
    assert "DTD" in (lint_bytes(tmp_path, "laughs16.docx", data).error or "")


def test_docx_dtd_hidden_in_a_part_not_named_xml(tmp_path):
    # python-docx parses a part by its content type, whatever its name.
    with zipfile.ZipFile(DOCXS[0]) as archive:
        types = archive.read("[Content_Types].xml")
        rels = archive.read("word/_rels/document.xml.rels")
    main_type = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    types = types.replace(
        b"</Types>",
        b'<Override PartName="/word/main.dat" ContentType="' + main_type + b'"/></Types>',
    )
    office = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    package_rels = (
        '<?xml version="1.0"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{office}" Target="word/main.dat"/></Relationships>'
    ).encode()
    data = _rebuild(
        DOCXS[0],
        {
            "[Content_Types].xml": types,
            "_rels/.rels": package_rels,
            "word/main.dat": _document_with(LAUGHS, b"&lol9;"),
            "word/_rels/main.dat.rels": rels,
        },
    )
    assert "DTD" in (lint_bytes(tmp_path, "sneaky.docx", data).error or "")


def test_docx_external_entity_is_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOKEN-7f3a9c", encoding="utf-8")
    prolog = b'<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "%s">]>' % (
        secret.as_uri().encode()
    )
    data = _rebuild(DOCXS[0], {"word/document.xml": _document_with(prolog, b"Ada &x;")})
    path = tmp_path / "xxe.docx"
    path.write_bytes(data)
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json", "--no-cache"])
    assert result.exit_code == 2
    assert "TOKEN-7f3a9c" not in result.output
    (entry,) = json.loads(result.stdout)["files"]
    assert "DTD" in entry["error"]


def test_docx_without_document_xml(tmp_path):
    data = _rebuild(DOCXS[0], {"word/document.xml": None})
    assert "word/document.xml" in (lint_bytes(tmp_path, "hollow.docx", data).error or "")


# ---------------------------------------------------------------- LinkedIn export ZIPs


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


CSVS = {name: text.encode("utf-8") for name, text in export_csvs(ADA).items()}


def test_linkedin_zip_with_nested_zips_reads_only_its_own_csvs(tmp_path):
    intruder = {"Profile.csv": b"First Name,Last Name\nMallory,Nested\n"}
    nested = _zip({"inner.zip": _zip(intruder), **intruder})  # a zip in a zip in a zip
    data = _zip({**CSVS, "Archive/nested.zip": nested, "deeper.zip": _zip({"x.zip": nested})})
    result = lint_bytes(tmp_path, "Basic_LinkedInDataExport_01-02-2025.zip", data)
    assert result.error is None
    doc_name = _parsed_name(tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip")
    assert doc_name == "Ada Lovelace"


def test_linkedin_zip_of_only_nested_zips_is_not_claimed(tmp_path):
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    path.write_bytes(_zip({"export.zip": _zip(CSVS)}))
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json", "--no-cache"])
    assert "Traceback" not in result.output
    data = json.loads(result.stdout)
    errors = [entry["error"] for entry in data["files"]]
    assert errors == [] or all(error and "\n" not in error for error in errors)


def test_linkedin_zip_path_traversal_names_are_ignored_and_nothing_is_written(tmp_path):
    evil = b"First Name,Last Name\nMallory,Traversal\n"
    members = {**CSVS, "../../x/Profile.csv": evil, "/etc/Profile.csv": evil}
    members["C:/Windows/Profile.csv"] = evil
    members["..\\..\\Profile.csv"] = evil
    folder = tmp_path / "a" / "b"
    folder.mkdir(parents=True)
    before = sorted(tmp_path.rglob("*"))
    result = lint_bytes(folder, "Basic_LinkedInDataExport_01-02-2025.zip", _zip(members))
    assert result.error is None
    assert _parsed_name(folder / "Basic_LinkedInDataExport_01-02-2025.zip") == "Ada Lovelace"
    after = sorted(tmp_path.rglob("*"))
    assert after == sorted([*before, folder / "Basic_LinkedInDataExport_01-02-2025.zip"])


def test_linkedin_csvs_in_latin1(tmp_path):
    members = {name: text.encode("utf-8") for name, text in export_csvs(ADA).items()}
    members["Profile.csv"] = (
        export_csvs(ADA)["Profile.csv"].replace("Ada", "José").replace("Lovelace", "Núñez")
    ).encode("latin-1")
    path = tmp_path / "Basic_LinkedInDataExport_01-02-2025.zip"
    path.write_bytes(_zip(members))
    handled(lint_file(path, OPTIONS))
    assert _parsed_name(path) == "José Núñez"


@pytest.mark.parametrize("variant", [*truncations(b"x" * 1000), *bit_flips(b"x", "names")])
def test_truncated_and_bit_flipped_linkedin_zip(tmp_path, variant):
    data = _zip(CSVS)
    mutated = {**truncations(data), **bit_flips(data, "linkedin")}[variant]
    lint_bytes(tmp_path, "Basic_LinkedInDataExport_01-02-2025.zip", mutated)


def _parsed_name(path: Path) -> str | None:
    result = CliRunner().invoke(main, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)["name"]


# ---------------------------------------------------------------- structured formats


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("deep.json", b'{"basics": ' + b"[" * 200_000 + b"]" * 200_000 + b"}"),
        (
            "cut.json",
            (CORPUS / "structured" / "jsonresume_schema_sample.resume.json").read_bytes()[:900],
        ),
        (
            "laughs.yaml",
            b"cv:\n  name: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
            + b"".join(
                b"  l%d: &a%d [%s]\n"
                % (n, n, b", ".join([b"*a" if n == 0 else b"*a%d" % (n - 1)] * 9))
                for n in range(12)
            ),
        ),
        ("loop.yaml", b"cv:\n  sections: &s\n    experience: [*s, *s]\n"),
        ("cut.yaml", (CORPUS / "structured" / "rendercv_classic.yaml").read_bytes()[:700]),
    ],
)
def test_hostile_structured_files(tmp_path, name, data):
    lint_bytes(tmp_path, name, data)


def test_docx_relationship_without_a_target(tmp_path):
    # Found by benchmarks/fuzz.py: python-docx raised TypeError on a Target-less relationship.
    with zipfile.ZipFile(DOCXS[0]) as archive:
        rels = archive.read("word/_rels/document.xml.rels")
    broken = rels.replace(b'Target="styles.xml"', b"", 1)
    assert broken != rels
    data = _rebuild(DOCXS[0], {"word/_rels/document.xml.rels": broken})
    assert "DOCX" in (lint_bytes(tmp_path, "no-target.docx", data).error or "")


def test_pdf_glyphs_with_nan_or_infinite_boxes_are_dropped():
    # Found by benchmarks/fuzz.py: a damaged PDF gave PDFium a NaN box, and the column
    # finder raised ValueError converting it to an int.
    from reslint.readers.pdf_layout import Glyph, PageData, Style, page_lines

    style = Style(10.0, "F", False, None)

    def glyph(char: str, x0: float, baseline: float = 100.0) -> Glyph:
        return Glyph(char, x0, x0 + 5, baseline - 8, baseline, baseline, style)

    good = [glyph(char, 72 + 5 * index) for index, char in enumerate("Ada")]
    bad = [glyph("x", float("nan")), glyph("y", float("inf")), glyph("z", 80, float("nan"))]
    lines = page_lines(PageData(1, 612, 792, (*good, *bad)))
    assert [line.text for line in lines] == ["Ada"]
    assert page_lines(PageData(1, float("nan"), 792, tuple(good))) == []


@pytest.mark.parametrize("part", ["/word/styles.xml", "/word/header1.xml", "/docProps/core.xml"])
def test_docx_part_with_a_non_xml_content_type(tmp_path, part):
    # Found by benchmarks/fuzz.py: python-docx hands such a part back as a bare Part, and
    # reading its styles, text or properties raised AttributeError.
    source = CORPUS / "docx" / "soupboss_mickey01.docx"
    with zipfile.ZipFile(source) as archive:
        types = archive.read("[Content_Types].xml").decode()
    declared = rf'(PartName="{re.escape(part)}" ContentType=")[^"]*"'
    changed = re.sub(declared, r'\1application/octet-stream"', types)
    assert changed != types
    data = _rebuild(source, {"[Content_Types].xml": changed.encode()})
    result = lint_bytes(tmp_path, "odd-types.docx", data)
    assert result.findings or "DOCX" in (result.error or "")


def test_a_long_line_without_spaces_is_linted_in_bounded_time(tmp_path):
    # Found by benchmarks/fuzz.py: a damaged PDF gave a 24,000-character line, and the phone
    # finder's mask pattern backtracked cubically (2,000 characters took ten seconds).
    garbled = "".join(f"(cid:{n % 97})H䥇襓{n % 10}" for n in range(1500))
    options = RunOptions(config=Config(limits=Limits(timeout_seconds=10)), rulebook=RULEBOOK)
    result = lint_bytes(tmp_path, "garbled.txt", f"Ada Lovelace\n{garbled}\n".encode(), options)
    assert result.error is None
