"""The DOCX reader on the real corpus files and on small DOCX files built here."""

from __future__ import annotations

from pathlib import Path

import pytest

from reslint.model import Document, Region
from reslint.readers import detect, read
from reslint.structure import build_document
from tests.conftest import CORPUS, corpus_files
from tests.docx_builder import make_docx, para, text_box, text_box_run

DOCX = CORPUS / "docx"


def doc_of(path: Path) -> Document:
    return build_document(path, read(path))


def texts(path: Path) -> list[str]:
    return [line.text for line in read(path).lines]


# ---------------------------------------------------------------- corpus


@pytest.mark.parametrize(
    ("name", "person", "email", "phone", "first_position"),
    [
        ("soupboss_01-accountant", "Ebony Moore", "emoore@email.com", "+12065550149",
         ("Gilmore Financial", "Certified Public Accountant", "2021-10", "present")),
        ("soupboss_01-desktop_support", "Ivy Haddington", "ihaddington@email.com",
         "+15875550176", ("Wilder Tech", "Desktop Support Technician", "2021-01", "present")),
        ("soupboss_01-office_coordinator", "John Smith", "jsmith@email.com", "+17715550100",
         ("Alpine Technologies", "Director of Operations", "2019-07", "present")),
        ("soupboss_02-accountant", "Sofia Flores", "sflores@email.com", "+13055550196",
         ("Sparrow and Fly Accounting", "Accounting Manager", "2019-05", "present")),
        ("soupboss_02-desktop_support", "Ebony Moore", "emoore@email.com", "+18735550156",
         ("Meyer Tech Inc.", "Desktop Support Manager", "2018-03", "present")),
        ("soupboss_02-office_coordinator", "Cody Fredrickson", "cfredrickson@email.com",
         "+17715550199", ("Brightside Dental", "Practice Manager", "2019-08", "present")),
    ],
)  # fmt: skip
def test_soupboss_templates(name, person, email, phone, first_position) -> None:
    doc = doc_of(DOCX / f"{name}.docx")
    assert doc.contact.name is not None and doc.contact.name.value == person
    assert [field.value for field in doc.contact.emails] == [email]
    assert phone in [field.value for field in doc.contact.phones]
    first = doc.positions[0]
    assert first.company is not None and first.company.value.startswith(first_position[0])
    assert first.title is not None and first.title.value == first_position[1]
    assert first.dates is not None
    assert (first.dates.start.iso(), first.dates.end.iso()) == first_position[2:]
    assert first.bullets and all(bullet.line.bullet for bullet in first.bullets)
    assert {"summary", "education", "experience", "skills"} <= {s.kind for s in doc.sections}


def test_entry_subheadings_are_not_section_headings() -> None:
    # The job header lines carry a deeper outline level than "Experience": not sections.
    lines = read(DOCX / "soupboss_01-accountant.docx").lines
    by_text = {line.text: line for line in lines}
    assert by_text["Experience"].heading
    assert not by_text["Gilmore Financial, New Orleans, LA, Certified Public Accountant"].heading
    assert by_text["Gilmore Financial, New Orleans, LA, Certified Public Accountant"].bold
    assert by_text["Meet with clients to discuss their accounting needs"].bullet
    assert [line.number for line in lines[:3]] == [1, 2, 3]


def test_soupboss_metadata_and_pages() -> None:
    output = read(DOCX / "soupboss_01-accountant.docx")
    assert output.facts.format == "docx"
    assert output.facts.page_count == 2  # docProps/app.xml <Pages>
    assert output.facts.metadata["application"] == "Microsoft Office Word"


def test_mickey_text_boxes_read_once_with_header_region() -> None:
    output = read(DOCX / "soupboss_mickey01.docx")
    lines = output.lines
    body = [line.text for line in lines if line.region is Region.BODY]
    # Each text-box heading is stored twice in the XML (mc:Choice and mc:Fallback).
    for heading in ("PROFESSIONAL SUMMARY", "AREAS OF EXPERTISE", "WORK EXPERIENCE"):
        assert body.count(heading) == 1
    header = [line.text for line in lines if line.region is Region.HEADER]
    assert header == ["Mickey Mouse", "Page 2 of 3"]
    summary = next(line for line in lines if line.text == "PROFESSIONAL SUMMARY")
    assert summary.color is None  # white text on a blue box: not hidden
    assert output.facts.page_count == 3
    assert output.facts.metadata["last_modified_by"] == "Tobey Gossen"


