"""The result cache and --jobs: same findings, less work, never fatal, never beside inputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import reslint.runner
from reslint.cli import main

RESUME = "# Ada Lovelace\nada@example.org\n\n## Experience\nAcme — Engineer, 2020 – 2021\n- {}\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    cv = tmp_path / "cv"
    cv.mkdir()
    (cv / "a.md").write_text(RESUME.format("I built the pipeline"), encoding="utf-8")
    (cv / "b.md").write_text(RESUME.format("Built the pipeline"), encoding="utf-8")
    return tmp_path


def check(*args: str, select: str = "first-person,email-missing") -> dict:
    command = ["check", "cv", "--format", "json", "--select", select, *args]
    result = CliRunner().invoke(main, command)
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def findings(data: dict) -> list[tuple[str, str, int]]:
    return sorted(
        (f["path"], f["rule"], f["line"]) for file in data["files"] for f in file["findings"]
    )


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The files actually read (in this process, so with --jobs 1)."""
    seen: list[Path] = []
    original = reslint.runner.load_document

    def spy(path, options):
        seen.append(path)
        return original(path, options)

    monkeypatch.setattr(reslint.runner, "load_document", spy)
    return seen


def test_second_run_reads_nothing_and_finds_the_same(project: Path, reads: list[Path]):
    first = check("--jobs", "1")
    assert len(reads) == 2
    second = check("--jobs", "1")
    assert len(reads) == 2  # served from the cache
    assert findings(second) == findings(first)
    assert second["files"] == first["files"]


def test_changed_file_and_changed_config_miss_the_cache(project: Path, reads: list[Path]):
    check("--jobs", "1")
    (project / "cv" / "b.md").write_text(RESUME.format("I fixed it"), encoding="utf-8")
    data = check("--jobs", "1")
    assert [p.name for p in reads[2:]] == ["b.md"]
    assert ("cv/b.md", "first-person", 6) in findings(data)
    (project / ".reslint.toml").write_text(
        '[rules.first-person]\nseverity = "error"\n', encoding="utf-8"
    )
    data = check("--jobs", "1")
    assert len(reads) == 5
    assert {
        f["severity"]
        for file in data["files"]
        for f in file["findings"]
        if f["rule"] == "first-person"
    } == {"error"}


def test_select_is_part_of_the_key(project: Path, reads: list[Path]):
    check("--jobs", "1", select="email-missing")
    data = check("--jobs", "1", select="first-person")
    assert len(reads) == 4
    assert {rule for _, rule, _ in findings(data)} == {"first-person"}


def test_corrupt_entries_are_ignored(project: Path, reads: list[Path]):
    first = check("--jobs", "1")
    entries = list((project / ".reslint_cache").rglob("*.json"))
    assert len(entries) == 2
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].write_text(json.dumps({"path": "x"}), encoding="utf-8")
    assert findings(check("--jobs", "1")) == findings(first)
    assert len(reads) == 4


def test_no_cache_flag_and_config_key_write_nothing(project: Path, reads: list[Path]):
    check("--jobs", "1", "--no-cache")
    assert not (project / ".reslint_cache").exists()
    (project / ".reslint.toml").write_text("cache = false\n", encoding="utf-8")
    check("--jobs", "1")
    assert not (project / ".reslint_cache").exists()
    assert len(reads) == 4


def test_cache_dir_from_config_and_nothing_written_beside_inputs(project: Path):
    before = sorted(p.name for p in (project / "cv").iterdir())
    contents = {p: p.read_bytes() for p in (project / "cv").iterdir()}
    (project / ".reslint.toml").write_text('cache-dir = "build/lint"\n', encoding="utf-8")
    check()
    check()
    assert sorted(p.name for p in (project / "cv").iterdir()) == before
    assert all(path.read_bytes() == data for path, data in contents.items())
    assert len(list((project / "build" / "lint").rglob("*.json"))) == 2
    assert (project / "build" / "lint" / ".gitignore").read_text() == "*\n"


def test_unwritable_cache_dir_is_not_fatal(project: Path):
    (project / "blocker").write_text("a file where the cache folder should be", encoding="utf-8")
    (project / ".reslint.toml").write_text('cache-dir = "blocker"\n', encoding="utf-8")
    assert findings(check()) == [("cv/a.md", "first-person", 6)]


def test_jobs_give_the_same_report_as_one_process(project: Path):
    for index in range(6):
        bullet = "I led it" if index % 2 else "Led it"
        (project / "cv" / f"x{index}.md").write_text(RESUME.format(bullet), encoding="utf-8")
    serial = check("--jobs", "1", "--no-cache")
    parallel = check("--jobs", "2", "--no-cache")
    assert parallel["files"] == serial["files"]
    assert len(findings(parallel)) == 4


def test_worker_inputs_survive_pickling(project: Path):
    """What a pool sends its workers must pickle, whatever the start method (spawn, forkserver)."""
    import pickle

    import reslint.parallel  # noqa: F401  (registers pickling of read-only mappings)
    from reslint.config import load_config
    from reslint.rulebook import load_rulebook
    from reslint.runner import RunOptions, lint_file, load_document

    (project / ".reslint.toml").write_text(
        '[[overrides]]\npaths = ["cv/b.md"]\nignore = ["first-person"]\n', encoding="utf-8"
    )
    options = RunOptions(config=load_config(), rulebook=load_rulebook())
    profile = load_document(project / "cv" / "b.md", options)
    copied_options, copied_profile = pickle.loads(pickle.dumps((options, profile)))
    assert copied_options == options and copied_profile == profile
    path = project / "cv" / "a.md"
    assert lint_file(path, copied_options) == lint_file(path, options)


def test_a_run_served_from_the_cache_imports_no_kinds(project: Path):
    # The cache key must not need the kinds (and their phone, email and fuzzy-matching
    # libraries): importing them was most of a warm run. (`reslint.structure` is still
    # imported by the LinkedIn readers' sniffs, which live beside those readers.)
    code = (
        "import sys\n"
        "from reslint.cli import main\n"
        "try:\n"
        "    main(['check', 'cv', '--format', 'json', '--jobs', '1'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = [m for m in ('reslint.kinds', 'reslint.engine', 'phonenumbers',"
        " 'email_validator', 'rapidfuzz') if m in sys.modules]\n"
        "print('LOADED', loaded, file=sys.stderr)\n"
    )
    cold, warm = (
        subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=project
        )
        for _ in range(2)
    )
    assert "LOADED []" not in cold.stderr  # the first run lints, so the check below can fail
    assert "LOADED []" in warm.stderr, warm.stderr
