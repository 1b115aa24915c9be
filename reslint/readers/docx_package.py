"""The DOCX file as a package: refuse what is not a safe DOCX, then open it with python-docx
and take out the XML to read (headers, body, footers) and the file's facts.

Everything that can go wrong with a broken, hostile or mislabelled file is caught
here and becomes a one-line ReadError.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple
from urllib.parse import unquote

from lxml import etree

from reslint.model import Region
from reslint.readers.archive import ZIP_ERRORS, unpack_member
from reslint.readers.base import ReadError, ReadOptions
from reslint.readers.docx_xml import FALLBACK, NS_A, NS_R, NS_V, NS_WP, NS_WPS, w

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _utf16(marker: bytes) -> tuple[bytes, ...]:
    text = marker.decode()
    return marker, text.encode("utf-16-le"), text.encode("utf-16-be")


# Word never writes a DTD; one in a DOCX part is an entity-expansion or XXE attempt.
_DTD_MARKERS = _utf16(b"<!DOCTYPE") + _utf16(b"<!ENTITY")


# ---------------------------------------------------------------- the container


def _check_container(data: bytes) -> None:
    """Refuse what is not a DOCX before any parser sees it, with a reason a person can act on."""
    if data.startswith(_OLE_MAGIC):
        # Directory entry names in an OLE file are UTF-16LE.
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise ReadError("password-protected (encrypted) DOCX: remove the password and save")
        if "WordDocument".encode("utf-16-le") in data:
            raise ReadError("Word 97-2003 .doc file, not DOCX (save as .docx)")
        raise ReadError("an old Office (OLE) file, not DOCX (save as .docx)")
    if data.startswith(b"{\\rtf"):
        raise ReadError("RTF file, not DOCX (save as .docx)")
    if not data.startswith(b"PK"):
        raise ReadError("not a valid DOCX (not a ZIP archive)")


def _check_archive(archive: zipfile.ZipFile, options: ReadOptions) -> dict[str, bytes]:
    """Every member, within the unpacked-size limit and with DTDs refused, before
    python-docx parses any part."""
    infos = archive.infolist()
    unpacked = sum(info.file_size for info in infos)
    if unpacked > options.max_unpacked_bytes:
        raise ReadError(
            f"DOCX unpacks to {unpacked // (1024 * 1024)} MiB, over the "
            f"{options.max_unpacked_bytes // (1024 * 1024)} MiB limit (possible ZIP bomb)"
        )
    if any(info.flag_bits & 0x1 for info in infos):
        raise ReadError("DOCX has encrypted ZIP entries")
    names = {info.filename for info in infos}
    twice = _duplicate(info.filename for info in infos)
    if twice is not None:
        # Which copy a reader takes differs (zipfile the last, others the first): the text
        # reslint checks could be other than what Word shows.
        raise ReadError(f"DOCX has two ZIP entries named {twice} (refused: ambiguous package)")
    if "[Content_Types].xml" not in names:
        raise ReadError("not a DOCX (the ZIP has no [Content_Types].xml)")
    if "word/document.xml" not in names:
        raise ReadError("not a DOCX (the ZIP has no word/document.xml)")
    contents: dict[str, bytes] = {}
    for info in infos:
        content = unpack_member(archive, info)
        if info.filename.lower().endswith((".xml", ".rels")) and not _utf_xml(content):
            # Word writes UTF-8 (or UTF-16); in any other encoding the DTD check below
            # could not see the markup, and libxml2's own error spans lines.
            raise ReadError(f"DOCX part {info.filename} is not UTF-8 or UTF-16 XML")
        # By content, not name: python-docx parses any part whose content type says XML.
        if _looks_like_xml(content) and any(marker in content for marker in _DTD_MARKERS):
            raise ReadError(
                f"DOCX part {info.filename} declares an XML DTD, which Word never writes "
                "(refused: possible entity-expansion attack)"
            )
        contents[info.filename] = content
    return contents


def _duplicate(names: Iterable[str]) -> str | None:
    """A member name the archive holds twice (part names are case-insensitive in OPC)."""
    seen: set[str] = set()
    for name in names:
        key = name.replace("\\", "/").lower()
        if key in seen:
            return name
        seen.add(key)
    return None


_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([^"']{1,40})""")


