"""Linting files in a process pool: `--jobs N`.

Each worker receives the run's options and the paired profile once (pool initializer),
then only paths. Everything crossing the process boundary is plain frozen data; the one
type pickle cannot send, MappingProxyType (our read-only mappings), is sent as a dict
and wrapped again on arrival.
"""

from __future__ import annotations

import copyreg
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from types import MappingProxyType
from typing import Any

from reslint.model import Document
from reslint.runner import FileResult, RunOptions, lint_file

_options: RunOptions | None = None
_profile: Document | None = None


def _mapping_proxy(data: dict[str, Any]) -> MappingProxyType[str, Any]:
    return MappingProxyType(data)


copyreg.pickle(MappingProxyType, lambda proxy: (_mapping_proxy, (dict(proxy),)))


def _start_worker(options: RunOptions, profile: Document | None) -> None:
    global _options, _profile
    _options, _profile = options, profile


def _lint(path: Path) -> FileResult:
    assert _options is not None, "worker started without options"
    return lint_file(path, _options, _profile)


def lint_in_pool(
    paths: list[Path], options: RunOptions, profile: Document | None, workers: int
) -> Iterator[FileResult]:
    """Results in the order of `paths`. A worker that dies (a crash inside a PDF library)
    turns the files it left unfinished into read errors instead of stopping the run."""
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_start_worker, initargs=(options, profile)
    ) as pool:
        futures = [pool.submit(_lint, path) for path in paths]
        for path, future in zip(paths, futures, strict=True):
            try:
                yield future.result()
            except BrokenProcessPool:
                yield FileResult(str(path), error="a worker process died while reading the file")
