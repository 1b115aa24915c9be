"""`--format html`: one self-contained page a person opens in a browser.

Everything is inline (the CSS and script are data files beside this module, the page
pictures data URIs) and the page's Content-Security-Policy forbids any request, so the
report reads offline and is safe to attach to an email. Each located finding is an
element with `data-rule` over its line: a box on the page picture for PDFs, a mark on
the line for text formats. Its number links to the list beside the pages, which holds
the message, why it matters and what to do instead (from the rule file). All file text
goes through `html.escape`. The pictures, lines and first-impression fields come from
`options.views` (reslint.file_views); this module only draws them.
"""

from __future__ import annotations

import base64
from collections import defaultdict
from html import escape
from importlib import resources

from reslint import __version__
from reslint.formatters import FormatOptions
from reslint.formatters.safe_text import visible
from reslint.model import Finding, Line, Severity
from reslint.report import FileResult, Report
from reslint.visual import FileView, PagePicture

_POLICY = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; script-src 'unsafe-inline'"
_GLANCE_LABELS = {
    "name": "Name",
    "headline": "Headline",
    "title": "Current title",
    "employer": "Current employer",
    "phone": "Phone",
    "email": "Email",
    "linkedin": "LinkedIn",
}
_SEEN_LABELS = {"top": "in the top third", "later": "below the top third", "missing": "missing"}
_DIFFERENCE_LABELS = {
    "title": "title differs",
    "dates": "dates differ",
    "missing-on-profile": "not on the profile",
    "missing-on-resume": "not on the resume",
    "roles": "different roles",
}


def _text(value: str) -> str:
    """File text (and anything else) as HTML: control characters visible (html.escape
    leaves them alone, and they could reorder or hide what the reader sees), then escaped."""
    return escape(visible(value))


def _prose(value: str) -> str:
    """A rule file's paragraph (wrapped over lines in the TOML) as one run of text."""
    return _text(" ".join(value.split()))


def _asset(name: str) -> str:
    return (resources.files("reslint.formatters") / "data" / name).read_text(encoding="utf-8")


def render(report: Report, options: FormatOptions) -> str:
    counts = report.counts()
    summary = ", ".join(f"{counts[severity]} {severity.value}" for severity in Severity)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>reslint report</title>",
        f"<style>{_asset('report.css')}</style></head><body>",
        f'<header><h1>reslint report</h1><p class="summary">{len(report.files)} file(s): '
        f"{_text(summary)} · reslint {_text(__version__)}</p></header>",
    ]
    if len(report.files) > 1:
        parts.append(_index(report))
    parts.extend(
        _file(number, result, options.views.get(result.path), report)
        for number, result in enumerate(report.files, 1)
    )
    if report.notes:
        notes = "".join(f"<li>{_text(note)}</li>" for note in report.notes)
        parts.append(f'<section class="notes"><h2>Notes</h2><ul>{notes}</ul></section>')
    parts.append('<div id="tip" role="tooltip" hidden></div>')
    parts.append(f"<script>{_asset('report.js')}</script></body></html>")
    return "\n".join(parts)


def _index(report: Report) -> str:
    rows = []
    for number, result in enumerate(report.files, 1):
        counts = result.counts()
        cells = "".join(
            f'<td class="sev-{s.value}">{counts[s]}</td>' if counts[s] else "<td>0</td>"
            for s in Severity
        )
        state = f"<td>{_text(result.error)}</td>" if result.error else "<td></td>"
        rows.append(
            f'<tr><td><a href="#file-{number}">{_text(result.path)}</a></td>{cells}{state}</tr>'
        )
    head = "".join(f"<th>{s.value}</th>" for s in Severity)
    return (
        '<nav class="index"><h2>Files</h2><table><thead><tr><th>file</th>'
        f"{head}<th>unreadable</th></tr></thead><tbody>{''.join(rows)}</tbody></table></nav>"
    )


