"""Build small DOCX files inside tests: just the parts a test needs, written as XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NAMESPACES = (
    f'xmlns:w="{W_NS}" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_MAIN_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_PART_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml"


def para(text: str = "", *, style: str | None = None, rpr: str = "", ppr: str = "") -> str:
    """One paragraph with one run; `rpr`/`ppr` are raw property XML."""
    style_xml = f'<w:pStyle w:val="{style}"/>' if style else ""
    run = f'<w:r><w:rPr>{rpr}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p><w:pPr>{style_xml}{ppr}</w:pPr>{run}</w:p>"


def text_box(inner: str, fill: str | None = None) -> str:
    """A paragraph anchoring a text box."""
    return f"<w:p>{text_box_run(inner, fill)}</w:p>"


def text_box_run(
    inner: str, fill: str | None = None, position: tuple[int, int] | None = None
) -> str:
    """A run holding a floating text box (at `position` x, y in EMU from the page), written
    twice the way Word does it (mc:Choice and a VML mc:Fallback)."""
    solid = f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>' if fill else ""
    vml_fill = f' fillcolor="#{fill}"' if fill else ' filled="f"'
    place = ""
    if position is not None:
        place = "".join(
            f'<wp:{axis} relativeFrom="page"><wp:posOffset>{offset}</wp:posOffset></wp:{axis}>'
            for axis, offset in zip(("positionH", "positionV"), position, strict=True)
        )
    return (
        "<w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wp:anchor>{place}<a:graphic><a:graphicData>'
        f"<wps:wsp><wps:spPr>{solid}</wps:spPr><wps:txbx><w:txbxContent>{inner}"
        "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
        "</w:drawing></mc:Choice>"
        f"<mc:Fallback><w:pict><v:shape{vml_fill}><v:textbox><w:txbxContent>{inner}"
        "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>"
    )


def make_docx(
    path: Path,
    body: str,
    *,
    header: str | None = None,
    footer: str | None = None,
    styles: str | None = None,
    theme: tuple[str, str] | None = None,
    numbering: str | None = None,
    links: dict[str, str] | None = None,
    core: str | None = None,
    app: str | None = None,
    prolog: str = "",
    title_page: bool = False,
    main_type: str = _MAIN_TYPE,
) -> Path:
    """Write a DOCX whose body is `body` (paragraph and table XML); `theme` names its
    (heading, body) fonts, `numbering` is the content of word/numbering.xml."""
    rels = [
        f'<Relationship Id="{rid}" Type="{_REL}/hyperlink" Target="{url}" TargetMode="External"/>'
        for rid, url in (links or {}).items()
    ]
    overrides = [f'<Override PartName="/word/document.xml" ContentType="{main_type}"/>']
    parts: dict[str, str] = {}
    sect = ""
    for kind, content in (("header", header), ("footer", footer)):
        if content is None:
            continue
        tag = "hdr" if kind == "header" else "ftr"
        parts[f"word/{kind}1.xml"] = f"<w:{tag} {NAMESPACES}>{content}</w:{tag}>"
        rels.append(f'<Relationship Id="r{kind}" Type="{_REL}/{kind}" Target="{kind}1.xml"/>')
        overrides.append(
            f'<Override PartName="/word/{kind}1.xml" ContentType="{_PART_TYPE}.{kind}+xml"/>'
        )
        sect += f'<w:{kind}Reference w:type="default" r:id="r{kind}"/>'
    if styles is not None:
        parts["word/styles.xml"] = f"<w:styles {NAMESPACES}>{styles}</w:styles>"
        rels.append(f'<Relationship Id="rstyles" Type="{_REL}/styles" Target="styles.xml"/>')
        overrides.append(
            f'<Override PartName="/word/styles.xml" ContentType="{_PART_TYPE}.styles+xml"/>'
        )
    if theme is not None:
        major, minor = theme
        parts["word/theme/theme1.xml"] = (
            '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
            'name="Office"><a:themeElements><a:fontScheme name="Office">'
            f'<a:majorFont><a:latin typeface="{major}"/><a:ea typeface=""/></a:majorFont>'
            f'<a:minorFont><a:latin typeface="{minor}"/><a:ea typeface=""/></a:minorFont>'
            "</a:fontScheme></a:themeElements></a:theme>"
        )
        rels.append(f'<Relationship Id="rtheme" Type="{_REL}/theme" Target="theme/theme1.xml"/>')
        overrides.append(
            '<Override PartName="/word/theme/theme1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
        )
    if numbering is not None:
        parts["word/numbering.xml"] = f"<w:numbering {NAMESPACES}>{numbering}</w:numbering>"
        rels.append(f'<Relationship Id="rnum" Type="{_REL}/numbering" Target="numbering.xml"/>')
        overrides.append(
            f'<Override PartName="/word/numbering.xml" ContentType="{_PART_TYPE}.numbering+xml"/>'
        )
    package_rels = [
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    ]
    if core is not None:
        parts["docProps/core.xml"] = (
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"{core}</cp:coreProperties>"
        )
        package_rels.append(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/'
            'relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        )
        overrides.append(
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
        )
    if app is not None:
        parts["docProps/app.xml"] = (
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'extended-properties">{app}</Properties>'
        )
        package_rels.append(
            f'<Relationship Id="rId3" Type="{_REL}/extended-properties" Target="docProps/app.xml"/>'
        )
        overrides.append(
            '<Override PartName="/docProps/app.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.extended-properties+xml"/>'
        )
    parts["word/document.xml"] = (
        f"{prolog}<w:document {NAMESPACES}><w:body>{body}<w:sectPr>{sect}"
        f"{'<w:titlePg/>' if title_page else ''}</w:sectPr>"
        "</w:body></w:document>"
    )
    parts["word/_rels/document.xml.rels"] = (
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{''.join(rels)}</Relationships>"
    )
    parts["_rels/.rels"] = (
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f"{''.join(package_rels)}</Relationships>"
    )
    parts["[Content_Types].xml"] = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{''.join(overrides)}</Types>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return path
