"""A one-line progress bar on stderr for long folder runs; silent when stderr is not a terminal."""

from __future__ import annotations

import shutil
import sys
from typing import TextIO

MIN_FILES = 10  # below this a run is over before a bar helps


class ProgressBar:
    def __init__(self, stream: TextIO | None = None, min_files: int = MIN_FILES) -> None:
        self.stream = stream or sys.stderr
        self.min_files = min_files
        self.enabled = self.stream.isatty()
        self.shown = False

    def __call__(self, done: int, total: int, path: str) -> None:
        if not self.enabled or total < self.min_files:
            return
        columns = shutil.get_terminal_size((80, 24)).columns
        width = 24
        filled = width * done // total
        head = f"[{'#' * filled}{'-' * (width - filled)}] {done}/{total} "
        name = path[-max(columns - len(head) - 1, 0) :] if columns > len(head) + 1 else ""
        self.stream.write("\r" + (head + name).ljust(columns - 1))
        self.stream.flush()
        self.shown = True
        if done == total:
            self.clear()

    def clear(self) -> None:
        if self.shown:
            columns = shutil.get_terminal_size((80, 24)).columns
            self.stream.write("\r" + " " * (columns - 1) + "\r")
            self.stream.flush()
            self.shown = False
        else:
            self.stream.flush()
