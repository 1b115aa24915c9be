"""LinkedIn's data export: the ZIP as downloaded, its unpacked folder, or single CSV files.

Every CSV is optional and may sit in a subfolder. Columns are found by their
header names (LinkedIn has renamed and reordered them over the years), the
header row is searched for in the first lines (some files open with a
`Notes:` preamble), and anything unexpected becomes a warning, never a crash.

The export already is structured data, so this reader hands its fields to structure as
KnownFields.
Each CSV record also becomes a Line whose `number` is the record's first line
in its CSV and whose text starts with the CSV's name (`Positions.csv: …`), so
a finding can point at `Positions.csv` line 4. Lines of a multi-line field
(a position's description) share their record's number.

Safety: the archive is never extracted to disk; only the CSVs named below are
read, through a size-bounded stream (declared sizes in a ZIP can lie), so a
ZIP bomb stops at `ReadOptions.max_unpacked_bytes`. Member names that climb
out of the archive (`../`, absolute paths) and nested archives are ignored.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath

from reslint.lexicon.contact import (
    EMAIL_RE,
    canonical_linkedin,
    find_linkedin,
    normalise_phone,
)
from reslint.lexicon.dates import parse_date
from reslint.model import (
    DateRange,
    DateValue,
    Education,
    Field,
    FileFacts,
    KnownFields,
    Line,
    Position,
    ReaderOutput,
    Section,
)
from reslint.readers.archive import ZIP_ERRORS
from reslint.readers.base import ReadError, ReadOptions, read_bytes

# The columns this reader uses, per CSV, under every name LinkedIn has given them.
COLUMNS: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "profile": {
        "first": ("First Name",),
        "last": ("Last Name",),
        "maiden": ("Maiden Name",),
        "headline": ("Headline",),
        "summary": ("Summary",),
        "location": ("Geo Location", "Location"),
        "websites": ("Websites",),
    },
    "positions": {
        "company": ("Company Name", "Company"),
        "title": ("Title", "Position"),
        "description": ("Description",),
        "location": ("Location",),
        "start": ("Started On", "Start Date", "Start"),
        "end": ("Finished On", "End Date", "End"),
    },
    "education": {
        "school": ("School Name", "School"),
        "start": ("Start Date", "Started On"),
        "end": ("End Date", "Finished On"),
        "notes": ("Notes",),
        "degree": ("Degree Name", "Degree"),
        "field": ("Field Of Study", "Field of Study"),
        "activities": ("Activities",),
    },
    "emails": {
        "email": ("Email Address", "Email"),
        "primary": ("Primary",),
    },
    "phones": {
        "number": ("Number", "Phone Number"),
        "extension": ("Extension",),
        "type": ("Type",),
    },
}
# The columns without which a file says nothing: a warning when they are missing.
REQUIRED = {
    "profile": ("first", "last"),
    "positions": ("company", "title"),
    "education": ("school",),
    "emails": ("email",),
    "phones": ("number",),
}
# Columns LinkedIn documents that the linter has no use for: no warning about them.
IGNORED: Mapping[str, frozenset[str]] = {
    "profile": frozenset(
        {"address", "birth date", "industry", "zip code", "twitter handles", "instant messengers"}
    ),
    "positions": frozenset(),
    "education": frozenset(),
    "emails": frozenset({"confirmed", "updated on"}),
    "phones": frozenset(),
}
# Roles that only some exports have: no warning when they are absent.
OPTIONAL: Mapping[str, frozenset[str]] = {
    "profile": frozenset({"maiden", "location", "websites", "summary"}),
    "positions": frozenset({"location", "description"}),
    "education": frozenset({"field", "notes", "activities"}),
    "emails": frozenset({"primary"}),
    "phones": frozenset({"extension", "type"}),
}
FILES: Mapping[str, str] = {
    "profile.csv": "profile",
    "positions.csv": "positions",
    "education.csv": "education",
    "email addresses.csv": "emails",
    "phonenumbers.csv": "phones",
    "phone numbers.csv": "phones",
}
# Other CSVs only an export holds: they help recognise one, the linter does not read them.
OTHER_EXPORT_FILES = frozenset(
    {
        "skills.csv",
        "certifications.csv",
        "languages.csv",
        "projects.csv",
        "connections.csv",
        "registration.csv",
        "recommendations_received.csv",
        "endorsement_received_info.csv",
    }
)
LINKEDIN_COLUMNS = frozenset(
    {"company name", "started on", "finished on", "school name", "degree name", "geo location"}
    | {"twitter handles", "instant messengers", "maiden name"}
)
EXPORT_NAME_RE = re.compile(r"^(?:basic|complete)_linkedindataexport", re.IGNORECASE)
HEADER_SEARCH_ROWS = 10
MAX_ARCHIVE_MEMBERS = 10_000
_WEBSITE_RE = re.compile(r"(?:([A-Z_]+):)?((?:https?://|www\.)[^,\]\s]+)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Record:
    """One CSV row by column role, with the CSV line it starts on."""

    values: Mapping[str, str]
    number: int

    def get(self, role: str) -> str:
        return self.values.get(role, "").strip()


@dataclass(frozen=True, slots=True)
class _Table:
    name: str
    records: tuple[_Record, ...]


# --- recognising an export ------------------------------------------------------------------


def _is_export_csv_name(name: str) -> bool:
    lowered = name.lower()
    return lowered in FILES or lowered in OTHER_EXPORT_FILES


def _folder_names(folder: Path) -> Iterator[str]:
    """CSV names in a folder and its direct subfolders: an export may be unpacked one level down."""
    try:
        entries = sorted(folder.iterdir())[:200]
    except OSError:
        return
    for entry in entries:
        if entry.is_file():
            yield entry.name
        elif entry.is_dir() and not entry.name.startswith("."):
            try:
                yield from (child.name for child in sorted(entry.iterdir())[:200])
            except OSError:
                continue


def _holds_other_documents(folder: Path) -> bool:
    """A folder with resumes beside loose export CSVs is a folder to search, not an export."""
    from reslint.readers import READERS

    suffixes = {s for reader in READERS if reader.kind != "profile" for s in reader.suffixes}
    suffixes |= {".pdf", ".docx"}
    try:
        return any(
            entry.suffix.lower() in suffixes for entry in folder.iterdir() if entry.is_file()
        )
    except OSError:
        return False


def _csv_header_matches(path: Path) -> bool:
    """A CSV with another name is an export file when one of its first lines is a known header."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    text = head.decode("utf-8-sig", errors="replace")
    try:
        rows = list(csv.reader(io.StringIO(text)))[:HEADER_SEARCH_ROWS]
    except csv.Error:
        return False
    # Two of LinkedIn's own column names, so a job tracker with "Company,Title" stays out.
    return any(
        _file_kind_for_header(row) is not None
        and len({_header_key(cell) for cell in row} & LINKEDIN_COLUMNS) >= 2
        for row in rows
    )


