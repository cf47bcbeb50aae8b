"""``watch``: recheck a problem every time its file is saved, and take one-key commands.

Two things happen at once: the attempt file may change, and the learner may press a key. Neither
needs a thread or a new dependency. The loop waits for input for a short while
(:data:`POLL` seconds, with :func:`select.select` on Linux and macOS), then compares the file's
modification time, size and inode with what it saw last; a difference means a save, and the check
runs again. Editors that save by writing a new file and renaming it change the inode, so they are
seen too.

On a terminal the keys act at once (the terminal is put in "cbreak" mode and restored on the way
out, whatever happens); from a pipe or a file, each line is a command (``n``, ``next``, ``h``,
``q``...), and the end of input quits, so a script can drive a watch. Windows, where ``select``
does not work on consoles and pipes, reads input in a background thread instead.

>>> keys = LineCommands()
>>> keys.parse(b"next\\nh\\n"), keys.parse(b"")
(['n', 'h'], None)
"""

from __future__ import annotations

import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

POLL = 0.25  # seconds between looks at the file: quick enough to feel instant, cheap on CPU
SETTLE = 0.1  # an editor may write a file in several steps; wait this long before checking
KEYS = {"n": "next problem", "h": "hint", "r": "check again", "q": "quit"}


class LineCommands:
    """Turns raw input into one-letter commands; ``None`` means the input has ended."""

    single_keys = False

    def parse(self, data: bytes) -> list[str] | None:
        if not data:
            return None
        text = data.decode("utf-8", errors="replace")
        if self.single_keys:
            return [char.lower() for char in text if not char.isspace()]
        return [word[0].lower() for word in text.split()]


class Keyboard(LineCommands):
    """Commands from standard input: single keys on a terminal, lines otherwise.

    Use it as a context manager: on a terminal it switches to cbreak mode and restores it.
    """

    def __init__(self, fd: int | None = None) -> None:
        self.fd = sys.stdin.fileno() if fd is None else fd
        self.single_keys = os.isatty(self.fd)
        self._saved: list | None = None
        self._queue: queue.Queue[bytes] | None = None

    def __enter__(self) -> Keyboard:
        if self.single_keys and os.name == "posix":
            import termios
            import tty

            self._saved = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)  # keys arrive at once; Ctrl-C still interrupts
        if os.name != "posix":
            self._queue = queue.Queue()
            threading.Thread(target=self._pump, daemon=True).start()
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._saved is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self._saved)

    def _pump(self) -> None:  # Windows only: a blocking reader feeding the queue
        assert self._queue is not None
        while True:
            data = self._read_windows()
            self._queue.put(data)
            if not data:
                return

    def _read_windows(self) -> bytes:
        if self.single_keys:
            import msvcrt

            return msvcrt.getwch().encode("utf-8")
        return os.read(self.fd, 1024)

    def read(self, timeout: float) -> list[str] | None:
        """Commands typed within ``timeout`` seconds ([] if none); ``None`` once input ended."""
        if self._queue is not None:
            try:
                return self.parse(self._queue.get(timeout=timeout))
            except queue.Empty:
                return []
        import select

        ready, _, _ = select.select([self.fd], [], [], timeout)
        return self.parse(os.read(self.fd, 1024)) if ready else []


def file_stamp(path: Path) -> tuple[int, int, int] | None:
    """What changes when a file is saved: modification time, size and inode; ``None`` if absent.

    >>> file_stamp(Path("no/such/file")) is None
    True
    """
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size, info.st_ino


@dataclass
class Watcher:
    """The watch loop; the command line supplies what each step does.

    ``check(problem)`` runs and prints a check and says whether it passed; ``hint(problem)``
    prints the next hint; ``advance(problem)`` returns the next problem to watch (started) or
    ``None`` when none is left; ``path(problem)`` is the file to watch.
    """

    check: Callable[[str], bool]
    hint: Callable[[str], None]
    advance: Callable[[str], str | None]
    path: Callable[[str], Path]
    say: Callable[[str], None] = print

    def run(self, problem: str, keys: Keyboard) -> int:
        """Watch ``problem`` until the learner quits or input ends; the exit status (0)."""
        seen: tuple[int, int, int] | str | None = "unseen"
        self._greet(problem, keys)
        while True:
            stamp = file_stamp(self.path(problem))
            if stamp != seen:
                time.sleep(SETTLE)
                seen = file_stamp(self.path(problem))
                self._react(problem, seen)
            commands = keys.read(POLL)
            if commands is None:
                self.say("Input ended; stopped watching.")
                return 0
            for command in commands:
                if command == "q":
                    self.say("Stopped watching.")
                    return 0
                problem, recheck = self._command(problem, command, keys)
                if recheck:
                    seen = "unseen"

    def _greet(self, problem: str, keys: Keyboard) -> None:
        how = "Keys" if keys.single_keys else "Commands, one per line"
        options = ", ".join(f"{key} = {what}" for key, what in KEYS.items())
        self.say(f"Watching {self.path(problem)} ({problem}); it is checked on every save. "
                 f"{how}: {options}.")

    def _react(self, problem: str, stamp: tuple[int, int, int] | None) -> None:
        if stamp is None:
            self.say(f"{self.path(problem)} is missing; restore it (or reset the problem) and "
                     "the watch goes on.")
            return
        if self.check(problem):
            self.say("Solved! n = next problem, q = quit.")
        else:
            self.say("Edit the file and save it to check again. h = hint, n = skip to the next "
                     "problem, q = quit.")

    def _command(self, problem: str, command: str, keys: Keyboard) -> tuple[str, bool]:
        """Carry out one command; the problem to watch next and whether to check it now."""
        if command == "h":
            self.hint(problem)
            return problem, False
        if command == "r":
            return problem, True
        if command == "n":
            following = self.advance(problem)
            if following is None:
                self.say("Every other problem is solved or given up: nothing to move on to.")
                return problem, False
            self._greet(following, keys)
            return following, True
        self.say("Commands: " + ", ".join(f"{key} = {what}" for key, what in KEYS.items()))
        return problem, False
