"""LinkedIn's data export (a ZIP, its unpacked folder or single CSVs) read into KnownFields.

It owns turning the export's records into the fields structure is handed: contact from
Profile.csv, Email Addresses.csv and PhoneNumbers.csv, positions and education, a summary.
Recognising an export and getting its CSVs out safely is linkedin_export_files; which
columns mean what, and parsing one CSV, linkedin_export_csv.

Each CSV record also becomes a Line whose `number` is the record's first line
in its CSV and whose text starts with the CSV's name (`Positions.csv: …`), so
a finding can point at `Positions.csv` line 4. Lines of a multi-line field
(a position's description) share their record's number.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

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
from reslint.readers.base import ReadError, ReadOptions
from reslint.readers.linkedin_export_csv import MAX_ROWS, Record, Table, parse_table
from reslint.readers.linkedin_export_files import from_csv, from_folder, from_zip

_WEBSITE_RE = re.compile(r"(?:([A-Z_]+):)?((?:https?://|www\.)[^,\]\s]+)", re.IGNORECASE)


def _date(text: str, table: str, warnings: list[str]) -> DateValue | None:
    if not text.strip():
        return None
    value = parse_date(text)
    if value is None:
        warnings.append(f"{table}: cannot read the date '{text.strip()}'")
    return value


def _line(table: Table, record: Record, parts: list[str]) -> Line:
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

    def profile(self, table: Table) -> None:
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

    def positions_table(self, table: Table) -> None:
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

    def education_table(self, table: Table) -> None:
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

    def emails_table(self, table: Table) -> None:
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

    def phones_table(self, table: Table) -> None:
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
        sources = from_folder(path, options)
        fmt = "linkedin-export-folder"
    elif suffix == ".zip":
        sources = from_zip(path, options, warnings)
        fmt = "linkedin-export"
    else:
        sources = from_csv(path, options)
        fmt = "linkedin-csv"
    if not sources:
        raise ReadError("no LinkedIn profile CSVs (Profile.csv, Positions.csv, …) found")
    builder = _Builder(warnings)
    truncated: list[str] = []
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
            table = parse_table(kind, name, data, warnings)
            if table.cut:
                truncated.append(f"{name}: only the first {MAX_ROWS:,} rows read (limit reached)")
            step(table)
    known = replace(
        builder.contact,
        sections=tuple(builder.sections),
        positions=tuple(builder.positions),
        education=tuple(builder.education),
        summary=tuple(builder.summary),
        top_block=tuple(builder.top),
    )
    facts = FileFacts(
        format=fmt, page_count=1, warnings=tuple(warnings), truncated=tuple(truncated)
    )
    return ReaderOutput(tuple(builder.lines), facts, known, kind="profile")