def is_linkedin_export(path: Path) -> bool:
    """Cheap check: does `path` (ZIP, folder or CSV) hold LinkedIn export CSVs?"""
    suffix = path.suffix.lower()
    if path.is_dir():
        names = list(_folder_names(path))
        return any(name.lower() in ("profile.csv", "positions.csv") for name in names) and not (
            _holds_other_documents(path)
        )
    if suffix == ".csv":
        return path.name.lower() in FILES or _csv_header_matches(path)
    if suffix == ".zip":
        try:
            with zipfile.ZipFile(path) as archive:
                names = [PurePosixPath(n).name.lower() for n in archive.namelist()[:2000]]
        except (zipfile.BadZipFile, OSError, ValueError):
            # A broken ZIP that is named like an export is still ours, to report why it fails.
            return bool(EXPORT_NAME_RE.match(path.name))
        return any(name in FILES for name in names) or (
            bool(EXPORT_NAME_RE.match(path.name))
            and any(name in OTHER_EXPORT_FILES for name in names)
        )
    return False


# --- getting the CSV bytes out --------------------------------------------------------------


def _unsafe_member(name: str) -> bool:
    parts = PurePosixPath(name.replace("\\", "/")).parts
    return name.startswith(("/", "\\")) or ".." in parts or (bool(parts) and ":" in parts[0])


