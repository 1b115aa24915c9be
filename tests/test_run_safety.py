"""A full run over the corpus touches neither the network nor the input files."""

from __future__ import annotations

import hashlib
import json
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from reslint.cli import main
from tests.conftest import CORPUS


def _check_corpus(*extra: str, jobs: int = 1):
    # One job by default: the run stays in this process, where the socket guard is installed.
    args = ["check", str(CORPUS), "--format", "json", "--jobs", str(jobs), *extra]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_no_network_access_during_a_full_run(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    attempts: list[str] = []

    def refuse(name: str):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args!r}")
            raise OSError(f"network access blocked by the test: {name}")

        return blocked

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse(name))
    result = _check_corpus()
    assert result.exit_code in (0, 1, 2), result.output
    data = json.loads(result.stdout)
    assert data["summary"]["files"] > 0
    assert attempts == []
    # A reader bug caught by the runner's last resort would hide here as an error.
    assert not [f for f in data["files"] if (f["error"] or "").startswith("cannot read file (")]


def _fingerprint(folder: Path) -> dict[str, tuple[str, int]]:
    """Every file under `folder`: its content hash and modification time."""
    return {
        str(path.relative_to(folder)): (
            hashlib.sha256(path.read_bytes()).hexdigest(),
            path.stat().st_mtime_ns,
        )
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.mark.parametrize(
    ("cache", "jobs"), [([], 1), (["--no-cache"], 1), ([], 2)], ids=["cache", "no-cache", "pool"]
)
def test_input_files_are_never_modified(tmp_path, monkeypatch, cache, jobs):
    monkeypatch.chdir(tmp_path)
    before = _fingerprint(CORPUS)
    assert before
    for _ in range(1 if cache else 2):  # the second run answers from the cache
        result = _check_corpus(*cache, jobs=jobs)
        assert result.exit_code in (0, 1, 2), result.output
    assert _fingerprint(CORPUS) == before