def test_mickey_structure() -> None:
    doc = doc_of(DOCX / "soupboss_mickey01.docx")
    assert doc.contact.name is not None and doc.contact.name.value == "Mickey Mouse"
    assert [field.value for field in doc.contact.phones] == ["+11234567890"]
    assert doc.contact.emails == ()
    kinds = [section.kind for section in doc.sections]
    assert kinds[:3] == ["summary", "skills", "experience"]
    first = doc.positions[0]
    assert first.title is not None and first.title.value == "Staff Infrastructure Engineer"
    assert first.company is not None and first.company.value == "The Walt Disney Company"
    assert first.dates is not None and first.dates.start.iso() == "2021-11"
    assert len(doc.positions) == 7
    # "Title<tab>Dates" is kept as a tab, which structure splits on.
    assert "Staff Infrastructure Engineer\tNovember 2021 – Present" in texts(
        DOCX / "soupboss_mickey01.docx"
    )


def test_minnie_linkedin_paste() -> None:
    output = read(DOCX / "soupboss_minnie01.docx")
    bullets = [line for line in output.lines if line.bullet]
    # Typed "* " bullets are recognised and the marker removed.
    assert any(line.text.startswith("On-premises OpenStack private cloud") for line in bullets)
    assert output.facts.page_count == 4
    doc = build_document(DOCX / "soupboss_minnie01.docx", output)
    assert doc.contact.emails == () and doc.contact.phones == ()


def test_every_corpus_docx_reads() -> None:
    files = corpus_files("docx", ".docx")
    assert len(files) == 8
    for path in files:
        output = read(path)
        assert len(output.lines) > 15, path.name
        places = [(line.page, line.number) for line in output.lines if line.region is Region.BODY]
        assert places == sorted(places), path.name
        assert places[-1][0] <= output.facts.page_count, path.name


# ---------------------------------------------------------------- built files


def test_detected_by_suffix(tmp_path: Path) -> None:
    path = make_docx(tmp_path / "cv.DOCX", para("Ada"))
    reader = detect(path)
    assert reader is not None and reader.name == "docx"


def test_tables_row_by_row_merged_cells_once(tmp_path: Path) -> None:
    def cell(text: str, props: str = "") -> str:
        return f"<w:tc><w:tcPr>{props}</w:tcPr>{para(text)}</w:tc>"

    restart, merged = '<w:vMerge w:val="restart"/>', "<w:vMerge/>"
    first_row = cell("Acme Corp", restart) + cell("Engineer") + cell("2019 – 2021")
    second_row = cell("", merged) + f"<w:tc>{para('Built things')}{para('Shipped more')}</w:tc>"
    table = f"<w:tbl><w:tr>{first_row}</w:tr><w:tr>{second_row}{cell('')}</w:tr></w:tbl>"
    path = make_docx(tmp_path / "t.docx", para("Before") + table + para("After"))
    lines = read(path).lines
    assert [line.text for line in lines] == [
        "Before",
        "Acme Corp\tEngineer\t2019 – 2021",  # one plain line per cell: read as one row
        "Built things",
        "Shipped more",
        "After",
    ]
    assert [line.number for line in lines] == [1, 2, 5, 6, 7]


def test_nested_table_read_in_its_cell(tmp_path: Path) -> None:
    inner = f"<w:tbl><w:tr><w:tc>{para('Inner A')}{para('Inner B')}</w:tc></w:tr></w:tbl>"
    cells = f"<w:tc>{para('Left')}{inner}</w:tc><w:tc>{para('Right')}</w:tc>"
    outer = f"<w:tbl><w:tr>{cells}</w:tr></w:tbl>"
    path = make_docx(tmp_path / "n.docx", outer)
    assert texts(path) == ["Left", "Inner A", "Inner B", "Right"]


def test_text_box_read_once_after_its_anchor(tmp_path: Path) -> None:
    body = para("Top") + text_box(para("Boxed heading")) + para("Bottom")
    path = make_docx(tmp_path / "b.docx", body)
    assert texts(path) == ["Top", "Boxed heading", "Bottom"]