def _from_zip(
    path: Path, options: ReadOptions, warnings: list[str]
) -> dict[str, tuple[str, bytes]]:
    try:
        archive = zipfile.ZipFile(path)
    except OSError as error:
        raise ReadError(error.strerror or str(error)) from error
    except ZIP_ERRORS as error:
        raise ReadError("not a valid ZIP archive") from error
    found: dict[str, tuple[str, bytes]] = {}
    budget = options.max_unpacked_bytes
    too_big = f"archive unpacks to more than {options.max_unpacked_bytes // (1024 * 1024)} MiB"
    with archive:
        members = archive.infolist()
        if len(members) > MAX_ARCHIVE_MEMBERS:
            raise ReadError(f"archive has too many entries ({len(members)})")
        # Shallowest first, so a stray copy deeper in the archive does not win.
        for info in sorted(members, key=lambda i: (i.filename.count("/"), i.filename)):
            if info.is_dir():
                continue
            if _unsafe_member(info.filename):
                warnings.append(f"ignored unsafe archive entry '{info.filename}'")
                continue
            name = PurePosixPath(info.filename).name
            kind = FILES.get(name.lower())
            if kind is None or kind in found:
                continue  # nested archives, photos and the CSVs the linter does not use
            if info.flag_bits & 0x1:
                raise ReadError("archive is encrypted")
            if info.file_size > budget:
                raise ReadError(too_big)
            try:
                with archive.open(info) as member:
                    data = member.read(budget + 1)
            except ZIP_ERRORS as error:
                raise ReadError(f"cannot unpack '{name}' ({error})") from error
            if len(data) > budget:
                raise ReadError(too_big)
            budget -= len(data)
            found[kind] = (name, data)
    return found


def _from_folder(path: Path, options: ReadOptions) -> dict[str, tuple[str, bytes]]:
    found: dict[str, tuple[str, bytes]] = {}
    candidates = sorted(path.glob("*.csv")) + sorted(path.glob("*/*.csv"))
    for candidate in candidates:
        kind = FILES.get(candidate.name.lower())
        if kind is not None and kind not in found and candidate.is_file():
            found[kind] = (candidate.name, read_bytes(candidate, options))
    return found


def _from_csv(path: Path, options: ReadOptions) -> dict[str, tuple[str, bytes]]:
    data = read_bytes(path, options)
    kind = FILES.get(path.name.lower())
    if kind is None:
        text, _ = _decode(data)
        rows = list(csv.reader(io.StringIO(text)))[:HEADER_SEARCH_ROWS]
        kind = next((k for k in map(_file_kind_for_header, rows) if k is not None), None)
    if kind is None:
        raise ReadError("not a LinkedIn export CSV (no known header)")
    return {kind: (path.name, data)}


# --- parsing one CSV ------------------------------------------------------------------------


def _decode(data: bytes) -> tuple[str, bool]:
    """The text, and whether it had to be decoded as Latin-1 rather than UTF-8."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), True


def _header_key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).lower()


def _roles(header: list[str], kind: str) -> dict[str, int]:
    """Column index of each role this kind of file has, by header name."""
    index = {_header_key(name): i for i, name in enumerate(header)}
    roles: dict[str, int] = {}
    for role, names in COLUMNS[kind].items():
        for name in names:
            if name.lower() in index:
                roles[role] = index[name.lower()]
                break
    return roles


def _file_kind_for_header(row: list[str]) -> str | None:
    """Which export file a header row belongs to, judged by its column names."""
    keys = {_header_key(cell) for cell in row}
    best: tuple[int, str] | None = None
    for kind, columns in COLUMNS.items():
        required = REQUIRED[kind]
        if not all(any(name.lower() in keys for name in columns[role]) for role in required):
            continue
        hits = sum(1 for names in columns.values() if any(n.lower() in keys for n in names))
        if hits >= 2 and (best is None or hits > best[0]):
            best = (hits, kind)
    return best[1] if best else None


def _parse_table(kind: str, name: str, data: bytes, warnings: list[str]) -> _Table:
    text, latin = _decode(data)
    if latin:
        warnings.append(f"{name} is not UTF-8; read it as Latin-1 (Windows-1252)")
    reader = csv.reader(io.StringIO(text, newline=""))
    rows: list[tuple[int, list[str]]] = []
    previous_end = 0
    try:
        for row in reader:
            rows.append((previous_end + 1, row))
            previous_end = reader.line_num
    except csv.Error as error:
        warnings.append(f"{name}: stopped at line {previous_end + 1}: {error}")
    header_at = None
    for position, (_, row) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        roles = _roles(row, kind)
        if all(role in roles for role in REQUIRED[kind]):
            header_at = position
            break
    if header_at is None:
        warnings.append(f"{name}: no header with the expected columns; file ignored")
        return _Table(name, ())
    header = rows[header_at][1]
    roles = _roles(header, kind)
    known = {n.lower() for names in COLUMNS[kind].values() for n in names} | IGNORED[kind]
    missing = [
        COLUMNS[kind][role][0]
        for role in COLUMNS[kind]
        if role not in roles and role not in OPTIONAL[kind]
    ]
    if missing:
        warnings.append(f"{name}: no column {', '.join(repr(m) for m in missing)}")
    unknown = [cell for cell in header if cell.strip() and _header_key(cell) not in known]
    if unknown:
        warnings.append(f"{name}: unknown column {', '.join(repr(u) for u in unknown)}")
    records: list[_Record] = []
    for number, row in rows[header_at + 1 :]:
        if not any(cell.strip() for cell in row):
            continue  # blank rows occur in real exports
        values = {role: row[i] for role, i in roles.items() if i < len(row)}
        records.append(_Record(values, number))
    return _Table(name, tuple(records))


# --- from records to a Structure ------------------------------------------------------------


def _date(text: str, table: str, warnings: list[str]) -> DateValue | None:
    if not text.strip():
        return None
    value = parse_date(text)
    if value is None:
        warnings.append(f"{table}: cannot read the date '{text.strip()}'")
    return value


def _line(table: _Table, record: _Record, parts: list[str]) -> Line:
    shown = " · ".join(part for part in parts if part)
    return Line(text=f"{table.name}: {shown}", number=record.number)


def _text_lines(text: str, number: int) -> list[Line]:
    """The lines of a multi-line field, all numbered with their record's first line."""
    return [
        Line(text=" ".join(part.split()), number=number)
        for part in text.splitlines()
        if part.strip()
    ]


