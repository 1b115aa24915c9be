"""From paths on the command line to a Report: find files, read, structure, lint."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import replace
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from reslint.discovery import find_inputs
from reslint.limits import TimedOut, time_limit
from reslint.model import Document
from reslint.options import RunOptions
from reslint.pairing import pair_by_folder
from reslint.readers import Reader, ReadError, read
from reslint.report import FileResult, Report, RuleInfo
from reslint.rulebook import Rulebook
from reslint.selection import active_rules

if TYPE_CHECKING:
    from reslint.cache import ResultCache


def load_document(path: Path, options: RunOptions, reader: Reader | None = None) -> Document:
    # Structure, engine and kinds are imported where a file is really linted: a run served
    # from the cache, and a formatter (which needs `Report`), never load them.
    from reslint.structure import build_document

    output = read(path, options.read_options, reader)
    return build_document(path, output, options.region)


def try_load(path: Path, options: RunOptions, reader: Reader | None = None) -> Document | str:
    """The Document, or a one-line reason it cannot be read; never an exception."""
    try:
        return load_document(path, options, reader)
    except ReadError as error:
        return str(error)
    except RecursionError:
        return "file is nested too deeply to read"
    except MemoryError:
        return "file needs too much memory to read"
    except Exception as error:  # a reader bug must not stop the other files
        return f"cannot read file ({type(error).__name__}: {error})"


def lint_file(
    path: Path,
    options: RunOptions,
    profile: Document | None = None,
    reader: Reader | None = None,
) -> FileResult:
    """Lint one file within its time limit; any failure becomes a one-line error on its result.
    `reader`: the one `detect` chose, when the caller already knows it."""
    try:
        with time_limit(options.config.limits.timeout_seconds):
            return _lint_file(path, options, profile, reader)
    except TimedOut as error:
        return FileResult(str(path), error=str(error))


def _lint_file(
    path: Path, options: RunOptions, profile: Document | None, reader: Reader | None
) -> FileResult:
    from reslint.engine import applicable, lint
    from reslint.kinds import Context

    doc = try_load(path, options, reader)
    if isinstance(doc, str):
        return FileResult(str(path), error=doc)
    ctx = Context(region=options.region, today=options.today, profile=profile)
    configured = active_rules(options.config, options.rulebook, path, options.selection)
    rules = applicable(configured, doc, ctx)
    findings = lint(doc, rules, ctx)
    return FileResult(
        str(path),
        tuple(findings),
        format=doc.facts.format,
        kind=doc.kind,
        profile=str(profile.path) if profile else None,
        rules=tuple(active.rule.name for active in rules),
    )


Progress = Callable[[int, int, str], None]  # (files done, files in all, path just done)


def load_profile(path: Path, options: RunOptions) -> Document | str:
    """The profile to compare resumes with, or why it cannot be read.

    Whatever reader read it (an export, Profile.pdf, or a resume format given
    with --profile), it is the profile side of the comparison.
    """
    try:
        with time_limit(options.config.limits.timeout_seconds):
            doc = try_load(path, options)
    except TimedOut as error:
        return str(error)
    return doc if isinstance(doc, str) else replace(doc, kind="profile")


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
        loaded = load_profile(profile_path, options)
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
        # Imported here: the cache imports runner, and a --no-cache run needs none of it.
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
    final = head + [result for result in results if result is not None]
    return Report(tuple(final), tuple(notes), rule_infos(final, options.rulebook))


class Task(NamedTuple):
    path: Path
    profile: Path | None  # the profile it is compared with
    reader: Reader | None  # what `detect` chose for it


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
            rule.name, rule.family, rule.severity, rule.summary, rule.why, rule.instead
        )
    return MappingProxyType(infos)
