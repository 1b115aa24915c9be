"""The result cache and --jobs: same findings, less work, never fatal, never beside inputs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import reslint.linting
from reslint.cache import FORMAT, ResultCache, _tree_fingerprint, clear
from reslint.cli import main
from reslint.report import FileResult

RESUME = "# Ada Lovelace\nada@example.org\n\n## Experience\nAcme — Engineer, 2020 – 2021\n- {}\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reslint.toml").write_text("", encoding="utf-8")  # the cache sits beside it
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
    original = reslint.linting.load_document

    def spy(path, options, reader=None):
        seen.append(path)
        return original(path, options, reader)

    monkeypatch.setattr(reslint.linting, "load_document", spy)
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


def test_entries_hold_findings_as_the_json_output_writes_them(project: Path):
    """One definition of a finding as data (report.finding_dict) serves both."""
    output = check("--jobs", "1")
    printed = {file["path"]: file["findings"] for file in output["files"]}
    stored = {}
    for entry in (project / ".reslint_cache").rglob("*.json"):
        data = json.loads(entry.read_text(encoding="utf-8"))
        stored[data["path"]] = data["findings"]
    assert stored == printed
    assert any(printed.values())  # a finding was compared, not just empty lists


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
    from reslint.linting import lint_file, load_document
    from reslint.options import RunOptions
    from reslint.rulebook import load_rulebook

    (project / ".reslint.toml").write_text(
        '[[overrides]]\npaths = ["cv/b.md"]\nignore = ["first-person"]\n', encoding="utf-8"
    )
    options = RunOptions(config=load_config(), rulebook=load_rulebook())
    profile = load_document(project / "cv" / "b.md", options.loading)
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


# --- Bounds: pruning and `reslint clean` -------------------------------------------------

NOW = 1_900_000_000.0  # a fixed clock, so ages do not depend on when the test runs
GEN, OTHER = "a" * 16, "b" * 16


def entry(
    folder: Path, index: int, age_days: float, name: str | None = None, now: float = NOW
) -> Path:
    """A cache entry file last used `age_days` before `now`."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / (name or f"{index:064x}.json")
    path.write_text("{}", encoding="utf-8")
    when = now - age_days * 24 * 3600
    os.utime(path, (when, when))
    return path


