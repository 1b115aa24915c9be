"""The DOCX package (docx_package): which files are refused and why, templates and
macro-enabled files, and the facts taken from the package (metadata, page count)."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from reslint.readers import ReadError, ReadOptions, detect, read
from tests.conftest import CORPUS
from tests.docx_builder import make_docx, para

DOCX = CORPUS / "docx"


def texts(path: Path) -> list[str]:
    return [line.text for line in read(path).lines]


@pytest.mark.parametrize(
    ("suffix", "main_type"),
    [
        (
            ".dotx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        ),
        (".docm", "application/vnd.ms-word.document.macroEnabled.main+xml"),
    ],
)
def test_templates_and_macro_enabled_files(tmp_path: Path, suffix: str, main_type: str) -> None:
    # Career centers keep Word templates; their XML is a document's under another content type.
    path = make_docx(tmp_path / f"template{suffix}", para("[Your Name]"), main_type=main_type)
    before = path.read_bytes()
    assert detect(path) is not None
    assert texts(path) == ["[Your Name]"]
    assert path.read_bytes() == before  # the content type is changed in memory only


def test_metadata_from_core_and_app(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "m.docx",
        para("Ada"),
        core="<dc:creator>Jane Template</dc:creator><dc:title>Resume template</dc:title>",
        app="<Pages>2</Pages><Template>TM16392716.dotx</Template>",
    )
    facts = read(path).facts
    assert facts.metadata["author"] == "Jane Template"
    assert facts.metadata["title"] == "Resume template"
    assert facts.metadata["template"] == "TM16392716.dotx"
    assert facts.page_count == 2


def test_no_core_properties_means_no_invented_metadata(tmp_path: Path) -> None:
    facts = read(make_docx(tmp_path / "bare.docx", para("Ada"))).facts
    assert "author" not in facts.metadata and "last_modified_by" not in facts.metadata
    assert facts.page_count == 1


# ---------------------------------------------------------------- broken input


def _ole(stream_name: str) -> bytes:
    # An OLE compound file header followed by a directory entry name (UTF-16LE).
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + stream_name.encode("utf-16-le")


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _error(path: Path, options: ReadOptions | None = None) -> str:
    with pytest.raises(ReadError) as caught:
        read(path, options)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_renamed_doc(tmp_path: Path) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(_ole("WordDocument") + b"\x00" * 100)
    assert _error(path) == "Word 97-2003 .doc file, not DOCX (save as .docx)"


def test_encrypted_docx(tmp_path: Path) -> None:
    path = tmp_path / "locked.docx"
    path.write_bytes(_ole("EncryptionInfo") + _ole("EncryptedPackage"))
    assert "encrypted" in _error(path)


def test_not_a_zip(tmp_path: Path) -> None:
    path = tmp_path / "text.docx"
    path.write_text("Ada Lovelace\nEngineer\n")
    assert _error(path) == "not a valid DOCX (not a ZIP archive)"


def test_corrupt_zip(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", para("Ada"))
    broken = tmp_path / "broken.docx"
    broken.write_bytes(good.read_bytes()[:200])
    assert _error(broken).startswith("not a valid DOCX")


def test_zip_without_word_document(tmp_path: Path) -> None:
    path = _zip(tmp_path / "x.docx", {"[Content_Types].xml": b"<Types/>", "xl/book.xml": b"<a/>"})
    assert "word/document.xml" in _error(path)


def test_zip_bomb_refused_before_unpacking(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bomb.docx", para("Ada"))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/media/zeros.bin", b"\x00" * 5_000_000)
    assert path.stat().st_size < 100_000
    message = _error(path, ReadOptions(max_unpacked_bytes=1_000_000))
    assert "ZIP bomb" in message


@pytest.mark.parametrize(
    "prolog",
    [
        # billion laughs
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;">]>',
        # external entity
        '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
    ],
)
def test_xml_entities_refused(tmp_path: Path, prolog: str) -> None:
    path = make_docx(tmp_path / "dtd.docx", para("&c;&x;"), prolog=prolog)
    assert "DTD" in _error(path)


def test_entities_not_expanded_by_the_parser(tmp_path: Path) -> None:
    # Defence in depth: even past the DTD check, python-docx's parser must not expand entities.
    from docx.oxml.parser import oxml_parser
    from lxml import etree

    xml = b'<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd"><!ENTITY a "AAAA">]><r>&x;&a;</r>'
    root = etree.fromstring(xml, oxml_parser)
    assert "root:" not in etree.tostring(root, encoding="unicode")
    assert "AAAA" not in "".join(root.itertext())


def test_broken_xml(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "bad.docx", "<w:p><w:r><w:t>unclosed</w:r></w:p>")
    assert _error(path).startswith("not a valid DOCX")


def test_runner_reports_broken_docx_and_lints_the_rest(tmp_path: Path) -> None:
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    (tmp_path / "old.docx").write_bytes(_ole("WordDocument"))
    make_docx(tmp_path / "good.docx", para("Ada Lovelace") + para("ada@example.org"))
    report = run([tmp_path], RunOptions(config=Config(), rulebook=load_rulebook()))
    results = {Path(result.path).name: result for result in report.files}
    assert results["old.docx"].error == "Word 97-2003 .doc file, not DOCX (save as .docx)"
    assert results["good.docx"].error is None and results["good.docx"].format == "docx"


def _read_or_reason(path: Path) -> str:
    """Reading damaged input ends in lines or a one-line ReadError, never another exception."""
    try:
        read(path)
    except ReadError as error:
        assert "\n" not in str(error)
        return str(error)
    return "read"


def test_damaged_packages_give_reasons(tmp_path: Path) -> None:
    source = DOCX / "soupboss_01-accountant.docx"
    with zipfile.ZipFile(source) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    outcomes = []
    for dropped in members:  # every part missing in turn, relationships still pointing at it
        outcomes.append(
            _read_or_reason(
                _zip(
                    tmp_path / "drop.docx",
                    {name: data for name, data in members.items() if name != dropped},
                )
            )
        )
    data = source.read_bytes()
    for cut in range(100, len(data), len(data) // 25):  # truncated downloads
        (tmp_path / "cut.docx").write_bytes(data[:cut])
        outcomes.append(_read_or_reason(tmp_path / "cut.docx"))
    damaged = bytearray(data)
    for offset in range(200, len(data), 997):  # flipped bytes in compressed data and headers
        damaged[offset] ^= 0xFF
    (tmp_path / "flip.docx").write_bytes(bytes(damaged))
    outcomes.append(_read_or_reason(tmp_path / "flip.docx"))
    assert "not a DOCX (the ZIP has no word/document.xml)" in outcomes
    assert all(o == "read" or o.startswith(("not a valid DOCX", "not a DOCX")) for o in outcomes)


def test_two_entries_of_one_name_are_refused(tmp_path: Path) -> None:
    """Issue 19: zipfile reads the last copy, Word may show the first: refused, not guessed."""
    good = make_docx(tmp_path / "good.docx", para("Ada Lovelace"))
    path = tmp_path / "twice.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        with pytest.warns(UserWarning, match="Duplicate name"):
            target.writestr("word/document.xml", source.read("word/document.xml"))
    assert "two ZIP entries named word/document.xml" in _error(path)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "cp500", "latin-1-declared"], ids=str)
def test_xml_parts_not_in_utf8_or_utf16_are_refused(tmp_path: Path, encoding: str) -> None:
    good = make_docx(tmp_path / "good.docx", para("Ada Lovelace"))
    path = tmp_path / f"{encoding}.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                if encoding == "latin-1-declared":
                    text = data.decode().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"', 1)
                    text = (
                        text
                        if "ISO-8859-1" in text
                        else (
                            '<?xml version="1.0" encoding="ISO-8859-1"?>' + text.split("?>", 1)[-1]
                        )
                    )
                    data = text.encode("latin-1")
                else:
                    data = data.decode().encode(encoding)
            target.writestr(info, data)
    assert "word/document.xml is not UTF-8 or UTF-16 XML" in _error(path)


def test_utf16_parts_are_still_read(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx", para("Ada Lovelace"))
    path = tmp_path / "utf16.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "word/document.xml":
                text = data.decode()
                text = text.replace('encoding="UTF-8"', 'encoding="UTF-16"', 1)
                data = text.encode("utf-16")
            target.writestr(info, data)
    assert "Ada Lovelace" in texts(path)