def _utf_xml(content: bytes) -> bool:
    """Whether an XML part is in UTF-8 or UTF-16, by its byte-order mark or first bytes
    and the encoding its declaration names."""
    if not content.strip():
        return True
    if content.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return False  # UTF-32's byte-order marks (the first begins like UTF-16's)
    if content.startswith((b"\xff\xfe", b"\xfe\xff", b"<\x00?\x00", b"\x00<\x00?")):
        return not content.startswith((b"<\x00\x00\x00", b"\x00\x00\x00<"))
    text = content.removeprefix(b"\xef\xbb\xbf")
    if text.lstrip()[:1] != b"<" or b"\x00" in text[:64]:
        return False  # EBCDIC, UTF-32 without a mark, or no XML at all
    declared = _DECLARED_ENCODING.match(text)
    return declared is None or declared.group(1).lower() in (b"utf-8", b"utf8", b"utf-16")


def _looks_like_xml(content: bytes) -> bool:
    return content.lstrip()[:1] == b"<" or content.startswith(
        (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
    )


_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"


def _resolved(rels_name: str, target: str) -> str:
    """The member a relationship's internal target names: relative to the folder of the
    part that the `_rels/x.rels` file belongs to, or absolute from the package root."""
    folder = posixpath.dirname(posixpath.dirname(rels_name))
    path = unquote(target)
    path = path.lstrip("/") if path.startswith("/") else posixpath.join(folder, path)
    return posixpath.normpath(path)


def _mended_rels(contents: dict[str, bytes]) -> dict[str, bytes]:
    """Relationships Word itself gets past: a target written with Windows backslashes
    (`media\\image1.jpg`, from some converters) is read with slashes, and one naming a
    member the file lacks (a picture lost on the way) is left out. python-docx refuses the
    whole file for either, though the text is all there."""
    names = set(contents)
    mended: dict[str, bytes] = {}
    for name, content in contents.items():
        if not name.endswith(".rels"):
            continue
        root = _safe_xml(content)
        if root is None:
            continue
        changed = False
        for rel in list(root.iter(f"{{{_RELS_NS}}}Relationship")):
            target = rel.get("Target") or ""
            if rel.get("TargetMode") == "External" or not target:
                continue
            if "\\" in target and _resolved(name, target.replace("\\", "/")) in names:
                rel.set("Target", target.replace("\\", "/"))
                changed = True
            elif _resolved(name, target) not in names:
                root.remove(rel)
                changed = True
        if changed:
            mended[name] = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    return {**contents, **mended}


def _repack(contents: dict[str, bytes]) -> bytes:
    """The checked members as a new uncompressed ZIP, so python-docx never inflates anything
    itself: a damaged member failed above with a reason, a lying one cannot grow."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        for name, content in contents.items():
            archive.writestr(name, content)
    return buffer.getvalue()


_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
# Templates (.dotx) and macro-enabled files (.docm, .dotm) hold the same WordprocessingML
# under another content type, which python-docx refuses; macros are never run, only XML read.
_SIBLING_TYPES = (
    b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)


def _as_document(contents: dict[str, bytes]) -> dict[str, bytes]:
    """The package with a document content type, if it is a template or .docm."""
    types = contents["[Content_Types].xml"]
    sibling = next((kind for kind in _SIBLING_TYPES if kind in types), None)
    if sibling is None:
        return contents
    return {**contents, "[Content_Types].xml": types.replace(sibling, _DOCUMENT_TYPE)}


def _open(data: bytes, options: ReadOptions) -> Any:
    _check_container(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            contents = _check_archive(archive, options)
    except ZIP_ERRORS as error:
        raise ReadError(f"not a valid DOCX (corrupt ZIP archive: {error})") from error
    data = _repack(_mended_rels(_as_document(contents)))
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as error:
        raise ReadError(f"not a valid DOCX (broken XML: {error.msg})") from error
    except ZIP_ERRORS as error:
        raise ReadError(f"not a valid DOCX (corrupt ZIP archive: {error})") from error
    except (PackageNotFoundError, KeyError, AttributeError, TypeError) as error:
        # See open_package: a damaged package makes python-docx fail in many ways.
        reason = str(error).strip("'\"") or type(error).__name__
        raise ReadError(f"not a valid DOCX ({reason})") from error


# ---------------------------------------------------------------- facts


def _parts(part: Any, kind: str) -> list[tuple[Any, frozenset[str]]]:
    """Header or footer parts ("header" | "footer") the sections refer to, each once, in
    order, with the relationship ids that refer to it."""
    found: dict[str, tuple[Any, set[str]]] = {}
    for sect_pr in part.element.iter(w("sectPr")):
        for reference in sect_pr.iter(w(f"{kind}Reference")):
            rel_id = reference.get(f"{{{NS_R}}}id")
            related = part.related_parts.get(rel_id) if rel_id else None
            if related is not None:
                found.setdefault(str(related.partname), (related, set()))[1].add(rel_id)
    return [(related, frozenset(ids)) for related, ids in found.values()]


def _hyperlinks(part: Any) -> dict[str, str]:
    return {rel_id: rel.target_ref for rel_id, rel in part.rels.items() if rel.is_external}


_CORE_KEYS = (
    "author",
    "title",
    "subject",
    "keywords",
    "comments",
    "category",
    "last_modified_by",
    "created",
    "modified",
    "revision",
)
_APP_KEYS = ("Application", "Template", "Company", "Manager")


def _metadata(document: Any) -> tuple[dict[str, str], int | None]:
    """Core properties (author, title, …), app properties, and the page count Word last saw
    (None when app.xml has none)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    metadata: dict[str, str] = {}
    package_rels = list(document.part.package.rels.values())
    # python-docx invents core properties (author "python-docx") when the file has none.
    if any(rel.reltype == RELATIONSHIP_TYPE.CORE_PROPERTIES for rel in package_rels):
        core = document.core_properties
        for key in _CORE_KEYS:
            value = getattr(core, key, None)
            if hasattr(value, "isoformat"):
                value = value.isoformat()
            if value not in (None, "", 0):
                metadata[key] = str(value)
    pages: int | None = None
    for rel in package_rels:
        if rel.reltype != RELATIONSHIP_TYPE.EXTENDED_PROPERTIES or rel.is_external:
            continue
        app = _safe_xml(rel.target_part.blob)
        if app is None:
            continue  # app.xml only adds facts; a broken one costs nothing else
        for child in app:
            name = etree.QName(child).localname
            value = (child.text or "").strip()
            if name == "Pages" and value.isdigit() and int(value) > 0:
                pages = int(value)
            elif name in _APP_KEYS and value:
                metadata[name.lower()] = value
    return metadata, pages


def image_count(roots: list[etree._Element]) -> int:
    count = 0
    for root in roots:
        for element in root.iter(f"{{{NS_A}}}blip", f"{{{NS_V}}}imagedata"):
            if not any(a.tag == FALLBACK for a in element.iterancestors()):
                count += 1
    return count


def _safe_xml(blob: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        return etree.fromstring(blob, parser)
    except etree.XMLSyntaxError:
        return None


# Which theme typeface each slot a run's fonts may name (`minorHAnsi`) stands for.
_THEME_SLOTS = (("latin", ("Ascii", "HAnsi")), ("ea", ("EastAsia",)), ("cs", ("Bidi",)))


def _theme_fonts(part: Any) -> dict[str, str]:
    """The theme's heading (major) and body (minor) fonts by the names runs refer to them."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        theme = part.part_related_by(RELATIONSHIP_TYPE.THEME)
    except KeyError:
        return {}
    root = _safe_xml(theme.blob)
    if root is None:
        return {}  # the theme only names fonts; a broken one costs nothing else
    fonts: dict[str, str] = {}
    for kind in ("major", "minor"):
        font = next(root.iter(f"{{{NS_A}}}{kind}Font"), None)
        if font is None:
            continue
        for tag, slots in _THEME_SLOTS:
            face = font.find(f"{{{NS_A}}}{tag}")
            typeface = face.get("typeface") if face is not None else None
            if typeface:
                fonts.update((kind + slot, typeface) for slot in slots)
    return fonts


def _numbering(part: Any) -> etree._Element | None:
    from docx.opc.constants import RELATIONSHIP_TYPE

    try:
        return part.part_related_by(RELATIONSHIP_TYPE.NUMBERING).element
    except (KeyError, AttributeError):
        return None  # no lists, or a numbering part python-docx could not parse as one


class Part(NamedTuple):
    """The body, a header or a footer: its XML and hyperlink targets, and for headers and
    footers the relationship ids the sections refer to it by."""

    region: Region
    root: etree._Element
    links: dict[str, str]
    ids: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class Package:
    """Everything taken from python-docx: the XML to walk and the file's facts."""

    styles: etree._Element
    theme_fonts: dict[str, str]  # `minorHAnsi` -> "Calibri"
    numbering: etree._Element | None  # word/numbering.xml
    parts: list[Part]  # headers, the body, footers
    metadata: dict[str, str]
    pages: int | None  # <Pages> in docProps/app.xml
    backdrop: bool  # colour or a picture painted behind the text somewhere
    even_and_odd: bool  # even pages have headers and footers of their own


def _painted(anchor: etree._Element) -> bool:
    """A drawing that paints an area: a picture, or a shape with a fill (not just an outline)."""
    if next(anchor.iter(f"{{{NS_A}}}blip"), None) is not None:
        return True
    fills = (f"{{{NS_A}}}solidFill", f"{{{NS_A}}}gradFill", f"{{{NS_A}}}pattFill")
    return any(child.tag in fills for shape in anchor.iter(f"{{{NS_WPS}}}spPr") for child in shape)


def _backdrop(document: etree._Element, roots: list[etree._Element]) -> bool:
    """Whether anything is painted behind the text: a page colour, or a filled shape or
    picture laid behind it (templates draw banners and sidebars so, with white text on top).
    Without layout the reader cannot tell which text lies on it."""
    background = document.find(w("background"))
    if background is not None and (background.get(w("color")) or "auto").upper() not in (
        "AUTO",
        "FFFFFF",
    ):
        return True
    for root in roots:
        for anchor in root.iter(f"{{{NS_WP}}}anchor"):
            if anchor.get("behindDoc") in ("1", "true") and _painted(anchor):
                return True
        for shape in root.iter(f"{{{NS_V}}}rect", f"{{{NS_V}}}shape", f"{{{NS_V}}}roundrect"):
            style = (shape.get("style") or "").replace(" ", "")
            if "z-index:-" in style and (shape.get("filled") or "t").lower() not in ("f", "false"):
                return True
    return False


def open_package(data: bytes, options: ReadOptions) -> Package:
    document = _open(data, options)
    try:
        part = document.part
        body = part.element.find(w("body"))
        parts = [
            Part(Region.HEADER, h.element, _hyperlinks(h), ids) for h, ids in _parts(part, "header")
        ]
        if body is not None:
            parts.append(Part(Region.BODY, body, _hyperlinks(part)))
        parts += [
            Part(Region.FOOTER, f.element, _hyperlinks(f), ids) for f, ids in _parts(part, "footer")
        ]
        metadata, pages = _metadata(document)
        backdrop = _backdrop(part.element, [p.root for p in parts])
        even = document.settings.element.find(w("evenAndOddHeaders"))
        even_and_odd = even is not None and even.get(w("val"), "true") not in ("0", "false", "off")
        return Package(
            document.styles.element,
            _theme_fonts(part),
            _numbering(part),
            parts,
            metadata,
            pages,
            backdrop,
            even_and_odd=even_and_odd,
        )
    except (AttributeError, KeyError, ValueError, TypeError) as error:
        # python-docx trusts the package's relationships and content types; when a
        # damaged file breaks that trust, it fails with whatever error comes first.
        raise ReadError(f"not a valid DOCX (damaged package: {error})") from error
