"""The word lists of `lexicon/data/`, read by name: one place that knows where they live."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"


def load_words(name: str) -> dict[str, Any]:
    """`lexicon/data/<name>.toml`, parsed."""
    with (DATA / f"{name}.toml").open("rb") as file:
        return tomllib.load(file)
