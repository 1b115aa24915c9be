"""`.gitignore` matching for folder searches, without git.

It follows gitignore(5) for the patterns people write: comments, `!` negation,
`/`-anchored and slash-containing patterns, trailing `/` for folders only, `*`,
`?`, `[...]` and `**`, with deeper files overriding shallower ones. A folder that
is ignored is not searched, so (as in git) a negation cannot re-include a file
inside it.

The repository's `info/exclude` (in `.git/`, or in the main repository's git folder
for a linked worktree) is read too, with git's precedence: below every `.gitignore`,
so a `.gitignore` negation re-includes what it excludes. Not read: the user's global
excludes file (`core.excludesFile`, by default `~/.config/git/ignore`). Finding it means
reading git's system, global and included config files, and what it lists is personal
(editor and OS clutter): which files a repository lints should not depend on whose
machine runs reslint, and a CI runner has no such file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

FILENAME = ".gitignore"


@dataclass(frozen=True, slots=True)
class Pattern:
    regex: re.Pattern[str]
    negated: bool
    dir_only: bool


@dataclass(frozen=True, slots=True)
class IgnoreFile:
    """The patterns of one `.gitignore`, matched against paths relative to its folder."""

    base: Path  # absolute, not resolved
    patterns: tuple[Pattern, ...]

    @classmethod
    def read(cls, path: Path, base: Path | None = None) -> IgnoreFile | None:
        """The patterns of `path`, relative to `base` (default: the file's folder)."""
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None
        patterns = tuple(p for p in map(parse_line, text.splitlines()) if p is not None)
        folder = Path(os.path.abspath(base or path.parent))
        return cls(folder, patterns) if patterns else None


def _class(pattern: str, index: int) -> tuple[str, int] | None:
    """A `[...]` character class starting at `index`: its regex and the index after it."""
    end = index + 1
    if end < len(pattern) and pattern[end] in "!^":
        end += 1
    if end < len(pattern) and pattern[end] == "]":
        end += 1
    end = pattern.find("]", end)
    if end == -1:
        return None
    body = pattern[index + 1 : end]
    negate = body[:1] in ("!", "^")
    body = body[1:] if negate else body
    body = body.replace("\\", "\\\\")
    return f"[{'^' if negate else ''}{body}]", end + 1


def translate(pattern: str) -> str:
    """The regex body for a gitignore glob (without anchoring)."""
    out: list[str] = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        at_segment_start = index == 0 or pattern[index - 1] == "/"
        if pattern.startswith("**", index) and at_segment_start:
            if pattern.startswith("**/", index):
                out.append("(?:.*/)?")
                index += 3
                continue
            if index + 2 == len(pattern):
                out.append(".*")
                index += 2
                continue
        if char == "*":
            out.append("[^/]*")
            while index + 1 < len(pattern) and pattern[index + 1] == "*":
                index += 1
        elif char == "?":
            out.append("[^/]")
        elif char == "[" and (found := _class(pattern, index)) is not None:
            out.append(found[0])
            index = found[1]
            continue
        elif char == "\\" and index + 1 < len(pattern):
            index += 1
            out.append(re.escape(pattern[index]))
        else:
            out.append(re.escape(char))
        index += 1
    return "".join(out)


def parse_line(line: str) -> Pattern | None:
    if not line.strip() or line.startswith("#"):
        return None
    # Trailing spaces are dropped unless escaped with a backslash.
    stripped = line.rstrip(" ")
    if stripped.endswith("\\") and len(stripped) < len(line):
        stripped += " "
    negated = stripped.startswith("!")
    # `!` negates; `\!` and `\#` are the literal characters.
    if negated or stripped.startswith(("\\!", "\\#")):
        stripped = stripped[1:]
    dir_only = stripped.endswith("/") and not stripped.endswith("\\/")
    stripped = stripped.rstrip("/")
    if not stripped:
        return None
    anchored = "/" in stripped
    stripped = stripped.lstrip("/")
    prefix = "" if anchored else "(?:.*/)?"
    try:
        regex = re.compile(f"^{prefix}{translate(stripped)}$", re.DOTALL)
    except re.error:
        return None
    return Pattern(regex, negated, dir_only)


def ignored(files: Iterable[IgnoreFile], path: Path, is_dir: bool) -> bool:
    """Whether `path` is ignored: the last matching pattern of the deepest file decides."""
    verdict = False
    for ignore in files:
        try:
            relative = path.relative_to(ignore.base).as_posix()
        except ValueError:
            continue
        for pattern in ignore.patterns:
            if (is_dir or not pattern.dir_only) and pattern.regex.match(relative):
                verdict = not pattern.negated
    return verdict


def git_folder(top: Path) -> Path | None:
    """The git folder holding the repository-wide files (`info/exclude`) of the work tree at
    `top`: `.git` itself, or where a `.git` file (`gitdir: …`, a linked worktree or a
    submodule) points, followed to the main repository by its `commondir` file."""
    dot_git = top / ".git"
    if dot_git.is_dir():
        return dot_git
    try:
        text = dot_git.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    if not text.startswith("gitdir:"):
        return None
    folder = top / text.removeprefix("gitdir:").strip()  # relative to `top`, or absolute
    try:
        return folder / (folder / "commondir").read_text(encoding="utf-8").strip()
    except OSError:
        return folder


def repository_excludes(top: Path) -> IgnoreFile | None:
    """The repository's `info/exclude` for the work tree at `top`, if it has patterns."""
    folder = git_folder(top)
    return IgnoreFile.read(folder / "info" / "exclude", base=top) if folder else None


def enter(folder: Path, inherited: tuple[IgnoreFile, ...]) -> tuple[IgnoreFile, ...]:
    """The ignore files that apply inside `folder`, given those that apply to it.

    At the top of a git work tree its repository's excludes start afresh: as in git, and
    as `ancestors` stops there, a nested repository does not inherit its parent's ignores.
    """
    if (folder / ".git").exists():
        inherited = tuple(f for f in (repository_excludes(folder),) if f is not None)
    own = IgnoreFile.read(folder / FILENAME)
    return (*inherited, own) if own is not None else inherited


def ancestors(folder: Path, stop: Path | None) -> tuple[IgnoreFile, ...]:
    """The ignore files above `folder` that apply to it, outermost first.

    Inside a git work tree they go up to its top (its `info/exclude` first); outside
    one, up to `stop` (the config's folder) when `folder` lies below it. Paths stay
    absolute but unresolved, like the paths a folder search produces. `folder`'s own
    files are left to `enter`.
    """
    folder = Path(os.path.abspath(folder))
    chain: list[Path] = []
    top: Path | None = None
    for candidate in (folder, *folder.parents):
        if candidate != folder:
            chain.append(candidate)
        if (candidate / ".git").exists():
            top = candidate
            break
    else:
        limit = Path(os.path.abspath(stop)) if stop else None
        chain = [p for p in folder.parents if limit is not None and p.is_relative_to(limit)]
    found = [IgnoreFile.read(p / FILENAME) for p in reversed(chain)]
    if top is not None and top != folder:
        found.insert(0, repository_excludes(top))
    return tuple(f for f in found if f is not None)
