"""Which resume is compared with which LinkedIn profile.

`--profile` names the profile for every resume of the run. Without it, a
folder holding exactly one profile (a LinkedIn export or Profile.pdf) and
exactly one resume pairs the two; any other mix pairs nothing and says why,
because guessing whose profile goes with which resume would be wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from reslint.readers import Reader


@dataclass(frozen=True, slots=True)
class Pairing:
    pairs: dict[Path, Path]  # resume -> profile
    notes: tuple[str, ...]


def pair_by_folder(files: Mapping[Path, Reader | None]) -> Pairing:
    """Pair a single profile with a single resume lying in the same folder (`files`: each
    file with the reader that reads it)."""
    folders: dict[Path, tuple[list[Path], list[Path]]] = {}
    for path, reader in files.items():
        resumes, profiles = folders.setdefault(path.parent, ([], []))
        is_profile = reader is not None and reader.kind == "profile"
        (profiles if is_profile else resumes).append(path)
    pairs: dict[Path, Path] = {}
    notes: list[str] = []
    for resumes, profiles in folders.values():
        if not profiles or not resumes:
            continue
        if len(profiles) == 1 and len(resumes) == 1:
            pairs[resumes[0]] = profiles[0]
            notes.append(f"compared {resumes[0].name} with {profiles[0].name}")
        else:
            notes.append(
                f"not comparing resumes with LinkedIn in {profiles[0].parent}: "
                f"{len(resumes)} resumes and {len(profiles)} profiles there; use --profile"
            )
    return Pairing(pairs, tuple(notes))
