"""Garbage-collector settings for a process that lints a batch of files.

Reading a PDF allocates a tuple per character (tens of thousands a page).
Tuples are tracked by the cyclic collector, so with Python's default
threshold (a young collection every 700 new objects, and a full one every
100 of those) a run spends a tenth of its time walking objects that
reference counting frees anyway. reslint's own data has no cycles worth
collecting early, so the process that owns the run (the `check` command, a
pool worker) collects young objects less often and moves what is alive after
start-up (modules, rules, compiled patterns) out of the collector's view.
Library callers such as tests keep their own settings.
"""

from __future__ import annotations

import gc

YOUNG_THRESHOLD = 10_000


def tune_collector() -> None:
    gc.freeze()
    _, middle, old = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, middle, old)
