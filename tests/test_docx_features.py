"""What real Word, LibreOffice and Google Docs resumes put in their XML, read as the page
prints it: invented DOCX files built here, one mechanism each."""

from __future__ import annotations

import zipfile
from pathlib import Path

from reslint.model import Document
from reslint.readers import read
from reslint.readers.base import SEGMENT_JOIN
from reslint.structure import build_document
from tests.docx_builder import make_docx, para

EXPERIENCE = para("Experience") + para("Engineer, Acme Corp\t2019 – 2021")


def run(text: str, rpr: str = "") -> str:
    return f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def doc_of(path: Path) -> Document:
    return build_document(path, read(path))


# An inline picture (an icon), as Word writes one: wp:inline in w:drawing.
ICON = (
    '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="phone"/>'
    "<a:graphic><a:graphicData/></a:graphic></wp:inline></w:drawing></w:r>"
)
# A picture floating over the page: it stands between no words of the line.
FLOATING = (
    '<w:r><w:drawing><wp:anchor><wp:docPr id="2" name="Picture 2"/>'
    "<a:graphic><a:graphicData/></a:graphic></wp:anchor></w:drawing></w:r>"
)
VML_ICON = '<w:r><w:pict><v:shape style="width:9pt;height:9pt"/></w:pict></w:r>'


def test_icons_set_in_the_line_stand_its_items_apart(tmp_path: Path) -> None:
    contact = (
        f"<w:p>{ICON}{run('617-555-0123')}{ICON}{run('ada.lake@example.org')}"
        f"{VML_ICON}{run('Boston, MA')}</w:p>"
    )
    floating = f"<w:p>{run('Data')}{FLOATING}{run(' Analyst')}</w:p>"
    path = make_docx(tmp_path / "icons.docx", para("Ada Lake") + contact + floating + EXPERIENCE)
    lines = [line.text for line in read(path).lines]
    assert lines[1] == SEGMENT_JOIN.join(["617-555-0123", "ada.lake@example.org", "Boston, MA"])
    assert lines[2] == "Data Analyst"
    contact_fields = doc_of(path).contact
    assert [f.value for f in contact_fields.emails] == ["ada.lake@example.org"]
    assert [f.value for f in contact_fields.phones] == ["+16175550123"]


