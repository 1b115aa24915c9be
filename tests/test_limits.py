"""The per-file time limit: armed, restored, and honoured in a pool worker and a thread."""

from __future__ import annotations

import multiprocessing
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reslint import linting
from reslint.config import Config, Limits
from reslint.limits import TimedOut, alarm_available, time_limit
from reslint.linting import lint_file
from reslint.options import LoadOptions, RunOptions
from reslint.readers import Reader
from reslint.rulebook import load_rulebook
from reslint.runner import run

pytestmark = pytest.mark.skipif(not alarm_available(), reason="needs SIGALRM")

SLOW_MARK = "SLOW FILE"
FIRST_PERSON = "# Ada\n## Experience\nAcme Inc. — Data Engineer, Jan 2021 – Present\n- I built it\n"


def busy(seconds: float) -> None:
    """Pure-Python work that takes `seconds`: what a slow parser looks like to the signal."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        sum(range(1000))


def slow_load(path: Path, options: LoadOptions, reader: Reader | None = None):
    if SLOW_MARK in path.read_text(encoding="utf-8"):
        busy(30)
    return real_load(path, options, reader)


real_load = linting.load_document


def options(timeout: float) -> RunOptions:
    return RunOptions(
        config=Config(limits=Limits(timeout_seconds=timeout)),
        rulebook=load_rulebook(),
    )


def test_time_limit_interrupts_and_cleans_up():
    handler = signal.getsignal(signal.SIGALRM)
    started = time.monotonic()
    with pytest.raises(TimedOut, match=r"timed out after 0\.2 s"), time_limit(0.2):
        busy(10)
    assert time.monotonic() - started < 2
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) is handler


def test_fast_work_is_untouched_and_the_timer_is_disarmed():
    with time_limit(5):
        value = sum(range(100))
    assert value == 4950
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_an_outer_timer_is_restored_with_the_time_it_had_left():
    fired: list[int] = []
    previous = signal.signal(signal.SIGALRM, lambda signum, frame: fired.append(signum))
    try:
        signal.setitimer(signal.ITIMER_REAL, 30)
        with time_limit(0.1):
            pass
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 25 < left <= 30
        # An outer timer due sooner than the limit stays in charge.
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        with time_limit(10):
            busy(0.3)
        assert fired == [signal.SIGALRM]
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_a_reader_catching_exception_cannot_swallow_the_timeout():
    swallowed: list[Exception] = []
    with pytest.raises(TimedOut), time_limit(0.1):
        try:
            busy(10)
        except Exception as error:  # what a careless reader does
            swallowed.append(error)
    assert swallowed == []


def test_slow_file_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    monkeypatch.setattr(linting, "load_document", slow_load)
    (tmp_path / "a.md").write_text(FIRST_PERSON, encoding="utf-8")
    (tmp_path / "b.md").write_text(f"# Bob\n{SLOW_MARK}\n", encoding="utf-8")
    (tmp_path / "c.md").write_text(FIRST_PERSON, encoding="utf-8")
    started = time.monotonic()
    report = run([tmp_path], options(timeout=0.3))
    assert time.monotonic() - started < 5
    by_name = {Path(r.path).name: r for r in report.files}
    assert by_name["b.md"].error == "timed out after 0.3 s"
    assert by_name["b.md"].findings == ()
    for name in ("a.md", "c.md"):
        assert by_name[name].error is None
        assert "first-person" in {f.rule for f in by_name[name].findings}


def _lint_in_worker(path: str) -> tuple[str | None, float]:
    started = time.monotonic()
    result = lint_file(Path(path), options(timeout=0.3))
    return result.error, time.monotonic() - started


def test_time_limit_holds_inside_a_process_pool_worker(tmp_path, monkeypatch):
    monkeypatch.setattr(linting, "load_document", slow_load)
    slow = tmp_path / "slow.md"
    slow.write_text(f"# Bob\n{SLOW_MARK}\n", encoding="utf-8")
    # fork carries the patched loader into the worker, where lint_file runs in its main thread.
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
        error, elapsed = pool.submit(_lint_in_worker, str(slow)).result(timeout=20)
    assert error == "timed out after 0.3 s"
    assert elapsed < 5


def test_outside_the_main_thread_the_file_is_linted_without_a_limit(tmp_path):
    path = tmp_path / "a.md"
    path.write_text(FIRST_PERSON, encoding="utf-8")
    results = []
    thread = threading.Thread(target=lambda: results.append(lint_file(path, options(0.001))))
    thread.start()
    thread.join(timeout=20)
    assert results[0].error is None
    assert "first-person" in {f.rule for f in results[0].findings}
