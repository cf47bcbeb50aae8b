"""Limits on learner code: a time limit per test and a cap on what it prints.

A time limit arms the process's CPU-time interval timer (``setitimer(ITIMER_PROF)``); when it
fires, the signal handler raises :class:`TestTimeout` inside whatever Python code is running.
CPU time, not wall-clock time, so a check gives the same verdict on a busy machine as on an idle
one. ``TestTimeout`` derives from ``BaseException``, not ``Exception``, on purpose: hypothesis
treats an ``Exception`` as a test failure and keeps running examples to shrink it, but lets
other base exceptions straight through, so a timeout stops the test at once. The timer repeats
every ``REPEAT`` seconds after a deadline passes, because Python drops an exception raised while
it is inside a garbage-collector callback; the next tick raises it again. Limits nest (a test's
limit around each example's limit); the timer is always armed for the nearest deadline.

The timer only works in the main thread of a process (a rule of Python's ``signal`` module), and
only interrupts running Python code: a single long call into C, or a sleep, is stopped by the
checker's parent process, which watches the wall clock.

>>> with time_limit(1.0):
...     sum(range(10))
45
"""

from __future__ import annotations

import io
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager


class TestTimeout(BaseException):
    """The code under test ran past its time limit of ``seconds``.

    >>> TestTimeout(2.0).seconds
    2.0
    """

    __test__ = False  # not a pytest test class, despite the name

    def __init__(self, seconds: float) -> None:
        super().__init__(f"took longer than {seconds:g} s")
        self.seconds = seconds


TIMER = signal.ITIMER_PROF  # counts the CPU time of this process
SIGNAL = signal.SIGPROF
REPEAT = 0.25                # seconds of CPU between repeated timeouts, once a deadline passed

_deadlines: list[tuple[float, float]] = []  # (CPU-time deadline, its limit in seconds)


def _arm() -> None:
    if not _deadlines:
        signal.setitimer(TIMER, 0)
        return
    remaining = min(deadline for deadline, _ in _deadlines) - time.process_time()
    # A zero interval would disarm the timer, so an already-past deadline fires almost at once.
    signal.setitimer(TIMER, max(remaining, 1e-4), REPEAT)


def _on_timer(signum: int, frame: object) -> None:
    now = time.process_time()
    expired = [limit for deadline, limit in _deadlines if deadline <= now + 1e-3]
    if not expired:  # an early tick: arm again for what is left
        _arm()
        return
    raise TestTimeout(min(expired))


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`TestTimeout` if the block uses more than ``seconds`` of CPU time.

    Limits nest; the inner block also stops when an outer limit expires. Main thread only.

    >>> try:
    ...     with time_limit(0.05):
    ...         while True:
    ...             pass
    ... except TestTimeout as stop:
    ...     print(stop)
    took longer than 0.05 s
    """
    if seconds <= 0:
        raise ValueError(f"a time limit must be positive, got {seconds}")
    outermost = not _deadlines
    started = time.process_time()
    if outermost:
        # Someone else's timer of the same kind is set aside and restored afterwards.
        previous = signal.signal(SIGNAL, _on_timer)
        previous_timer = signal.getitimer(TIMER)
    entry = (started + seconds, seconds)
    _deadlines.append(entry)
    try:
        _arm()
        yield
    finally:
        _deadlines.remove(entry)
        if outermost:
            signal.setitimer(TIMER, 0)
            signal.signal(SIGNAL, previous if previous is not None else signal.SIG_DFL)
            remaining, interval = previous_timer
            if remaining > 0:
                left = max(remaining - (time.process_time() - started), 1e-3)
                signal.setitimer(TIMER, left, interval)
        else:
            _arm()


class CappedWriter(io.TextIOBase):
    """A text stream that keeps the first ``limit`` characters written and counts the rest.

    It stands in for ``sys.stdout``/``sys.stderr`` while learner code runs, so a print in a loop
    costs no memory and floods nothing.

    >>> out = CappedWriter(limit=5)
    >>> _ = out.write("hello, world")
    >>> out.text(), out.dropped
    ('hello', 7)
    """

    def __init__(self, limit: int = 2000) -> None:
        super().__init__()
        self.limit = limit
        self._parts: list[str] = []
        self._kept = 0
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        room = self.limit - self._kept
        if room > 0:
            self._parts.append(text[:room])
            self._kept += min(room, len(text))
        self.dropped += max(0, len(text) - max(room, 0))
        return len(text)

    def text(self) -> str:
        """What was kept, without a note about what was dropped.

        >>> CappedWriter().text()
        ''
        """
        return "".join(self._parts)

    def summary(self) -> str:
        """What was kept, plus a note of how much was dropped, if any.

        >>> out = CappedWriter(limit=2)
        >>> _ = out.write("abcd")
        >>> out.summary()
        'ab\\n... (2 more characters not shown)'
        """
        if not self.dropped:
            return self.text()
        return f"{self.text()}\n... ({self.dropped} more characters not shown)"

    def reset(self) -> None:
        """Forget everything written so far.

        >>> out = CappedWriter(); _ = out.write("x"); out.reset(); out.text()
        ''
        """
        self._parts.clear()
        self._kept = 0
        self.dropped = 0


def shorten(text: str, limit: int = 300) -> str:
    """``text`` cut to at most ``limit`` characters, with a note of how much was cut.

    >>> shorten("abcdefghij", 6)
    'abc...[7 more]'
    >>> shorten("short")
    'short'
    """
    if len(text) <= limit:
        return text
    keep = max(limit - 14, limit // 2)  # leave room for the note
    return f"{text[:keep]}...[{len(text) - keep} more]"