def remaining(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_prune_drops_other_layouts_stale_generations_and_old_entries(tmp_path: Path):
    cache = ResultCache(tmp_path, generation=GEN)
    current = cache.folder
    fresh = entry(current, 1, age_days=2)
    entry(current, 2, age_days=31)  # not used for over 30 days
    entry(tmp_path / "v1", 3, age_days=0)  # the first layout: entries straight in v1/
    entry(tmp_path / "v1" / OTHER, 4, age_days=0)  # an older format's generation
    entry(tmp_path / f"v{FORMAT}" / OTHER, 5, age_days=2)  # another build, idle for 2 days
    recent = entry(tmp_path / f"v{FORMAT}" / ("c" * 16), 6, age_days=0.5)  # another build, today
    entry(current, 0, age_days=2, name=".tmp-abc_12.json")  # left by a killed run
    assert cache.prune(now=NOW) == 5
    assert remaining(tmp_path) == [
        p.relative_to(tmp_path).as_posix() for p in sorted((recent, fresh))
    ]
    assert not (tmp_path / "v1").exists()  # emptied folders go too


def test_prune_keeps_the_most_recently_used_up_to_the_cap(tmp_path: Path):
    cache = ResultCache(tmp_path, generation=GEN)
    paths = [entry(cache.folder, index, age_days=index) for index in range(5)]
    assert cache.prune(now=NOW, max_entries=2) == 3
    assert sorted(cache.folder.iterdir()) == sorted(paths[:2])


def test_serving_an_entry_marks_it_used(tmp_path: Path):
    cache = ResultCache(tmp_path, generation=GEN)
    cache.put("1" * 64, FileResult("a.md", rules=("first-person",)))
    cache.put("2" * 64, FileResult("b.md", rules=("first-person",)))
    old = time.time() - 10 * 24 * 3600
    for path in cache.folder.iterdir():
        os.utime(path, (old, old))
    assert cache.get("1" * 64) == FileResult("a.md", rules=("first-person",))
    cache.prune(max_entries=1)
    assert [p.name for p in cache.folder.iterdir()] == ["1" * 64 + ".json"]


def test_prune_and_clear_delete_only_reslint_files_and_follow_no_links(tmp_path: Path):
    root, outside = tmp_path / "cache", tmp_path / "outside"
    cache = ResultCache(root, generation=GEN)
    entry(cache.folder, 1, age_days=40)
    foreign = [
        entry(root, 2, age_days=40, name="notes.txt"),
        entry(cache.folder, 3, age_days=40, name="README"),
        entry(root / "v9" / "mine", 4, age_days=40, name="keep.json"),
    ]
    # Links inside the cache, to files and a folder named like reslint's, are not followed.
    targets = [entry(outside, 5, age_days=40), entry(outside / OTHER, 6, age_days=40)]
    (cache.folder / f"{7:064x}.json").symlink_to(targets[0])
    (root / f"v{FORMAT}" / OTHER).symlink_to(outside / OTHER)
    assert cache.prune(now=NOW) == 1
    assert clear(root) == 0
    assert all(path.exists() for path in foreign + targets)
    assert (cache.folder / f"{7:064x}.json").is_symlink()
    assert root.is_dir()  # it still holds someone else's files


def test_a_run_that_writes_prunes_and_a_warm_run_does_not_scan(
    project: Path, monkeypatch: pytest.MonkeyPatch
):
    root = project / ".reslint_cache"
    stale = entry(root / f"v{FORMAT}" / OTHER, 1, age_days=3, now=time.time())
    old_layout = entry(root / "v1", 2, age_days=0, now=time.time())
    check()
    assert not stale.exists() and not old_layout.exists()
    assert len(list(root.rglob("*.json"))) == 2
    scans: list[Path] = []
    original = ResultCache.prune

    def counting(self: ResultCache, *args: object, **kwargs: object) -> int:
        scans.append(self.root)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(ResultCache, "prune", counting)
    check()
    assert scans == []  # every result came from the cache: nothing grew


def test_clean_command_empties_the_configured_cache(project: Path):
    (project / ".reslint.toml").write_text('cache-dir = "build/lint"\n', encoding="utf-8")
    check()
    cache = project / "build" / "lint"
    assert len(list(cache.rglob("*.json"))) == 2
    result = CliRunner().invoke(main, ["clean"])
    assert result.exit_code == 0, result.output
    assert str(cache) in result.output
    assert not cache.exists() and (project / "build").is_dir()
    assert CliRunner().invoke(main, ["clean"]).exit_code == 0  # nothing to clean is fine


def test_clean_through_a_linked_cache_folder_keeps_the_link_and_foreign_files(project: Path):
    target = project / "shared-cache"
    target.mkdir()
    (target / "unrelated.txt").write_text("not reslint's", encoding="utf-8")
    (project / ".reslint_cache").symlink_to(target)
    check()
    assert len(list(target.rglob("*.json"))) == 2
    assert CliRunner().invoke(main, ["clean"]).exit_code == 0
    assert (project / ".reslint_cache").is_symlink()
    assert remaining(target) == ["unrelated.txt"]


def test_without_a_config_the_cache_is_the_users_never_beside_the_resumes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, user_cache: Path
):
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    (resumes / "a.md").write_text(RESUME.format("I built the pipeline"), encoding="utf-8")
    monkeypatch.chdir(resumes)
    result = CliRunner().invoke(main, ["check", ".", "--select", "first-person"])
    assert result.exit_code == 1
    assert sorted(p.name for p in resumes.iterdir()) == ["a.md"]
    assert list((user_cache / "reslint").rglob("*.json"))


def test_the_line_role_model_switch_is_part_of_the_key(
    project: Path, reads: list[Path], monkeypatch: pytest.MonkeyPatch
):
    """RESLINT_LINE_MODEL changes the parse: a run with it on is not served the results of
    a run without it, nor of another model file (retraining keeps the file's name)."""
    monkeypatch.delenv("RESLINT_LINE_MODEL", raising=False)
    check("--jobs", "1")
    model = project / "roles.crfsuite"
    model.write_bytes(b"first model")
    monkeypatch.setenv("RESLINT_LINE_MODEL", str(model))
    check("--jobs", "1")
    assert len(reads) == 4
    check("--jobs", "1")
    assert len(reads) == 4  # the same model: served from the cache
    model.write_bytes(b"retrained")
    check("--jobs", "1")
    assert len(reads) == 6


def test_an_edited_vocabulary_file_changes_the_code_fingerprint(tmp_path: Path) -> None:
    """An editable checkout keeps its version number, and a lexicon TOML decides a parse
    as much as a module does: editing either must start a new cache generation."""
    package = tmp_path / "pkg"
    (package / "lexicon" / "data").mkdir(parents=True)
    (package / "__pycache__").mkdir()
    (package / "module.py").write_text("X = 1\n", encoding="utf-8")
    words = package / "lexicon" / "data" / "words.toml"
    words.write_text('present = ["now"]\n', encoding="utf-8")
    before = _tree_fingerprint(package, "1.0")

    (package / "__pycache__" / "module.cpython-311.pyc").write_bytes(b"\0")
    assert _tree_fingerprint(package, "1.0") == before  # compiled files are not the build

    words.write_text('present = ["now", "today"]\n', encoding="utf-8")
    assert _tree_fingerprint(package, "1.0") != before
