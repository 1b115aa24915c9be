"""Broken inputs of any format: one line naming the file and the reason, the rest still linted.

Each case puts one broken entry in a folder next to a good resume that has a
known finding, then runs the folder through the CLI (text and json) and
through `runner.run`.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from pathlib import Path
from xml.etree import ElementTree

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import Config
from reslint.limits import time_limit
from reslint.options import RunOptions
from reslint.rulebook import load_rulebook
from reslint.runner import run

GOOD = """# Ada Lovelace
Data Engineer
ada.lovelace@example.org | +1 609 999 9995

## Experience
Acme Inc. — Data Engineer, Jan 2021 – Present
- I built the billing data pipeline, cutting month-end close by 3 days
"""


def _empty(folder: Path) -> Path:
    path = folder / "empty.txt"
    path.write_bytes(b"")
    return path


def _directory(folder: Path) -> Path:
    path = folder / "resume.md"
    path.mkdir()
    (path / "inside.bin").write_bytes(b"\x00")
    return path


def _dangling(folder: Path) -> Path:
    path = folder / "gone.md"
    path.symlink_to(folder / "moved-away.md")
    return path


def _loop(folder: Path) -> Path:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return path


def _binary_txt(folder: Path) -> Path:
    path = folder / "photo.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    return path


def _binary_md(folder: Path) -> Path:
    path = folder / "archive.md"
    path.write_bytes(b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(512))
    return path


def _huge(folder: Path) -> Path:
    path = folder / "huge.txt"
    with path.open("wb") as handle:  # sparse: 25 MB on paper, nothing on disk
        handle.truncate(25 * 1024 * 1024)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)
    return path


def _fifo_pdf(folder: Path) -> Path:
    path = folder / "pipe.pdf"
    os.mkfifo(path)
    return path


BROKEN: dict[str, tuple[Callable[[Path], Path], str]] = {
    "empty file": (_empty, "empty"),
    "directory with a resume's name": (_directory, "directory"),
    "dangling symlink": (_dangling, "broken symbolic link"),
    "symlink loop": (_loop, "symbolic link loop"),
    "binary file named .txt": (_binary_txt, "binary"),
    "binary file named .md": (_binary_md, "binary"),
    "text file over the size limit": (_huge, "too large"),
    "named pipe": (_fifo, "not a regular file"),
    "named pipe with a sniffed suffix": (_fifo_pdf, "not a regular file"),
}


@pytest.fixture(params=sorted(BROKEN))
def broken_folder(request, tmp_path: Path, monkeypatch) -> tuple[Path, Path, Path, str]:
    """(folder, good file, broken file, expected reason) with cwd inside tmp_path."""
    make, reason = BROKEN[request.param]
    if make in (_fifo, _fifo_pdf) and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    folder = tmp_path / "resumes"
    folder.mkdir()
    good = folder / "good.md"
    good.write_text(GOOD, encoding="utf-8")
    broken = make(folder)
    monkeypatch.chdir(tmp_path)
    return folder, good, broken, reason


def check(*args: str):
    return CliRunner().invoke(main, ["check", *args], catch_exceptions=False)


def assert_reported_once(stderr: str, broken: Path, reason: str) -> None:
    lines = [line for line in stderr.splitlines() if str(broken) in line]
    assert len(lines) == 1, stderr
    assert re.fullmatch(rf"reslint: {re.escape(str(broken))}: .*{reason}.*", lines[0]), lines[0]


def test_cli_text_reports_one_line_and_lints_the_rest(broken_folder):
    folder, good, broken, reason = broken_folder
    result = check(str(folder), "--select", "first-person")
    assert result.exit_code == 2
    assert_reported_once(result.stderr, broken, reason)
    assert f"{good}:7:1:" in result.stdout and "first-person" in result.stdout
    assert "Traceback" not in result.output


def test_cli_text_broken_file_named_on_the_command_line(broken_folder):
    _folder, good, broken, reason = broken_folder
    result = check(str(broken), str(good), "--select", "first-person")
    assert result.exit_code == 2
    assert_reported_once(result.stderr, broken, reason)
    assert "first-person" in result.stdout


def test_cli_json_has_a_structured_error_entry(broken_folder):
    folder, good, broken, reason = broken_folder
    result = check(str(folder), "--select", "first-person", "--format", "json")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    files = {entry["path"]: entry for entry in data["files"]}
    assert reason in files[str(broken)]["error"]
    assert files[str(broken)]["findings"] == []
    assert files[str(good)]["error"] is None
    assert [f["rule"] for f in files[str(good)]["findings"]] == ["first-person"]
    assert data["summary"]["unreadable"] == 1


def test_sarif_reports_the_file_as_a_tool_notification(broken_folder):
    folder, good, broken, reason = broken_folder
    result = check(str(folder), "--select", "first-person", "--format", "sarif")
    assert result.exit_code == 2
    (sarif_run,) = json.loads(result.stdout)["runs"]
    (invocation,) = sarif_run["invocations"]
    assert invocation["executionSuccessful"] is False
    (note,) = invocation["toolExecutionNotifications"]
    assert note["level"] == "error" and reason in note["message"]["text"]
    where = note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert where == broken.relative_to(Path.cwd()).as_posix()
    findings = [r["locations"][0]["physicalLocation"] for r in sarif_run["results"]]
    assert [(f["artifactLocation"]["uri"], f["region"]["startLine"]) for f in findings] == [
        (good.relative_to(Path.cwd()).as_posix(), 7)
    ]


def test_junit_reports_the_file_as_an_errored_test_case(broken_folder):
    folder, good, broken, reason = broken_folder
    result = check(str(folder), "--select", "first-person", "--format", "junit")
    assert result.exit_code == 2
    root = ElementTree.fromstring(result.stdout)
    suites = {suite.get("name"): suite for suite in root.iter("testsuite")}
    bad = suites[broken.relative_to(Path.cwd()).as_posix()]
    (error,) = bad.iter("error")
    assert reason in error.get("message") and bad.get("errors") == "1"
    fine = suites[good.relative_to(Path.cwd()).as_posix()]
    assert [
        case.get("name") for case in fine.iter("testcase") if case.find("failure") is not None
    ] == ["first-person"]


def test_github_annotates_the_unreadable_file(broken_folder):
    folder, good, broken, reason = broken_folder
    result = check(str(folder), "--select", "first-person", "--format", "github")
    assert result.exit_code == 2
    relative = broken.relative_to(Path.cwd()).as_posix()
    errors = [line for line in result.stdout.splitlines() if f"file={relative}," in line]
    assert len(errors) == 1 and errors[0].startswith("::error ") and reason in errors[0]
    assert f"file={good.relative_to(Path.cwd()).as_posix()},line=7,col=1,title=first-person" in (
        result.stdout
    )


def test_runner_returns_an_error_result(broken_folder):
    folder, good, broken, reason = broken_folder
    options = RunOptions(config=Config(), rulebook=load_rulebook())
    report = run([folder], options)
    results = {Path(r.path): r for r in report.files}
    assert reason in (results[broken].error or "")
    assert results[good].error is None
    assert "first-person" in {f.rule for f in results[good].findings}
    assert report.exit_code(options.config.fail_on) == 2


def test_file_without_read_permission(tmp_path, monkeypatch):
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    locked = folder / "locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.access(locked, os.R_OK):
            pytest.skip("this user reads files whatever their mode (root)")
        result = check(str(folder), "--select", "first-person")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 2
    assert_reported_once(result.stderr, locked, "permission denied")
    assert "first-person" in result.stdout


def test_permission_denied_when_opening(tmp_path, monkeypatch):
    """The same failure for users (root, CI) whom file modes do not stop: open() refuses."""
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    locked = folder / "locked.md"
    locked.write_text(GOOD, encoding="utf-8")
    real_open = Path.open

    def refusing_open(self: Path, *args, **kwargs):
        if self.name == locked.name:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing_open)
    result = check(str(folder), "--select", "first-person")
    assert result.exit_code == 2
    assert_reported_once(result.stderr, locked, "permission denied")
    assert "first-person" in result.stdout


def test_directory_symlink_loop_is_walked_once(tmp_path):
    folder = tmp_path / "resumes"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "again.md").symlink_to(folder / "sub", target_is_directory=True)
    data = json.loads(check(str(folder), "--format", "json", "--select", "first-person").stdout)
    paths = [Path(entry["path"]).name for entry in data["files"]]
    assert paths.count("good.md") == 1
    errors = {Path(e["path"]).name: e["error"] for e in data["files"] if e["error"]}
    assert errors == {"again.md": "is a directory"}


def test_latin1_text_is_decoded_and_linted(tmp_path):
    path = tmp_path / "josé.md"
    text = GOOD.replace("Ada Lovelace", "José Núñez").replace("Acme Inc. —", "Café Müller,")
    text = text.replace("–", "-")
    path.write_bytes(text.encode("latin-1"))
    data = json.loads(check(str(path), "--format", "json", "--select", "first-person").stdout)
    assert data["files"][0]["error"] is None
    assert [(f["rule"], f["line"]) for f in data["files"][0]["findings"]] == [("first-person", 7)]
    parsed = json.loads(CliRunner().invoke(main, ["parse", str(path), "--format", "json"]).stdout)
    assert parsed["name"] == "José Núñez"
    assert parsed["positions"][0]["company"] == "Café Müller"


# max-text-mb: plain text goes through every stage byte by byte, so it has its own limit.
@pytest.mark.parametrize("key", ["max-file-mb", "max-text-mb"])
def test_size_limit_is_configurable(tmp_path, monkeypatch, key):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reslint.toml").write_text(f"[limits]\n{key} = 0.001\n", encoding="utf-8")
    small = tmp_path / "small.md"
    small.write_text(GOOD, encoding="utf-8")
    padded = tmp_path / "padded.md"
    padded.write_text(GOOD + "\n" + "filler line\n" * 200, encoding="utf-8")
    result = check(str(small), str(padded), "--select", "first-person")
    assert result.exit_code == 2
    assert_reported_once(result.stderr, padded, "too large")
    assert f"{small}:7:1:" in result.stdout


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes on this platform")
def test_named_pipes_in_a_folder_never_block_the_search(tmp_path):
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    for name in ("a.yaml", "b.json", "c.zip", "Positions.csv", "d.pdf", "e.docx"):
        os.mkfifo(folder / name)
    options = RunOptions(config=Config(), rulebook=load_rulebook())
    with time_limit(20):  # a blocked open() fails the test instead of stalling it
        report = run([folder], options)
    results = {Path(r.path).name: r for r in report.files}
    assert "first-person" in {f.rule for f in results["good.md"].findings}
    # Formats reslint claims by suffix alone are reported; sniffed ones are not resumes.
    assert {name: r.error for name, r in results.items() if r.error} == {
        "d.pdf": "not a regular file",
        "e.docx": "not a regular file",
    }
