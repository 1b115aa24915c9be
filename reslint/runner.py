"""A run, from paths to a Report: the order of its steps, and nothing of their insides.

Discovery finds the files (and their readers), pairing matches resumes with profiles, the
profiles are loaded once, the cache serves what it holds, and the rest is linted one file
at a time (`linting`) in this process or a pool (`parallel`). The runner then collects the
results, in the order of the files, with notes and the metadata of the rules that ran.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

from reslint.discovery import find_inputs
from reslint.linting import NOT_A_RESUME, Task, lint_file, load_profile
from reslint.model import Document
from reslint.options import RunOptions
from reslint.pairing import pair_by_folder
from reslint.report import FileResult, Report, RuleInfo
from reslint.rulebook import Rulebook

if TYPE_CHECKING:
    from reslint.cache import ResultCache


Progress = Callable[[int, int, str], None]  # (files done, files in all, path just done)


class ProfileError(Exception):
    """The profile named with --profile cannot be read: the run stops before linting."""


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
        if isinstance(loaded, str) and profile_path in wanted:
            # The profile the user named: every comparison would be missing, so stop first.
            raise ProfileError(f"{profile_path}: {loaded}")
        if isinstance(loaded, str):
            if profile_path not in files:
                head.append(FileResult(str(profile_path), error=loaded))
        else:
            profiles[profile_path] = loaded
    tasks = [
        Task(path, pairs.get(path) if pairs.get(path) in profiles else None, readers[path])
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
        for index, (path, profile_path, _) in enumerate(tasks):
            keys[index] = maker.key(path, profile_path)
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
    final = head + _resumes_only([r for r in results if r is not None], paths, notes)
    notes.extend(f"{result.path}: {note}" for result in final for note in result.notes)
    return Report(tuple(final), tuple(notes), rule_infos(final, options.rulebook))


def _resumes_only(
    results: list[FileResult], named: list[Path], notes: list[str]
) -> list[FileResult]:
    """`results` less the text files a folder search found that are no resume (a notes
    file, a rule's word list), each skipped with a note; named files are kept."""
    given = {str(path) for path in named}
    kept: list[FileResult] = []
    for result in results:
        if result.kind != NOT_A_RESUME:
            kept.append(result)
        elif result.path in given:
            kept.append(replace(result, kind="resume"))
        else:
            notes.append(
                f"{result.path}: no contact details or resume sections; not a resume, skipped"
            )
    return kept


def lint_files(
    tasks: list[Task], options: RunOptions, profiles: Mapping[Path, Document], jobs: int
) -> Iterator[FileResult]:
    """`lint_file` over `tasks`, in order; in a process pool when there is more than one job."""
    if jobs <= 1 or len(tasks) < 2:
        for path, profile_path, reader in tasks:
            profile = profiles.get(profile_path) if profile_path else None
            yield lint_file(path, options, profile, reader)
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
            rule.name,
            rule.family,
            rule.severity,
            rule.summary,
            rule.why,
            rule.instead,
            reference=rule.reference,
        )
    return MappingProxyType(infos)