def _file(number: int, result: FileResult, view: FileView | None, report: Report) -> str:
    head = f'<section class="file" id="file-{number}"><h2>{_text(result.path)}</h2>'
    if result.error:
        return f'{head}<p class="error">cannot read: {_text(result.error)}</p></section>'
    located = view.finding_lines if view else (None,) * len(result.findings)
    body = _pages(number, result, view) if view else ""
    return (
        head
        + (_glance(number, view) if view else "")
        + f'<div class="body"><div class="document">{body}</div>'
        + _findings(number, result, located, report)
        + "</div>"
        + (_profile(view) if view and view.profile else "")
        + "</section>"
    )


# What one mark stands for: the finding's number, the finding, and which of its places
# it marks (0: where the finding points, 1…: its other places).
_Mark = tuple[int, Finding, int]


def _marks_by_line(result: FileResult, view: FileView) -> dict[int, list[_Mark]]:
    marks: dict[int, list[_Mark]] = defaultdict(list)
    places = view.place_lines or ((),) * len(result.findings)
    rows = zip(result.findings, view.finding_lines, places, strict=True)
    for index, (finding, line, others) in enumerate(rows, 1):
        if line is not None:
            marks[id(line)].append((index, finding, 0))
        for place, other in enumerate(others, 1):
            marks[id(other)].append((index, finding, place))
    return marks


def _mark_attributes(number: int, mark: _Mark) -> str:
    index, finding, place = mark
    suffix = f"-{place}" if place else ""
    return (
        f'id="mark-{number}-{index}{suffix}" class="mark sev-{finding.severity.value}" '
        f'href="#finding-{number}-{index}" data-rule="{_text(finding.rule)}" '
        f'data-finding="finding-{number}-{index}" aria-label="{_text(finding.message)}"'
    )


def _pages(number: int, result: FileResult, view: FileView) -> str:
    marks = _marks_by_line(result, view)
    if not view.pictures:
        return _lines(number, view, marks)
    by_page: dict[int, list[Line]] = defaultdict(list)
    for line in view.lines:
        if id(line) in marks and line.box is not None:
            by_page[line.page].append(line)
    return "".join(
        _page(number, picture, by_page[picture.page], marks) for picture in view.pictures
    )


def _page(
    number: int,
    picture: PagePicture,
    lines: list[Line],
    marks: dict[int, list[_Mark]],
) -> str:
    data = base64.b64encode(picture.data).decode("ascii")
    boxes = []
    for line in lines:
        box = line.box
        assert box is not None  # _pages keeps only lines with a box
        left = 100 * box.x0 / picture.width
        top = 100 * box.top / picture.height
        width = 100 * (box.x1 - box.x0) / picture.width
        height = 100 * (box.bottom - box.top) / picture.height
        for stack, mark in enumerate(marks[id(line)]):
            style = (
                f"left:{left:.2f}%;top:{top:.2f}%;width:{width:.2f}%;"
                f"height:{height:.2f}%;--stack:{stack}"
            )
            # A second finding on the same line draws the same box: only its number, set
            # beside the first's, takes the pointer, so each stays reachable.
            stacked = ' data-stacked=""' if stack else ""
            boxes.append(
                f'<a {_mark_attributes(number, mark)} style="{style}"{stacked}>'
                f"<span>{mark[0]}</span></a>"
            )
    return (
        f'<div class="page" id="page-{number}-{picture.page}" '
        f'style="aspect-ratio:{picture.width:.1f}/{picture.height:.1f}">'
        f'<img id="picture-{number}-{picture.page}" alt="page {picture.page}" '
        f'src="data:{picture.mime};base64,{data}">{"".join(boxes)}</div>'
    )


def _lines(number: int, view: FileView, marks: dict[int, list[_Mark]]) -> str:
    rows = []
    for line in view.lines:
        found = marks.get(id(line), [])
        badges = "".join(
            f"<a {_mark_attributes(number, mark)}><span>{mark[0]}</span></a>" for mark in found
        )
        worst = max((mark[1].severity for mark in found), key=lambda s: s.rank, default=None)
        marked = f' class="marked sev-{worst.value}"' if worst else ""
        where = f"{line.page}:{line.number}" if line.page > 1 else str(line.number)
        rows.append(
            f'<li{marked}><span class="lineno">{where}</span>'
            f'<span class="text">{_text(line.text)}</span>{badges}</li>'
        )
    return f'<ol class="lines">{"".join(rows)}</ol>'


