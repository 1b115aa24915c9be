"""Folder runs: .gitignore, .git/info/exclude and exclude, the summary table, the progress bar."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from reslint.config import Config
from reslint.discovery import collect
from reslint.gitignore import IgnoreFile, ignored, parse_line
from reslint.progress import ProgressBar

RESUME = "# Ada Lovelace\nada@example.org\n\n## Experience\nAcme — Engineer, 2020 – 2021\n- {}\n"


def names(found: list[Path], root: Path) -> list[str]:
    return sorted(path.relative_to(root).as_posix() for path in found)


@pytest.mark.parametrize(
    ("pattern", "path", "is_dir", "expected"),
    [
        ("*.md", "a.md", False, True),
        ("*.md", "deep/er/a.md", False, True),
        ("/top.md", "top.md", False, True),
        ("/top.md", "sub/top.md", False, False),
        ("drafts/", "drafts", True, True),
        ("drafts/", "drafts", False, False),
        ("docs/*.md", "docs/a.md", False, True),
        ("docs/*.md", "docs/sub/a.md", False, False),
        ("docs/*.md", "x/docs/a.md", False, False),
        ("**/old", "a/b/old", True, True),
        ("a/**/b.txt", "a/b.txt", False, True),
        ("a/**/b.txt", "a/x/y/b.txt", False, True),
        ("v?.md", "v1.md", False, True),
        ("v[0-9].md", "v7.md", False, True),
        ("v[!0-9].md", "v7.md", False, False),
        ("\\#notes.md", "#notes.md", False, True),
        ("name\\ ", "name ", False, True),
        ("trailing   ", "trailing", False, True),
    ],
)
def test_gitignore_patterns(pattern: str, path: str, is_dir: bool, expected: bool):
    parsed = parse_line(pattern)
    assert parsed is not None
    assert ignored([IgnoreFile(Path("/r"), (parsed,))], Path("/r") / path, is_dir) is expected


def test_gitignore_comments_and_blank_lines_are_not_patterns():
    assert parse_line("# a comment") is None
    assert parse_line("   ") is None


def test_last_match_wins_and_negation_re_includes(tmp_path: Path):
    (tmp_path / ".gitignore").write_text("*.md\n!keep.md\n", encoding="utf-8")
    rules = IgnoreFile.read(tmp_path / ".gitignore")
    assert rules is not None
    assert ignored([rules], tmp_path / "drop.md", False)
    assert not ignored([rules], tmp_path / "keep.md", False)


def make_tree(root: Path) -> None:
    for name in (
        "keep.md",
        "build/out.md",
        "drafts/wip.md",
        "notes/a.md",
        "notes/b.txt",
        "templates/t.md",
        "sub/local.md",
        "sub/kept.md",
    ):
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(RESUME.format("Built things"), encoding="utf-8")
    (root / ".gitignore").write_text("build/\n/notes/*.txt\n", encoding="utf-8")
    (root / "sub" / ".gitignore").write_text("*.md\n!kept.md\n", encoding="utf-8")


EXPECTED = ["drafts/wip.md", "keep.md", "notes/a.md", "sub/kept.md", "templates/t.md"]


def test_folder_search_respects_gitignore_outside_git(tmp_path: Path):
    make_tree(tmp_path)
    found = collect([tmp_path], Config(root=tmp_path))
    assert names(found, tmp_path) == EXPECTED


def test_folder_search_applies_gitignore_of_parent_folders(tmp_path: Path):
    """Checking `repo/sub/` still honours `repo/.gitignore` up to the git work tree's top."""
    make_tree(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "sub" / "build").mkdir()
    (tmp_path / "sub" / "build" / "x.txt").write_text("x", encoding="utf-8")
    found = collect([tmp_path / "sub"], Config(root=tmp_path / "elsewhere"))
    assert names(found, tmp_path) == ["sub/kept.md"]


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_folder_search_agrees_with_git(tmp_path: Path):
    make_tree(tmp_path)
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    listed = subprocess.run(
        ["git", "-C", str(tmp_path), "ls-files", "--others", "--exclude-standard"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    git_names = sorted(n for n in listed if n.endswith((".md", ".txt")))
    assert names(collect([tmp_path], Config(root=tmp_path)), tmp_path) == git_names


def test_respect_gitignore_false_and_exclude(tmp_path: Path):
    make_tree(tmp_path)
    config = Config(root=tmp_path, respect_gitignore=False, exclude=("drafts/**", "templates"))
    found = names(collect([tmp_path], config), tmp_path)
    assert "build/out.md" in found and "notes/b.txt" in found
    assert not any(n.startswith(("drafts/", "templates/")) for n in found)


def test_summary_table_lists_counts_and_worst_files(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".reslint.toml").write_text("cache = false\n", encoding="utf-8")
    for name, bullet in (
        ("a.md", "I built it"),
        ("b.md", "Built it"),
        ("c.md", "I built it\n- I ran it"),
    ):
        (tmp_path / name).write_text(RESUME.format(bullet), encoding="utf-8")
    out = CliRunner().invoke(main, ["check", ".", "--select", "first-person"]).stdout
    lines = out.splitlines()
    start = lines.index("Summary")
    assert lines[start + 1].split() == ["files", "3"]
    # c.md's two first-person bullets share a section: one finding, counted once.
    assert lines[start + 3].split() == ["warnings", "2"]
    worst = [line.split() for line in lines[start + 7 : start + 9]]
    assert sorted(worst) == [["a.md", "0", "1", "0"], ["c.md", "0", "1", "0"]]
    single = CliRunner().invoke(main, ["check", "b.md", "--select", "first-person"]).stdout
    assert "Summary" not in single


def test_json_output_has_no_summary_table(tmp_path: Path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(RESUME.format("I built it"), encoding="utf-8")
    out = CliRunner().invoke(main, ["check", ".", "--format", "json", "--no-cache"]).stdout
    assert json.loads(out)["summary"]["files"] == 2


class Terminal(io.StringIO):
    def __init__(self, tty: bool) -> None:
        super().__init__()
        self.tty = tty

    def isatty(self) -> bool:
        return self.tty


def test_progress_bar_only_on_a_terminal_and_for_many_files():
    quiet = Terminal(tty=False)
    bar = ProgressBar(quiet)
    for done in range(1, 21):
        bar(done, 20, f"f{done}.pdf")
    assert quiet.getvalue() == ""
    few = Terminal(tty=True)
    bar = ProgressBar(few)
    for done in range(1, 4):
        bar(done, 3, "f.pdf")
    assert few.getvalue() == ""
    many = Terminal(tty=True)
    bar = ProgressBar(many)
    bar(5, 20, "templates/cv.docx")
    assert "5/20" in many.getvalue() and "templates/cv.docx" in many.getvalue()
    bar(20, 20, "last.pdf")
    assert many.getvalue().endswith("\r")  # the line is cleared when done


def test_named_json_yaml_zip_that_are_not_resumes_are_skipped_with_a_note(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "resume.md").write_text(RESUME.format("Built it"), encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "app"}', encoding="utf-8")
    (tmp_path / "ci.yml").write_text("on: push\n", encoding="utf-8")
    args = ["check", "resume.md", "package.json", "ci.yml", "--format", "json", "--no-cache"]
    result = CliRunner().invoke(main, [*args, "--select", "first-person"])
    data = json.loads(result.stdout)
    assert result.exit_code == 0
    assert [f["path"] for f in data["files"]] == ["resume.md"]
    assert sorted(note.split(":")[0] for note in data["notes"]) == ["ci.yml", "package.json"]
    (tmp_path / "photo.png").write_bytes(b"\x89PNG")
    assert CliRunner().invoke(main, ["check", "photo.png", "--no-cache"]).exit_code == 2


def test_folder_search_skips_project_documents_but_not_when_named(tmp_path: Path):
    for name in ("README.md", "CHANGELOG.md", "LICENSE.txt", "readme.txt", "resume.md"):
        (tmp_path / name).write_text(RESUME.format("Built it"), encoding="utf-8")
    assert names(collect([tmp_path], Config(root=tmp_path)), tmp_path) == ["resume.md"]
    named = collect([tmp_path / "README.md"], Config(root=tmp_path))
    assert names(named, tmp_path) == ["README.md"]


def git(*args: str | Path) -> str:
    """Run git with no system or user config (and so no global excludes file)."""
    env = {
        "PATH": os.environ["PATH"],
        "HOME": "/nonexistent",
        "XDG_CONFIG_HOME": "/nonexistent",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    command = ["git", *map(str, args)]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=env).stdout


def untracked(work_tree: Path) -> list[str]:
    """What git lists as untracked and not ignored: its verdict on every ignore source."""
    listed = git("-C", work_tree, "ls-files", "--others", "--exclude-standard").split()
    return sorted(name for name in listed if name.endswith((".md", ".txt")))


needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


@needs_git
def test_folder_search_honours_info_exclude_like_git(tmp_path: Path):
    make_tree(tmp_path)
    git("init", "-q", tmp_path)
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text(
        "# personal\ndrafts/\nkeep.md\nnotes/a.md\n", encoding="utf-8"
    )
    # A .gitignore outranks info/exclude: its negation re-includes what exclude left out.
    with (tmp_path / ".gitignore").open("a", encoding="utf-8") as stream:
        stream.write("!notes/a.md\n")
    expected = ["notes/a.md", "sub/kept.md", "templates/t.md"]
    assert untracked(tmp_path) == expected
    assert names(collect([tmp_path], Config(root=tmp_path)), tmp_path) == expected
    # Searched from below the top, the repository's excludes still apply.
    (tmp_path / "sub" / "drafts").mkdir()
    (tmp_path / "sub" / "drafts" / "x.md").write_text(RESUME.format("x"), encoding="utf-8")
    found = collect([tmp_path / "sub"], Config(root=tmp_path / "sub"))
    assert names(found, tmp_path) == ["sub/kept.md"]


@needs_git
def test_linked_worktree_uses_the_main_repository_excludes(tmp_path: Path):
    main_repo, linked = tmp_path / "main", tmp_path / "linked"
    git("init", "-q", main_repo)
    git("-C", main_repo, "commit", "-q", "--allow-empty", "-m", "start")
    git("-C", main_repo, "worktree", "add", "-q", linked)
    (main_repo / ".git" / "info").mkdir(exist_ok=True)
    (main_repo / ".git" / "info" / "exclude").write_text("old-*.md\n", encoding="utf-8")
    for name in ("cv.md", "old-cv.md"):
        (linked / name).write_text(RESUME.format("Built things"), encoding="utf-8")
    assert (linked / ".git").is_file()
    assert untracked(linked) == ["cv.md"]
    assert names(collect([linked], Config(root=linked)), linked) == ["cv.md"]


@needs_git
def test_nested_repository_follows_its_own_ignores_from_either_start(tmp_path: Path):
    inner = tmp_path / "inner"
    git("init", "-q", tmp_path)
    git("init", "-q", inner)
    (tmp_path / ".gitignore").write_text("*.md\n", encoding="utf-8")
    (inner / ".git" / "info" / "exclude").write_text("old.md\n", encoding="utf-8")
    for name in ("cv.md", "old.md"):
        (inner / name).write_text(RESUME.format("Built things"), encoding="utf-8")
    assert untracked(inner) == ["cv.md"]
    assert names(collect([inner], Config(root=tmp_path)), tmp_path) == ["inner/cv.md"]
    assert names(collect([tmp_path], Config(root=tmp_path)), tmp_path) == ["inner/cv.md"]


def test_each_named_file_is_sniffed_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Whether a PDF is a LinkedIn profile means opening it: pairing and reading share the
    one answer."""
    from collections import Counter

    from reslint.options import RunOptions
    from reslint.readers import linkedin_pdf_sniff
    from reslint.rulebook import load_rulebook
    from reslint.runner import run

    examples = Path(__file__).resolve().parent.parent / "examples"
    pdfs = []
    for name in ("good-resume.pdf", "flawed-resume.pdf"):
        shutil.copy(examples / name, tmp_path / name)
        pdfs.append(tmp_path / name)
    sniffed: Counter[Path] = Counter()
    real = linkedin_pdf_sniff.is_linkedin_pdf

    def counting(path: Path) -> bool:
        sniffed[path] += 1
        return real(path)

    monkeypatch.setattr(linkedin_pdf_sniff, "is_linkedin_pdf", counting)
    report = run(pdfs, RunOptions(config=Config(root=tmp_path), rulebook=load_rulebook()))
    assert [result.error for result in report.files] == [None, None]
    assert sniffed == {path: 1 for path in pdfs}