class _Builder:
    def __init__(self, warnings: list[str]) -> None:
        self.warnings = warnings
        self.lines: list[Line] = []
        self.sections: list[Section] = []
        self.contact = KnownFields()
        self.positions: list[Position] = []
        self.education: list[Education] = []
        self.summary: list[Field] = []
        self.top: list[Line] = []

    def profile(self, table: _Table) -> None:
        if not table.records:
            return
        if len(table.records) > 1:
            self.warnings.append(f"{table.name}: {len(table.records)} rows, read the first")
        record = table.records[0]
        name = " ".join(p for p in (record.get("first"), record.get("last")) if p)
        headline = record.get("headline")
        line = _line(table, record, [name, headline])
        self.lines.append(line)
        self.top.insert(0, line)
        urls: list[Field] = []
        linkedin: list[Field] = []
        for match in _WEBSITE_RE.finditer(record.get("websites")):
            url = match.group(2)
            if "linkedin.com" in url.lower():
                linkedin.extend(find_linkedin(Line(url, number=record.number)))
            else:
                urls.append(Field(url, line, match.group(0)))
        location = record.get("location")
        self.contact = KnownFields(
            name=Field(name, line) if name else None,
            headline=Field(headline, line) if headline else None,
            location=Field(location, line) if location else None,
            emails=self.contact.emails,
            phones=self.contact.phones,
            linkedin=tuple(Field(canonical_linkedin(f.value), line, f.raw) for f in linkedin),
            urls=tuple(urls),
        )
        summary_lines = _text_lines(record.get("summary"), record.number)
        if summary_lines:
            self.lines.extend(summary_lines)
            self.summary = [Field(text_line.text, text_line) for text_line in summary_lines]
            self.sections.append(Section("Summary", "summary", None, tuple(summary_lines)))

    def positions_table(self, table: _Table) -> None:
        lines: list[Line] = []
        for record in table.records:
            start = _date(record.get("start"), table.name, self.warnings)
            end_text = record.get("end")
            # An empty `Finished On` is how the export says "current position".
            end = _date(end_text, table.name, self.warnings) if end_text else None
            if not end_text and start is not None:
                end = DateValue(None, present=True, raw="", style="present")
            line = _line(
                table,
                record,
                [
                    record.get("company"),
                    record.get("title"),
                    _span(start, end),
                    record.get("location"),
                ],
            )
            description = _text_lines(record.get("description"), record.number)
            lines.extend((line, *description))
            company, title, where = (
                record.get("company"),
                record.get("title"),
                record.get("location"),
            )
            self.positions.append(
                Position(
                    company=Field(company, line) if company else None,
                    title=Field(title, line) if title else None,
                    dates=DateRange(start, end, _span(start, end), line) if start or end else None,
                    line=line,
                    location=Field(where, line) if where else None,
                    context=tuple(Field(d.text, d) for d in description),
                    section="Experience",
                )
            )
        if lines:
            self.lines.extend(lines)
            self.sections.append(Section("Experience", "experience", None, tuple(lines)))

    def education_table(self, table: _Table) -> None:
        lines: list[Line] = []
        for record in table.records:
            start = _date(record.get("start"), table.name, self.warnings)
            end = _date(record.get("end"), table.name, self.warnings)
            degree, field_of_study = record.get("degree"), record.get("field")
            shown = ", ".join(p for p in (degree, field_of_study) if p)
            school = record.get("school")
            line = _line(table, record, [school, shown, _span(start, end)])
            details = _text_lines(record.get("notes"), record.number) + _text_lines(
                record.get("activities"), record.number
            )
            lines.extend((line, *details))
            self.education.append(
                Education(
                    school=Field(school, line) if school else None,
                    degree=Field(degree, line) if degree else None,
                    field=Field(field_of_study, line) if field_of_study else None,
                    dates=DateRange(start, end, _span(start, end), line) if start or end else None,
                    line=line,
                    details=tuple(Field(d.text, d) for d in details),
                )
            )
        if lines:
            self.lines.extend(lines)
            self.sections.append(Section("Education", "education", None, tuple(lines)))

    def emails_table(self, table: _Table) -> None:
        fields: list[tuple[bool, Field]] = []
        for record in table.records:
            address = record.get("email")
            if not EMAIL_RE.fullmatch(address):
                if address:
                    self.warnings.append(f"{table.name}: '{address}' is not an email address")
                continue
            line = _line(table, record, [address])
            self.lines.append(line)
            self.top.append(line)
            primary = record.get("primary").lower() in ("yes", "true", "1")
            fields.append((not primary, Field(address.lower(), line, address)))
        fields.sort(key=lambda item: item[0])  # the primary address first
        self.contact = _with(self.contact, emails=tuple(field for _, field in fields))

    def phones_table(self, table: _Table) -> None:
        fields: list[Field] = []
        for record in table.records:
            raw = record.get("number")  # often with a leading space
            if not raw:
                continue
            line = _line(table, record, [raw])
            self.lines.append(line)
            self.top.append(line)
            # Without a region only +-prefixed numbers normalise here; checks that know the
            # region normalise `raw` again.
            fields.append(Field(normalise_phone(raw, "ZZ") or raw, line, raw))
        self.contact = _with(self.contact, phones=tuple(fields))


