"""The CSVs of LinkedIn's data export, and one CSV parsed into records.

It owns which files and columns the reader uses, under every name LinkedIn has given them
(LinkedIn has renamed and reordered them over the years), finding the header row in a
file's first lines (some files open with a `Notes:` preamble), and reading each row into a
Record by column role. Anything unexpected becomes a warning, never a crash.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import islice

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
HEADER_SEARCH_ROWS = 10
# Rows read per file. A real export holds tens of positions, schools or addresses; a file
# of a million rows (1.7 GB and a minute, issue 19) is read this far, with a warning.
MAX_ROWS = 1_000


@dataclass(frozen=True, slots=True)
class Record:
    """One CSV row by column role, with the CSV line it starts on."""

    values: Mapping[str, str]
    number: int

    def get(self, role: str) -> str:
        return self.values.get(role, "").strip()


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    records: tuple[Record, ...]
    cut: bool = False  # rows past MAX_ROWS were left unread


def csv_encoding(data: bytes) -> str:
    """The encoding a CSV's bytes are in: UTF-16 by its byte-order mark or, without one, by
    the NUL bytes every ASCII character brings (Excel's "Unicode text"), else UTF-8."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:1024]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        even_nuls = head[0::2].count(0)
        return "utf-16-be" if even_nuls > head[1::2].count(0) else "utf-16-le"
    return "utf-8-sig"


def decode_csv(data: bytes) -> tuple[str, bool]:
    """The text, and whether it had to be decoded as Latin-1 (Windows-1252) rather than
    as the UTF-8 or UTF-16 it declares or shows."""
    encoding = csv_encoding(data)
    try:
        return data.decode(encoding), False
    except UnicodeDecodeError:
        if encoding != "utf-8-sig":
            return data.decode(encoding, errors="replace"), False
        return data.decode("cp1252", errors="replace"), True


def _text(data: bytes, encoding: str, errors: str) -> io.TextIOWrapper:
    """`data` decoded as it is read: a large file is never held as one string."""
    return io.TextIOWrapper(io.BytesIO(data), encoding=encoding, errors=errors, newline="")


def head_rows(data: bytes) -> list[list[str]]:
    """The first rows of a CSV, where its header is looked for (a `csv.Error` propagates)."""
    encoding = csv_encoding(data)
    errors = "strict" if encoding == "utf-8-sig" else "replace"
    try:
        return list(islice(csv.reader(_text(data, encoding, errors)), HEADER_SEARCH_ROWS))
    except UnicodeDecodeError:
        return list(islice(csv.reader(_text(data, "cp1252", "replace")), HEADER_SEARCH_ROWS))


def header_key(text: str) -> str:
    return " ".join(text.replace("\ufeff", "").split()).lower()


def _roles(header: list[str], kind: str) -> dict[str, int]:
    """Column index of each role this kind of file has, by header name."""
    index = {header_key(name): i for i, name in enumerate(header)}
    roles: dict[str, int] = {}
    for role, names in COLUMNS[kind].items():
        for name in names:
            if name.lower() in index:
                roles[role] = index[name.lower()]
                break
    return roles


def file_kind_for_header(row: list[str]) -> str | None:
    """Which export file a header row belongs to, judged by its column names."""
    keys = {header_key(cell) for cell in row}
    best: tuple[int, str] | None = None
    for kind, columns in COLUMNS.items():
        required = REQUIRED[kind]
        if not all(any(name.lower() in keys for name in columns[role]) for role in required):
            continue
        hits = sum(1 for names in columns.values() if any(n.lower() in keys for n in names))
        if hits >= 2 and (best is None or hits > best[0]):
            best = (hits, kind)
    return best[1] if best else None


def parse_table(kind: str, name: str, data: bytes, warnings: list[str]) -> Table:
    """The records of one CSV: decoded as UTF-8 (or the UTF-16 it shows), else as Latin-1;
    at most MAX_ROWS of them (`cut` says there were more)."""
    encoding = csv_encoding(data)
    if encoding == "utf-8-sig":
        try:
            return _parse(kind, name, _text(data, encoding, "strict"), warnings)
        except UnicodeDecodeError:  # raised while reading: start again, as Latin-1
            warnings.append(f"{name} is not UTF-8; read it as Latin-1 (Windows-1252)")
            return _parse(kind, name, _text(data, "cp1252", "replace"), warnings)
    return _parse(kind, name, _text(data, encoding, "replace"), warnings)


def _parse(kind: str, name: str, text: io.TextIOWrapper, warnings: list[str]) -> Table:
    # Warnings wait until the file has been read to its end: a UTF-8 file found to be
    # Latin-1 half-way is read again, and must not warn twice.
    notes: list[str] = []
    rows = csv.reader(text)
    head: list[tuple[int, list[str]]] = []  # the rows the header is searched in
    roles: dict[str, int] | None = None
    records: list[Record] = []
    previous_end = 0
    cut = False
    try:
        for row in rows:
            number = previous_end + 1
            previous_end = rows.line_num
            if roles is None:
                head.append((number, row))
                found = _roles(row, kind)
                if all(role in found for role in REQUIRED[kind]):
                    roles = found
                    notes.extend(_header_warnings(kind, name, row, roles))
                elif len(head) >= HEADER_SEARCH_ROWS:
                    break
                continue
            if not any(cell.strip() for cell in row):
                continue  # blank rows occur in real exports
            if len(records) >= MAX_ROWS:
                cut = True
                break
            values = {role: row[i] for role, i in roles.items() if i < len(row)}
            records.append(Record(values, number))
    except csv.Error as error:
        notes.append(f"{name}: stopped at line {previous_end + 1}: {error}")
    if roles is None:
        notes.append(f"{name}: no header with the expected columns; file ignored")
    warnings.extend(notes)
    return Table(name, tuple(records), cut)


def _header_warnings(kind: str, name: str, header: list[str], roles: dict[str, int]) -> list[str]:
    """What the header row lacks, and what it has that no export has."""
    notes = []
    known = {n.lower() for names in COLUMNS[kind].values() for n in names} | IGNORED[kind]
    missing = [
        COLUMNS[kind][role][0]
        for role in COLUMNS[kind]
        if role not in roles and role not in OPTIONAL[kind]
    ]
    if missing:
        notes.append(f"{name}: no column {', '.join(repr(m) for m in missing)}")
    unknown = [cell for cell in header if cell.strip() and header_key(cell) not in known]
    if unknown:
        notes.append(f"{name}: unknown column {', '.join(repr(u) for u in unknown)}")
    return notes
