"""The limits a check puts on learner code, and how the checker measures what the code used.

The learner's code runs in a child process (:mod:`practice._child`) that sets its own caps at
start-up, before any learner code runs: a memory cap (``RLIMIT_AS``), a file-size cap on what it
may write (``RLIMIT_FSIZE``; printed output goes to a file and counts too) and, as a last
backstop, a CPU cap for the whole check (``RLIMIT_CPU``). The per-test CPU limit is enforced by
the checker's own process, which reads the child's CPU time from the kernel (``/proc`` on Linux,
``ps`` elsewhere): CPU time, not wall-clock time, so a busy machine does not change a verdict.
Code that makes no progress at all (a sleep, a wait) is stopped by one wall-clock budget for the
whole check.

On Windows there is no ``resource`` module: checks then run without caps, and say so once.

>>> Limits().describe("memory")
'memory limit 1 GiB reached'
>>> size_text(10 * 2**20)
'10 MiB'
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

HAVE_RLIMITS = resource is not None
NO_LIMITS_NOTICE = ("note: this system has no resource limits (Windows?): your code runs "
                    "without memory, output or time caps")
CLOCK_TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


@dataclass(frozen=True)
class Limits:
    """What a check allows: ``cpu`` seconds per test (per example for a property test, which
    gets ``property_factor`` times it in all), ``memory`` and ``output`` bytes, and ``wall``
    seconds without progress in the whole check.

    >>> Limits(cpu=2).describe("cpu")
    'CPU time limit 2 s per test reached (an infinite loop, or too slow?)'
    """

    cpu: float = 2.0
    memory: int = 2**30
    output: int = 10 * 2**20
    wall: float = 25.0
    property_factor: float = 15.0

    def describe(self, kind: str) -> str:
        """The verdict's words for the limit ``kind`` (cpu, memory, output, wall)."""
        return {
            "cpu": f"CPU time limit {self.cpu:g} s per test reached (an infinite loop, or too "
                   "slow?)",
            "memory": f"memory limit {size_text(self.memory)} reached",
            "output": f"output limit {size_text(self.output)} reached (printing in a loop?)",
            "wall": f"no progress for {self.wall:g} s (sleeping or waiting?)",
        }[kind]


def size_text(size: int) -> str:
    """A byte count in the largest binary unit that divides it, or in bytes.

    >>> size_text(2**30), size_text(1500)
    ('1 GiB', '1500 bytes')
    """
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if size >= scale and size % scale == 0:
            return f"{size // scale} {unit}"
    return f"{size} bytes"


def parse_size(text: str) -> int:
    """Bytes from ``512M``, ``1G``, ``64k`` or a plain number; ``ValueError`` otherwise.

    >>> parse_size("512M"), parse_size("1g"), parse_size("4096")
    (536870912, 1073741824, 4096)
    """
    scales = {"k": 2**10, "m": 2**20, "g": 2**30}
    text = text.strip().lower().removesuffix("ib").removesuffix("b")
    scale = scales.get(text[-1:], 1)
    number = float(text[:-1] if text[-1:] in scales else text)
    if number <= 0:
        raise ValueError(f"a size must be positive, got {text!r}")
    return int(number * scale)


def apply_child_limits(memory: int, output: int, cpu_total: float) -> None:
    """Cap this process (the child, before it runs learner code); a no-op without ``resource``."""
    if resource is None:
        return
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_FSIZE, output),
                         (resource.RLIMIT_CPU, max(1, int(cpu_total) + 1))):
        _, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        try:
            resource.setrlimit(which, (value, hard))
        except (ValueError, OSError):  # e.g. macOS refuses some RLIMIT_AS values
            pass


def cpu_seconds(pid: int) -> float | None:
    """CPU seconds (user + system) used so far by process ``pid``, or ``None`` if unknown.

    >>> cpu_seconds(os.getpid()) is None or cpu_seconds(os.getpid()) >= 0
    True
    """
    try:  # Linux: nanoseconds on the CPU, as the scheduler counts them
        with open(f"/proc/{pid}/schedstat", "rb") as handle:
            nanoseconds = int(handle.read().split()[0])
        if nanoseconds:  # 0 where the kernel does not keep these statistics
            return nanoseconds / 1e9
    except (OSError, IndexError, ValueError):
        pass
    try:  # Linux without schedstat: clock ticks of user and system time
        with open(f"/proc/{pid}/stat", "rb") as handle:
            fields = handle.read().rsplit(b")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        pass
    if sys.platform == "win32":
        return None
    import subprocess  # here, not at the top: the learner's process imports this module too

    try:  # macOS and other systems without /proc
        text = subprocess.run(["ps", "-o", "time=", "-p", str(pid)], capture_output=True,
                              text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    return _clock_text_seconds(text)


def waiting_to_run(pid: int) -> bool:
    """Whether process ``pid`` is ready to run and only waiting for a CPU (Linux; else False).

    A process starved by a busy machine is making progress as far as it can; one that sleeps
    or waits is not.

    >>> waiting_to_run(os.getpid()) in (True, False)
    True
    """
    try:
        with open(f"/proc/{pid}/stat", "rb") as handle:
            return handle.read().rsplit(b")", 1)[1].split()[0] == b"R"
    except (OSError, IndexError):
        return False


def _clock_text_seconds(text: str) -> float | None:
    """Seconds in ``ps``'s ``[[dd-]hh:]mm:ss.cc`` format.

    >>> _clock_text_seconds("1:02.50"), _clock_text_seconds("1-00:00:01"), _clock_text_seconds("")
    (62.5, 86401.0, None)
    """
    if not text:
        return None
    days, _, rest = text.rpartition("-")
    seconds = 0.0
    for part in rest.split(":"):
        seconds = seconds * 60 + float(part)
    return seconds + 86400 * int(days or 0)


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