def test_floating_boxes_of_one_paragraph_read_top_down(tmp_path: Path) -> None:
    # Designer templates anchor all boxes to one paragraph in drawing order.
    inch = 914400
    boxes = (
        text_box_run(para("Skills") + para("Python"), position=(inch, 5 * inch))
        + text_box_run(para("Ada Lovelace"), position=(inch, inch // 2))
        + text_box_run(para("Experience"), position=(4 * inch, 2 * inch))
        + text_box_run(para("ada@example.org"), position=(inch, 2 * inch))
    )
    path = make_docx(tmp_path / "f.docx", f"<w:p>{boxes}</w:p>")
    assert texts(path) == [
        "Ada Lovelace",
        "ada@example.org",
        "Experience",
        "Skills",
        "Python",
    ]


def test_white_text_color_depends_on_background(tmp_path: Path) -> None:
    white = '<w:color w:val="FFFFFF"/>'
    body = (
        para("On the page", rpr=white)
        + text_box(para("On a blue box", rpr=white), fill="2D73B4")
        + para("On shading", rpr=white, ppr='<w:shd w:val="clear" w:fill="1F3864"/>')
    )
    lines = {line.text: line for line in read(make_docx(tmp_path / "c.docx", body)).lines}
    assert lines["On the page"].color == (1.0, 1.0, 1.0)
    assert lines["On a blue box"].color is None
    assert lines["On shading"].color is None


def test_white_text_in_a_shaded_table_is_not_called_white(tmp_path: Path) -> None:
    white = '<w:color w:val="FFFFFF"/>'

    def table(tbl_pr: str, text: str) -> str:
        cell = f"<w:tc>{para(text, rpr=white)}</w:tc>"
        return f"<w:tbl><w:tblPr>{tbl_pr}</w:tblPr><w:tr>{cell}</w:tr></w:tbl>"

    styles = (
        '<w:style w:type="table" w:styleId="Banner"><w:name w:val="Banner"/>'
        '<w:tblStylePr w:type="firstRow"><w:tcPr><w:shd w:val="clear" w:fill="0F4C5C"/></w:tcPr>'
        "</w:tblStylePr></w:style>"
    )
    body = (
        table('<w:shd w:val="clear" w:fill="0F4C5C"/>', "Table shading")
        + table('<w:tblStyle w:val="Banner"/>', "Styled banner")
        + table("", "Plain table")
    )
    path = make_docx(tmp_path / "t.docx", body, styles=styles)
    lines = {line.text: line for line in read(path).lines}
    assert lines["Table shading"].color is None
    assert lines["Styled banner"].color is None
    assert lines["Plain table"].color == (1.0, 1.0, 1.0)


def test_white_text_over_a_shape_behind_the_text_is_not_called_white(tmp_path: Path) -> None:
    # Templates draw a coloured sidebar as a shape behind the text; its place is unknown here.
    banner = (
        '<w:p><w:r><w:drawing><wp:anchor behindDoc="1"><a:graphic><a:graphicData><wps:wsp>'
        '<wps:spPr><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></wps:spPr>'
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>"
    )
    outline_only = banner.replace(
        '<a:solidFill><a:srgbClr val="1F3864"/></a:solidFill>',
        '<a:ln><a:solidFill><a:srgbClr val="1F3864"/></a:solidFill></a:ln>',
    )
    white = '<w:color w:val="FFFFFF"/>'
    body = para("Ada") + para("Skills") + para("Python, SQL", rpr=white)
    on_shape = read(make_docx(tmp_path / "s.docx", banner + body)).lines
    assert on_shape[-1].text == "Python, SQL" and on_shape[-1].color is None
    outlined = read(make_docx(tmp_path / "o.docx", outline_only + body)).lines
    assert outlined[-1].color == (1.0, 1.0, 1.0)


def test_hidden_runs_get_their_own_line(tmp_path: Path) -> None:
    paragraph = (
        '<w:p><w:r><w:t xml:space="preserve">Managed payroll for 40 staff. </w:t></w:r>'
        '<w:r><w:rPr><w:color w:val="FFFFFF"/></w:rPr><w:t>python kubernetes aws</w:t></w:r>'
        '<w:r><w:rPr><w:sz w:val="2"/></w:rPr><w:t>harvard stanford</w:t></w:r>'
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>secret keywords</w:t></w:r></w:p>"
    )
    lines = read(make_docx(tmp_path / "h.docx", paragraph)).lines
    assert [line.text for line in lines] == [
        "Managed payroll for 40 staff.",
        "python kubernetes aws",
        "harvard stanford",
        "secret keywords",
    ]
    assert {line.number for line in lines} == {1}
    assert lines[0].color is None and not lines[0].hidden
    assert lines[1].color == (1.0, 1.0, 1.0)
    assert lines[2].font_size == 1.0
    assert lines[3].hidden


def test_hyperlinks_relationship_and_field(tmp_path: Path) -> None:
    body = (
        '<w:p><w:hyperlink r:id="rLink"><w:r><w:t>Email me</w:t></w:r></w:hyperlink>'
        '<w:r><w:t xml:space="preserve"> | </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "tel:+16175550123" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>Call</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:fldSimple w:instr="HYPERLINK &quot;https://www.linkedin.com/in/ada-l&quot;">'
        '<w:r><w:t xml:space="preserve"> | LinkedIn</w:t></w:r></w:fldSimple>'
        '<w:fldSimple w:instr="HYPERLINK \\l &quot;_Top&quot;">'
        '<w:r><w:t xml:space="preserve"> | Top</w:t></w:r></w:fldSimple></w:p>'
    )
    path = make_docx(tmp_path / "l.docx", body, links={"rLink": "mailto:ada@example.org"})
    (line,) = read(path).lines
    assert line.text == "Email me | Call | LinkedIn | Top"  # a bookmark link is no contact
    assert line.links == (
        "mailto:ada@example.org",
        "tel:+16175550123",
        "https://www.linkedin.com/in/ada-l",
    )
    doc = build_document(path, read(path))
    assert [(f.value, f.link_only) for f in doc.contact.emails] == [("ada@example.org", True)]
    assert [f.value for f in doc.contact.phones] == ["+16175550123"]
    assert [f.value for f in doc.contact.linkedin] == ["linkedin.com/in/ada-l"]


def test_headers_and_footers_are_their_own_regions(tmp_path: Path) -> None:
    path = make_docx(
        tmp_path / "hf.docx",
        para("Experience"),
        header=para("Ada Lovelace · ada@example.org"),
        footer=para("+44 20 7946 0958"),
    )
    lines = read(path).lines
    assert [(line.text, line.region) for line in lines] == [
        ("Ada Lovelace · ada@example.org", Region.HEADER),
        ("Experience", Region.BODY),
        ("+44 20 7946 0958", Region.FOOTER),
    ]


STYLES = (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault>'
    "</w:docDefaults>"
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
    "</w:style>"
    '<w:style w:type="paragraph" w:styleId="Kop1"><w:name w:val="heading 1"/>'
    '<w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Kop2"><w:name w:val="heading 2"/>'
    '<w:basedOn w:val="Kop1"/><w:rPr><w:sz w:val="24"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Opsomming"><w:name w:val="List Bullet"/>'
    '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>'
)


def test_styles_give_headings_bullets_bold_and_size(tmp_path: Path) -> None:
    body = (
        para("Ada Lovelace", rpr='<w:sz w:val="40"/>')
        + para("Experience", style="Kop1")
        + para("Acme Corp", style="Kop2")
        + para("Built the engine", style="Opsomming")
        + para("Education", style="Kop1")
        + para("Plain text", ppr='<w:numPr><w:numId w:val="0"/></w:numPr>')
    )
    lines = {
        line.text: line for line in read(make_docx(tmp_path / "s.docx", body, styles=STYLES)).lines
    }
    assert lines["Ada Lovelace"].font_size == 20.0
    assert lines["Experience"].heading and lines["Experience"].bold
    assert lines["Experience"].font_size == 16.0
    # A heading style (localised id, English name) one level deeper is an entry header.
    assert not lines["Acme Corp"].heading and lines["Acme Corp"].bold
    assert lines["Acme Corp"].font_size == 12.0
    assert lines["Built the engine"].bullet
    assert lines["Plain text"].font_size == 11.0 and not lines["Plain text"].bullet


def test_line_breaks_split_lines_with_one_number(tmp_path: Path) -> None:
    body = (
        "<w:p><w:r><w:t>Engineer</w:t><w:br/><w:t>Acme Corp</w:t><w:tab/><w:t>2020</w:t></w:r>"
        "<w:del><w:r><w:delText>removed</w:delText></w:r></w:del>"
        '<w:ins><w:r><w:t xml:space="preserve"> – 2022</w:t></w:r></w:ins></w:p>'
    )
    lines = read(make_docx(tmp_path / "br.docx", body)).lines
    assert [(line.text, line.number) for line in lines] == [
        ("Engineer", 1),
        ("Acme Corp\t2020 – 2022", 1),
    ]


def test_hidden_text_rule_sees_white_tiny_and_hidden_docx_runs(tmp_path: Path) -> None:
    from reslint.config import Config
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    body = (
        para("Ada Lovelace")
        + para("ada@example.org · +44 20 7946 0958")
        + para("Experience")
        + para("Analyst at Engines, 2019 – 2021")
        + para("Cut run time by 40% with a new loop")
        + para("python kubernetes aws azure", rpr='<w:color w:val="FFFFFF"/>')
        + para("harvard stanford oxford", rpr='<w:sz w:val="2"/>')
        + para("machine learning expert", rpr="<w:vanish/>")
    )
    path = make_docx(tmp_path / "stuffed.docx", body)
    report = run([path], RunOptions(config=Config(), rulebook=load_rulebook()))
    hits = sorted(
        (finding.location.line, finding.text)
        for finding in report.findings
        if finding.rule == "hidden-text"
    )
    assert hits == [
        (6, "python kubernetes aws azure"),
        (7, "harvard stanford oxford"),
        (8, "machine learning expert"),
    ]
