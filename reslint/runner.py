"""A run, from paths to a Report: the order of its steps, and nothing of their insides.

Discovery finds the files (and their readers), pairing matches resumes with profiles, the
profiles are loaded once, the cache serves what it holds, and the rest is linted one file
at a time (`linting`) in this process or a pool (`parallel`). The runner then collects the
results, in the order of the files, with notes and the metadata of the rules that ran.

A run with nothing to lint (an empty folder, one of `.doc` files only) raises NothingToLint,
and a `--profile` that cannot be read raises ProfileError before any file is linted: both
are mistakes of the invocation, not findings. `run_stdin` lints text from standard input.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from reslint.discovery import find_inputs
from reslint.linting import Task, lint_file, load_profile
from reslint.model import Document
from reslint.options import RunOptions
from reslint.pairing import pair_by_folder
from reslint.readers import detect, foreign
from reslint.report import FileResult, Report, RuleInfo
from reslint.rulebook import Rulebook

if TYPE_CHECKING:
    from reslint.cache import ResultCache


Progress = Callable[[int, int, str], None]  # (files done, files in all, path just done)
READS = "PDF, DOCX, Markdown, plain text, JSON Resume, RenderCV YAML and LinkedIn exports"


class NothingToLint(Exception):
    """No file to lint under the paths given; the message says why, in one line."""


class ProfileError(Exception):
    """The `--profile` given cannot be read; the message names it and the reason."""


def _nothing(paths: list[Path], unread: Mapping[str, int], skipped: int) -> str:
    where = ", ".join(str(path) for path in paths)
    parts = [f"{count} {suffix}" for suffix, count in sorted(unread.items())]
    if skipped:
        parts.append(f"{skipped} file{'s' * (skipped != 1)} that are not resumes")
    seen = f" (found {', '.join(parts)})" if parts else ""
    return f"nothing to lint in {where}: no file reslint reads{seen}; it reads {READS}"


def run(
    paths: Iterable[Path],
    options: RunOptions,
    jobs: int = 1,
    cache_dir: Path | None = None,
    progress: Progress | None = None,
) -> Report:
    """Lint every file under `paths`: cached results first, the rest over `jobs` processes."""
    paths = list(paths)
    # Which reader reads each file is decided once, while collecting: a sniff can mean opening
    # the file (is this PDF a LinkedIn profile?), and pairing and reading both need the answer.
    inputs = find_inputs(paths, options.config)
    readers = inputs.readers
    files = list(readers)
    notes = list(inputs.notes)
    if not files and not inputs.skipped:
        raise NothingToLint(_nothing(paths, inputs.unread, 0))
    if options.profile is not None:
        given = options.profile.resolve()
        pairs = {path: options.profile for path in files if path.resolve() != given}
    else:
        pairing = pair_by_folder({path: readers[path] for path in files})
        pairs = dict(pairing.pairs)
        notes.extend(pairing.notes)
    head: list[FileResult] = []
    profiles: dict[Path, Document] = {}
    wanted = [options.profile] if options.profile is not None else []
    for profile_path in dict.fromkeys([*wanted, *pairs.values()]):
        loaded = load_profile(profile_path, options.loading)
        if isinstance(loaded, str) and profile_path == options.profile:
            raise ProfileError(f"--profile {profile_path}: {loaded}")
        if isinstance(loaded, str):
            if profile_path not in files:
                head.append(FileResult(str(profile_path), error=loaded))
        else:
            profiles[profile_path] = loaded
    tasks = [
        Task(
            path,
            pairs.get(path) if pairs.get(path) in profiles else None,
            readers[path],
            path in inputs.searched,
        )
        for path in files
    ]
    results: list[FileResult | None] = [None] * len(files)
    keys: list[str | None] = [None] * len(files)
    cache: ResultCache | None = None
    if cache_dir is not None:
        # Imported here: a --no-cache run (a pre-commit hook's) needs none of it.
        from reslint.cache import KeyMaker, ResultCache

        cache = ResultCache(cache_dir)
    done = 0
    if cache is not None:
        maker = KeyMaker(options)
        for index, (path, profile_path, _, searched) in enumerate(tasks):
            keys[index] = maker.key(path, profile_path, searched)
            results[index] = cache.get(keys[index]) if keys[index] else None
            if results[index] is not None and progress:
                done += 1
                progress(done, len(files), str(path))
    pending = [index for index, result in enumerate(results) if result is None]
    linted = lint_files([tasks[index] for index in pending], options, profiles, jobs)
    for index, result in zip(pending, linted, strict=True):
        results[index] = result
        key = keys[index]
        if cache is not None and key is not None:
            cache.put(key, result)
        if progress:
            done += 1
            progress(done, len(files), result.path)
    if cache is not None and cache.written:
        cache.prune()  # only a run that added entries can have grown the cache
    done_results = [result for result in results if result is not None]
    not_resumes = [result for result in done_results if result.skipped]
    notes.extend(f"{result.path}: {result.skipped}" for result in not_resumes)
    final = head + [result for result in done_results if not result.skipped]
    if not final and not inputs.skipped:
        raise NothingToLint(_nothing(paths, inputs.unread, len(not_resumes)))
    return Report(tuple(final), tuple(notes), rule_infos(final, options.rulebook))


def run_stdin(data: bytes, name: Path, options: RunOptions) -> Report:
    """Lint `data`, read from standard input, as the file `name` would be linted: its suffix
    picks the reader (`.md` when it has none), its path the overrides that apply, and it is
    the path reported. The text is linted from a private temporary copy, never cached."""
    suffix = name.suffix if detect_by_suffix(name) else ".md"
    with tempfile.TemporaryDirectory(prefix="reslint-stdin-") as folder:
        copy = Path(folder) / f"stdin{suffix}"
        copy.write_bytes(data)
        reader = detect(copy)
        if foreign(copy, reader):
            note = f"{name}: not a resume or LinkedIn export reslint reads; skipped"
            return Report((), (note,))
        profile = None
        if options.profile is not None:
            loaded = load_profile(options.profile, options.loading)
            if isinstance(loaded, str):
                raise ProfileError(f"--profile {options.profile}: {loaded}")
            profile = loaded
        result = lint_file(copy, options, profile, reader, known_as=name)
    if result.error:
        result = replace(result, error=result.error.replace(str(copy), str(name)))
    return Report((result,), (), rule_infos([result], options.rulebook))


def detect_by_suffix(path: Path) -> bool:
    """Whether some reader reads files with `path`'s suffix."""
    from reslint.readers import READERS

    suffix = path.suffix.lower()
    return bool(suffix) and any(suffix in reader.suffixes for reader in READERS)


def lint_files(
    tasks: list[Task], options: RunOptions, profiles: Mapping[Path, Document], jobs: int
) -> Iterator[FileResult]:
    """`lint_file` over `tasks`, in order; in a process pool when there is more than one job."""
    if jobs <= 1 or len(tasks) < 2:
        for path, profile_path, reader, searched in tasks:
            profile = profiles.get(profile_path) if profile_path else None
            yield lint_file(path, options, profile, reader, searched=searched)
        return
    from reslint.parallel import lint_in_pool

    yield from lint_in_pool(tasks, options, profiles, min(jobs, len(tasks)))


def rule_infos(results: Iterable[FileResult], rulebook: Rulebook) -> Mapping[str, RuleInfo]:
    """Metadata of every rule that ran on at least one file, by name."""
    names = sorted({name for result in results for name in result.rules})
    infos = {}
    for name in names:
        rule = rulebook.rules[name]
        infos[name] = RuleInfo(
            rule.name, rule.family, rule.severity, rule.summary, rule.why, rule.instead
        )
    return MappingProxyType(infos)
