"""The pre-commit hook, run for real: `pre-commit run --all-files` on a throwaway resume repo.

pre-commit clones the hook repository at `rev`, builds its own virtual environment and
pip-installs reslint into it, exactly as a user's machine would. The hook repository is a
snapshot of this working tree (committed in a temporary repository), so the test checks
the code under test even when the tree has uncommitted changes.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

pytestmark = pytest.mark.skipif(
    shutil.which("git") is None
    or importlib.util.find_spec("pre_commit") is None
    or not (REPO / ".git").exists(),
    reason="needs git, pre-commit and a git checkout of reslint",
)

FLAWED = """# Sam Rivera
sam.rivera@example.com

## Experience
Northwind Traders — Operations Associate, Jan 2022 – Present
- I rebuilt the weekly inventory report in SQL
"""
FIXED = FLAWED.replace("- I rebuilt", "- Rebuilt")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "reslint tests",
    "GIT_AUTHOR_EMAIL": "tests@example.org",
    "GIT_COMMITTER_NAME": "reslint tests",
    "GIT_COMMITTER_EMAIL": "tests@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git(cwd: Path, *args: str) -> str:
    env = {**os.environ, **GIT_ENV}
    done = subprocess.run(
        ["git", *args], cwd=cwd, env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.strip()


def snapshot(destination: Path) -> str:
    """Commit the working tree's files (tracked or new, not ignored) in a fresh repository."""
    listed = git(REPO, "ls-files", "-z", "--cached", "--others", "--exclude-standard")
    destination.mkdir()
    for name in filter(None, listed.split("\0")):
        source = REPO / name
        if source.is_file() and not name.startswith("tests/corpus/"):
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
    git(destination, "init", "-q")
    git(destination, "add", "-A")
    git(destination, "commit", "-q", "-m", "snapshot of the working tree under test")
    return git(destination, "rev-parse", "HEAD")


def pre_commit(repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **GIT_ENV, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_hook_fails_on_a_flawed_resume_and_passes_after_the_fix(tmp_path: Path):
    rev = snapshot(tmp_path / "reslint")
    resumes = tmp_path / "resumes"
    resumes.mkdir()
    git(resumes, "init", "-q")
    (resumes / ".pre-commit-config.yaml").write_text(
        f"repos:\n"
        f"  - repo: {tmp_path / 'reslint'}\n"
        f"    rev: {rev}\n"
        f"    hooks:\n"
        f"      - id: reslint\n",
        encoding="utf-8",
    )
    # Only the rules this test is about, so it does not depend on the rest of the catalogue.
    (resumes / ".reslint.toml").write_text('select = ["first-person"]\n', encoding="utf-8")
    (resumes / "resume.md").write_text(FLAWED, encoding="utf-8")
    (resumes / "package.json").write_text('{"name": "not-a-resume"}\n', encoding="utf-8")
    git(resumes, "add", "-A")
    home = tmp_path / "pre-commit-home"

    failed = pre_commit(resumes, home)
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "resume.md:6:1: warning first-person" in failed.stdout
    assert "Failed" in failed.stdout

    (resumes / "resume.md").write_text(FIXED, encoding="utf-8")
    git(resumes, "add", "-A")
    passed = pre_commit(resumes, home)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout
    # The hook never writes beside the resumes: the cache stays in its own folder.
    assert sorted(p.name for p in resumes.iterdir() if p.name != ".git") == [
        ".pre-commit-config.yaml",
        ".reslint.toml",
        ".reslint_cache",
        "package.json",
        "resume.md",
    ]
    assert (resumes / "resume.md").read_text(encoding="utf-8") == FIXED


README = """# My resume

The source of my resume. Build it with `make`, contact me by opening an issue.
"""


def test_hook_passes_a_good_resume_beside_the_repositorys_own_documents(tmp_path: Path):
    """README, CONTRIBUTING, LICENSE and docs/ are no resumes: the hook's default
    `exclude` leaves them (and .pre-commit-config.yaml) alone, so a repository holding a
    good resume passes with no note about them."""
    rev = snapshot(tmp_path / "reslint")
    repo = tmp_path / "my-resume"
    (repo / "docs").mkdir(parents=True)
    git(repo, "init", "-q")
    (repo / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {tmp_path / 'reslint'}\n    rev: {rev}\n    hooks:\n"
        "      - id: reslint\n",
        encoding="utf-8",
    )
    good = (REPO / "examples" / "good-resume.md").read_text(encoding="utf-8")
    (repo / "resume.md").write_text(good, encoding="utf-8")
    for name in ("README.md", "CONTRIBUTING.md", "LICENSE.txt", "docs/notes.md"):
        (repo / name).write_text(README, encoding="utf-8")
    git(repo, "add", "-A")
    done = pre_commit(repo, tmp_path / "pre-commit-home")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Passed" in done.stdout
    for name in ("README", "CONTRIBUTING", "LICENSE", "notes.md", ".pre-commit-config"):
        assert name not in done.stdout, done.stdout