def _with_pictures(path: Path, relationships: str, members: dict[str, bytes]) -> Path:
    """The DOCX at `path` with more relationships in document.xml.rels and more members."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    rels = parts["word/_rels/document.xml.rels"].decode()
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>", relationships + "</Relationships>"
    ).encode()
    parts.update(members)
    types = parts["[Content_Types].xml"].decode()
    parts["[Content_Types].xml"] = types.replace(
        "</Types>", '<Default Extension="png" ContentType="image/png"/></Types>'
    ).encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path


def test_picture_relationships_word_gets_past_do_not_refuse_the_file(tmp_path: Path) -> None:
    # One converter writes targets with backslashes; a file copied around lost a picture.
    image = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
    relationships = (
        f'<Relationship Id="rPic1" Type="{image}" Target="media\\pic1.png"/>'
        f'<Relationship Id="rPic2" Type="{image}" Target="media/gone.png"/>'
    )
    path = make_docx(tmp_path / "pictures.docx", para("Ada Lake") + EXPERIENCE)
    _with_pictures(path, relationships, {"word/media/pic1.png": b"\x89PNG\r\n"})
    assert [line.text for line in read(path).lines][:2] == ["Ada Lake", "Experience"]


def test_letters_typed_in_an_icon_font_are_icons_not_text(tmp_path: Path) -> None:
    wingdings = '<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>'
    contact = (
        f"<w:p>{run('(', wingdings)}{run(' +44 20 7946 0958 ')}{run('*', wingdings)}"
        f"{run(' ada.lake@example.org')}</w:p>"
    )
    path = make_docx(tmp_path / "dingbats.docx", para("Ada Lake") + contact + EXPERIENCE)
    lines = [line.text for line in read(path).lines]
    assert lines[1] == SEGMENT_JOIN.join(["+44 20 7946 0958", "ada.lake@example.org"])
    assert [f.value for f in doc_of(path).contact.phones] == ["+442079460958"]


def _cell(*paragraphs: str, width: int = 3000, merge: str = "") -> str:
    return (
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{merge}</w:tcPr>'
        f"{''.join(paragraphs) or '<w:p/>'}</w:tc>"
    )


RESTART, CONTINUE = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"


def test_a_sidebar_block_merged_over_rows_of_the_main_column_is_read_whole(
    tmp_path: Path,
) -> None:
    # The sidebar's Interests cell is merged down over the two rows where the main column
    # prints its Education title and then the entries.
    sidebar = _cell(para("Interests"), para("Chess"), para("Climbing"), merge=RESTART)
    rows = (
        f"<w:tr>{_cell(para('Skills'), para('Python'))}"
        f"{_cell(para('Experience'), para('Acme Corp, Engineer, 2019 – 2021'), width=7000)}</w:tr>"
        f"<w:tr>{sidebar}{_cell(para('Education'), width=7000)}</w:tr>"
        f"<w:tr>{_cell(merge=CONTINUE)}"
        f"{_cell(para('Example University'), para('BSc Physics, 2018'), width=7000)}</w:tr>"
    )
    path = make_docx(tmp_path / "merged.docx", f"<w:tbl>{rows}</w:tbl>")
    texts = [line.text for line in read(path).lines]
    assert texts[texts.index("Interests") :] == [
        "Interests",
        "Chess",
        "Climbing",
        "Education",
        "Example University",
        "BSc Physics, 2018",
    ]


def test_a_label_merged_over_the_rows_of_its_entries_stays_beside_them(tmp_path: Path) -> None:
    # One short line merged down: a label, read where its rows start; the date column and
    # the entries beside it still pair row by row.
    rows = (
        f"<w:tr>{_cell(para('Experience'), merge=RESTART)}{_cell(para('2019 – 2021'))}"
        f"{_cell(para('Acme Corp'), para('Built the billing system'), width=7000)}</w:tr>"
        f"<w:tr>{_cell(merge=CONTINUE)}{_cell(para('2016 – 2018'))}"
        f"{_cell(para('Globex'), para('Ran the data team'), width=7000)}</w:tr>"
    )
    path = make_docx(tmp_path / "label.docx", f"<w:tbl>{rows}</w:tbl>")
    assert [line.text for line in read(path).lines] == [
        SEGMENT_JOIN.join(["Experience", "2019 – 2021", "Acme Corp"]),
        "Built the billing system",
        SEGMENT_JOIN.join(["2016 – 2018", "Globex"]),
        "Ran the data team",
    ]


def test_a_name_on_two_lines_beside_the_contact_lines_is_read_whole(tmp_path: Path) -> None:
    big = '<w:sz w:val="44"/>'
    name = _cell(para("ADA", rpr=big), para("LAKE", rpr=big), width=2000)
    contact = _cell(
        para("617.555.0123"), para("ada.lake@example.org"), para("github.com/adalake"), width=5000
    )
    path = make_docx(tmp_path / "name.docx", f"<w:tbl><w:tr>{name}{contact}</w:tr></w:tbl>")
    assert [line.text for line in read(path).lines][:2] == ["ADA", "LAKE"]
    assert doc_of(path).contact.name.value.casefold() == "ada lake"


def _floating(inner: str, across: str, down: int) -> str:
    """A run holding a text box anchored by its top (EMU from the anchor's paragraph) and
    by `across`: raw wp:positionH content with its relativeFrom."""
    return (
        "<w:r><w:drawing><wp:anchor>"
        f"{across}"
        f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>{down}</wp:posOffset></wp:positionV>'
        "<a:graphic><a:graphicData><wps:wsp><wps:spPr/><wps:txbx>"
        f"<w:txbxContent>{inner}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData>"
        "</a:graphic></wp:anchor></w:drawing></w:r>"
    )


def _h(reference: str, offset: int) -> str:
    offset_xml = f"<wp:posOffset>{offset}</wp:posOffset>"
    return f'<wp:positionH relativeFrom="{reference}">{offset_xml}</wp:positionH>'


def test_boxes_measured_from_different_edges_read_top_down_then_left_to_right(
    tmp_path: Path,
) -> None:
    # A designer template: every box hangs from one paragraph in the order it was drawn;
    # their tops share a reference, their left edges do not (margin, page, aligned right).
    right = '<wp:positionH relativeFrom="page"><wp:align>right</wp:align></wp:positionH>'
    boxes = (
        _floating(
            para("Education") + para("Example University, BSc, 2018"), _h("margin", 0), 3_000_000
        )
        + _floating(
            para("Experience") + para("Acme Corp, Engineer, 2019 – 2021"),
            _h("margin", 0),
            1_500_000,
        )
        + _floating(para("Position: Data Engineer"), right, 10_000)
        + _floating(
            para("Name: Ada Lake") + para("ada.lake@example.org"), _h("page", 300_000), 400_000
        )
        + _floating(para("Resume"), _h("margin", -400_000), 0)
    )
    path = make_docx(tmp_path / "boxes.docx", f"<w:p>{boxes}</w:p>")
    assert [line.text for line in read(path).lines] == [
        "Resume",
        "Position: Data Engineer",
        "Name: Ada Lake",
        "ada.lake@example.org",
        "Experience",
        "Acme Corp, Engineer, 2019 – 2021",
        "Education",
        "Example University, BSc, 2018",
    ]
    contact = doc_of(path).contact
    assert (contact.name.value, contact.headline.value) == ("Ada Lake", "Data Engineer")
