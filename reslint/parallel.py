"""Linting files in a process pool: `--jobs N`. Each file's work is `linting.lint_file`,
as in a one-process run.

Each worker receives the run's options and the paired profiles once (pool initializer),
then only paths and the name of the profile each is compared with. Everything crossing
the process boundary is plain frozen data; the one
type pickle cannot send, MappingProxyType (our read-only mappings), is sent as a dict
and wrapped again on arrival.
"""

from __future__ import annotations

import copyreg
from collections.abc import Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reslint.gc_tuning import tune_collector
from reslint.linting import Task, lint_file
from reslint.model import Document
from reslint.options import RunOptions
from reslint.report import FileResult

_options: RunOptions | None = None
_profiles: Mapping[Path, Document] = {}


def _mapping_proxy(data: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(data)


copyreg.pickle(MappingProxyType, lambda proxy: (_mapping_proxy, (dict(proxy),)))


def _start_worker(options: RunOptions, profiles: Mapping[Path, Document]) -> None:
    global _options, _profiles
    _options, _profiles = options, profiles
    tune_collector()


def _lint(task: Task) -> FileResult:
    assert _options is not None, "worker started without options"
    profile = _profiles.get(task.profile) if task.profile else None
    return lint_file(task.path, _options, profile, task.reader, searched=task.searched)


def lint_in_pool(
    tasks: list[Task], options: RunOptions, profiles: Mapping[Path, Document], workers: int
) -> Iterator[FileResult]:
    """Results in the order of `tasks`. A worker that dies (a crash inside a PDF library)
    turns the files it left unfinished into read errors instead of stopping the run."""
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(options, dict(profiles))
    ) as pool:
        futures = [pool.submit(_lint, task) for task in tasks]
        for task, future in zip(tasks, futures, strict=True):
            try:
                yield future.result()
            except BrokenProcessPool:
                yield FileResult(
                    str(task.path), error="a worker process died while reading the file"
                )
