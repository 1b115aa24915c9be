"""The HTML report in a real browser: headless Chromium (Debian's `chromium` package)
driven by Playwright. Each located finding must show a visible box inside its page
picture, the page must make no request and raise no script error, and hovering a box must
show the rule's explanation. A screenshot of each report is saved (in the test's temporary
folder, and in $RESLINT_SCREENSHOTS when set) so a person can look at it."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from tests.html_fixtures import write_two_page_pdf
from tests.linkedin_fixtures import ADA, resume_markdown
from tests.test_html_report import expected_marks

CHROMIUM = os.environ.get("RESLINT_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="Playwright is not installed (pip install -e '.[dev]')"
)
pytest.importorskip("reportlab")
if not Path(CHROMIUM).exists():
    pytest.skip(
        f"no Chromium at {CHROMIUM} (apt-get install chromium, or set RESLINT_CHROMIUM)",
        allow_module_level=True,
    )


def _output(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code in (0, 1), result.output
    return result.output


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


def _console(message, errors: list[str]) -> None:
    if message.type == "error":
        errors.append(message.text)


def _open(browser, report: Path, screenshot: Path):
    """The report opened in a new page, with the requests it made and the errors it raised."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: _console(message, errors))
    url = report.resolve().as_uri()
    page.goto(url)
    page.wait_for_load_state("load")
    page.screenshot(path=str(screenshot), full_page=True)
    if os.environ.get("RESLINT_SCREENSHOTS"):
        folder = Path(os.environ["RESLINT_SCREENSHOTS"])
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy(screenshot, folder / screenshot.name)
    return page, [r for r in requests if r != url and not r.startswith("data:")], errors


def _inside(inner: dict, outer: dict) -> bool:
    return (
        inner["x"] >= outer["x"] - 0.5
        and inner["y"] >= outer["y"] - 0.5
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 0.5
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 0.5
    )


def test_pdf_report_marks_every_finding_on_its_page(browser, tmp_path: Path) -> None:
    pdf = write_two_page_pdf(tmp_path / "juno.pdf")
    findings = json.loads(_output("check", str(pdf), "--format", "json", "--no-cache"))
    located = [f for f in findings["files"][0]["findings"] if f["line"] is not None]
    assert located
    report = tmp_path / "juno.html"
    report.write_text(_output("check", str(pdf), "--format", "html", "--no-cache"), "utf-8")
    page, requests, errors = _open(browser, report, tmp_path / "juno-pdf.png")
    assert requests == [] and errors == []
    marks = page.locator(".page .mark[data-rule]")
    assert sorted(marks.nth(i).get_attribute("data-rule") for i in range(marks.count())) == sorted(
        expected_marks(located)
    )
    for i in range(marks.count()):
        mark = marks.nth(i)
        assert mark.is_visible()
        picture = mark.locator("xpath=..").locator("img")
        box, frame = mark.bounding_box(), picture.bounding_box()
        assert box and frame and box["width"] > 5 and box["height"] > 5
        assert _inside(box, frame), (mark.get_attribute("data-rule"), box, frame)
        border = mark.evaluate("el => getComputedStyle(el).borderTopWidth")
        assert float(border.removesuffix("px")) >= 1
    # the pictures really loaded (a broken data URI has no natural size)
    widths = page.eval_on_selector_all(".page img", "imgs => imgs.map(i => i.naturalWidth)")
    assert len(widths) == 2 and min(widths) > 100
    # the first-ten-seconds panel shows page 1's top (its picture copied by the script)
    glance = page.locator(".glance-top img")
    assert glance.evaluate("img => img.naturalWidth") == widths[0]
    panel, top = page.locator(".glance-top").bounding_box(), glance.bounding_box()
    assert panel and top and 2.5 < top["height"] / panel["height"] < 3.5  # a third shows
    # hovering a box shows its rule's explanation
    first = marks.first
    rule = first.get_attribute("data-rule")
    first.hover()
    tip = page.locator("#tip")
    assert tip.is_visible() and rule in tip.inner_text()
    assert "Why" in page.locator(f"#{first.get_attribute('data-finding')}").inner_text()
    page.screenshot(path=str(tmp_path / "juno-hover.png"))
    page.close()


def test_text_report_marks_lines_in_the_browser(browser, tmp_path: Path) -> None:
    resume = tmp_path / "ada.md"
    resume.write_text(resume_markdown(ADA).replace("\n- ", "\n- Responsible for ", 1), "utf-8")
    report = tmp_path / "ada.html"
    report.write_text(_output("check", str(resume), "--format", "html", "--no-cache"), "utf-8")
    page, requests, errors = _open(browser, report, tmp_path / "ada-text.png")
    assert requests == [] and errors == []
    marks = page.locator(".lines .mark[data-rule]")
    assert marks.count() >= 1
    assert all(marks.nth(i).is_visible() for i in range(marks.count()))
    page.close()
