"""The time limit on one file's work.

Size, page and unpacked-size limits are checked by the readers (ReadOptions);
time is the one limit no reader can check for itself, because the slow part
may be anywhere: a PDF library, a regular expression, a rule. So the runner
wraps each file in `time_limit`, which arms a one-shot SIGALRM timer and
turns it into `TimedOut` in the code that is running.

Where the timer cannot be used (Windows, or a thread other than the main
one) the work runs without a time limit; the size and page limits still
bound it. A process-pool worker runs its tasks in its own main thread, so
the limit holds there too. The signal is handled between Python bytecodes:
a single call into C code that never returns cannot be interrupted, but the
limit takes effect as soon as it does.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class TimedOut(BaseException):
    """The file's time is up.

    A BaseException, like KeyboardInterrupt, so that a reader's broad
    `except Exception` cannot swallow it and carry on.
    """

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g} s")
        self.seconds = seconds


def alarm_available() -> bool:
    """True when `time_limit` can enforce its limit in the calling thread."""
    return (
        hasattr(signal, "setitimer")
        and hasattr(signal, "SIGALRM")
        and threading.current_thread() is threading.main_thread()
    )


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise TimedOut in the body if it runs longer than `seconds` (None: no limit).

    Any timer already armed in the process (a test runner's timeout, an
    enclosing limit) is restored afterwards with the time it had left; if it
    is due sooner than ours, it is left alone and ours is not armed.
    """
    if not seconds or seconds <= 0 or not alarm_available():
        yield
        return
    outer_delay, outer_interval = signal.getitimer(signal.ITIMER_REAL)
    if outer_delay and outer_delay <= seconds:
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        del signum, frame
        raise TimedOut(seconds)

    started = time.monotonic()
    # None means a handler installed outside Python; the default is the closest we can restore.
    outer_handler = signal.signal(signal.SIGALRM, expire) or signal.SIG_DFL
    try:
        signal.setitimer(signal.ITIMER_REAL, seconds)
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, outer_handler)
            if outer_delay:
                left = max(outer_delay - (time.monotonic() - started), 0.001)
                signal.setitimer(signal.ITIMER_REAL, left, outer_interval)
