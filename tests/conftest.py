from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED_CORPUS = REPO.parent / "shared" / "corpus"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def private_user_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """A run without a config outside a repository caches in the user's cache folder: in the
    tests, a folder of their own, never the home folder of whoever runs them."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("user-cache")))


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


def corpus_files(folder: str, suffix: str) -> list[Path]:
    """Corpus files copied into the repository (tests/corpus, see its NOTICE)."""
    return sorted((CORPUS / folder).glob(f"*{suffix}"))