def _with(contact: KnownFields, **changes: object) -> KnownFields:
    return replace(contact, **changes)  # type: ignore[arg-type]


def _span(start: DateValue | None, end: DateValue | None) -> str:
    def show(value: DateValue | None) -> str:
        if value is None:
            return ""
        return "Present" if value.present else value.raw or value.iso()

    if start is None and end is None:
        return ""
    return f"{show(start)} – {show(end)}".strip(" –")


def read_linkedin_export(path: Path, options: ReadOptions) -> ReaderOutput:
    """Read an export ZIP, unpacked folder or single CSV into a profile Document's parts."""
    warnings: list[str] = []
    suffix = path.suffix.lower()
    if path.is_dir():
        sources = _from_folder(path, options)
        fmt = "linkedin-export-folder"
    elif suffix == ".zip":
        sources = _from_zip(path, options, warnings)
        fmt = "linkedin-export"
    else:
        sources = _from_csv(path, options)
        fmt = "linkedin-csv"
    if not sources:
        raise ReadError("no LinkedIn profile CSVs (Profile.csv, Positions.csv, …) found")
    builder = _Builder(warnings)
    # Emails and phones first, so Profile.csv's contact keeps them; then the page order.
    for kind, step in (
        ("emails", builder.emails_table),
        ("phones", builder.phones_table),
        ("profile", builder.profile),
        ("positions", builder.positions_table),
        ("education", builder.education_table),
    ):
        if kind in sources:
            name, data = sources[kind]
            step(_parse_table(kind, name, data, warnings))
    known = replace(
        builder.contact,
        sections=tuple(builder.sections),
        positions=tuple(builder.positions),
        education=tuple(builder.education),
        summary=tuple(builder.summary),
        top_block=tuple(builder.top),
    )
    facts = FileFacts(format=fmt, page_count=1, warnings=tuple(warnings))
    return ReaderOutput(tuple(builder.lines), facts, known, kind="profile")