def _findings(
    number: int, result: FileResult, located: tuple[Line | None, ...], report: Report
) -> str:
    if not result.findings:
        return '<aside class="findings"><p>No findings.</p></aside>'
    items = []
    for index, (finding, line) in enumerate(zip(result.findings, located, strict=True), 1):
        info = report.rules.get(finding.rule)
        where = finding.location
        place = f"page {where.page}, line {where.line}" if where.line else "whole document"
        if finding.places:
            place += "; also " + ", ".join(f"{p.page}:{p.line}" for p in finding.places)
        link = (
            f'<a class="number" href="#mark-{number}-{index}">{index}</a>'
            if line is not None
            else f'<span class="number">{index}</span>'
        )
        detail = ""
        if info is not None:
            detail = (
                f'<p class="why"><b>Why:</b> {_prose(info.why)}</p>'
                f'<p class="instead"><b>Instead:</b> {_prose(info.instead)}</p>'
            )
        suggestion = (
            f'<p class="suggestion"><b>Try:</b> {_text(finding.suggestion)}</p>'
            if finding.suggestion
            else ""
        )
        items.append(
            f'<li id="finding-{number}-{index}" class="sev-{finding.severity.value}">{link}'
            f'<span class="severity">{finding.severity.value}</span> '
            f'<code class="rule">{_text(finding.rule)}</code> <span class="place">{place}</span>'
            f'<p class="message">{_text(finding.message)}</p>{suggestion}{detail}</li>'
        )
    return f'<aside class="findings"><h3>Findings</h3><ol>{"".join(items)}</ol></aside>'


def _glance(number: int, view: FileView) -> str:
    if not view.glance:
        return ""
    items = "".join(
        f"<dt>{_GLANCE_LABELS.get(item.field, _text(item.field))}</dt>"
        f'<dd class="seen-{item.seen}" data-field="{_text(item.field)}">'
        f"{_text(item.value) if item.value else '—'} "
        f'<span class="seen">{_SEEN_LABELS[item.seen]}</span></dd>'
        for item in view.glance
    )
    if view.pictures:
        first = view.pictures[0]
        # The page picture is not repeated (it would double the report's size): the script
        # copies the source of page 1's picture, and CSS shows its top third only.
        top = (
            f'<div class="glance-top" '
            f'style="aspect-ratio:{first.width:.1f}/{first.height / 3:.1f}">'
            f'<img alt="top of page 1" data-copy-of="picture-{number}-1"></div>'
        )
    else:
        first_lines = [line for line in view.lines if line.page == 1]
        shown = first_lines[: max(1, -(-len(first_lines) // 3))]
        text = "".join(f"<li>{_text(line.text)}</li>" for line in shown)
        top = f'<ol class="glance-top lines">{text}</ol>'
    return (
        '<div class="glance"><h3>The first ten seconds</h3>'
        f'<div class="glance-body">{top}<dl>{items}</dl></div></div>'
    )


def _profile(view: FileView) -> str:
    rows = []
    for row in view.profile_rows:
        marked = ' class="differs"' if row.differences else ""
        notes = ", ".join(_DIFFERENCE_LABELS.get(d, _text(d)) for d in row.differences)
        rows.append(
            f'<tr{marked} data-differences="{_text(" ".join(row.differences))}">'
            f"<td>{_text(row.resume or '—')}</td><td>{_text(row.profile or '—')}</td>"
            f"<td>{notes or 'same'}</td></tr>"
        )
    return (
        f'<div class="profile"><h3>Resume and LinkedIn profile ({_text(view.profile or "")})</h3>'
        "<table><thead><tr><th>resume</th><th>profile</th><th>difference</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )
