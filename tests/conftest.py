from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def write(tmp_path: Path):
    """Write a text file under tmp_path and return its path."""

    def _write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return _write


CORPUS = Path(__file__).resolve().parent / "corpus"


@pytest.fixture(autouse=True)
def user_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A run without a config file caches in the user's cache folder: keep the tests' runs
    out of the real one (platformdirs reads XDG_CACHE_HOME on Linux)."""
    folder = tmp_path_factory.mktemp("user-cache")
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder))
    return folder


def corpus_files(folder: str, suffix: str) -> list[Path]:
    """Corpus files copied into the repository (tests/corpus, see its NOTICE)."""
    return sorted((CORPUS / folder).glob(f"*{suffix}"))
