"""A learner's progress: which problems were attempted or solved, and how many hints were shown.

It lives in ``.progress.json`` inside the workspace, and three rules keep it from being lost:

- **Every change is a read-modify-write under a lock.** A check takes seconds; a learner may ask
  for a hint in another terminal meanwhile. If the check saved the progress it had read before it
  ran, that hint would vanish. So nothing holds progress across a check: each update
  (:meth:`Progress.update`) locks ``.progress.lock``, reads the file, changes it and writes it back
  while still holding the lock. The lock is ``fcntl.flock`` on Linux and macOS and
  ``msvcrt.locking`` on Windows; where neither works (some network file systems) the update goes
  ahead unlocked rather than refusing.
- **Every write is atomic.** A temporary file is renamed over the old one (``os.replace``), so a
  crash mid-write never leaves half a file.
- **The last good copy is kept.** Each save also writes ``.progress.json.bak``. A file that cannot
  be read as progress is moved to ``.progress.json.bad`` and the backup takes its place; the
  learner is told in one line (:attr:`Progress.warning`).

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     _ = record_check(tmp, "two-sum", passed=True)
...     Progress.load(tmp).entry("two-sum")["status"]
'solved'
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

FILENAME = ".progress.json"
BACKUP = FILENAME + ".bak"
DAMAGED = FILENAME + ".bad"
LOCKNAME = ".progress.lock"
VERSION = 1
STATUSES = ("not-started", "attempted", "solved")


def _blank() -> dict[str, Any]:
    return {"status": "not-started", "hints": 0, "gave_up": False, "checks": 0,
            "last_checked": None}


try:  # POSIX
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)

except ImportError:  # pragma: no cover - Windows
    try:
        import msvcrt

        def _lock(handle: IO[bytes]) -> None:
            handle.seek(0)
            while True:  # LK_LOCK gives up after ten one-second tries; keep waiting
                with contextlib.suppress(OSError):
                    msvcrt.locking(handle.fileno(), msvcrt.LK_LOCK, 1)
                    return

        def _unlock(handle: IO[bytes]) -> None:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

    except ImportError:
        def _lock(handle: IO[bytes]) -> None:
            raise OSError("no file locking on this system")

        def _unlock(handle: IO[bytes]) -> None:
            pass


@contextlib.contextmanager
def locked(workspace: Path | str) -> Iterator[None]:
    """Hold the workspace's progress lock (creating the workspace folder if needed).

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp, locked(tmp):
    ...     (Path(tmp) / LOCKNAME).exists()
    True
    """
    workspace = Path(workspace)
    workspace.mkdir(parents=True, exist_ok=True)
    with open(workspace / LOCKNAME, "a+b") as handle:
        try:
            _lock(handle)
        except OSError:  # a file system without locks: carry on, as before locks existed
            yield
            return
        try:
            yield
        finally:
            _unlock(handle)


class _Unreadable(ValueError):
    """A progress file that exists but does not hold progress."""


def _read(path: Path) -> dict[str, dict[str, Any]]:
    """The ``problems`` mapping in the progress file at ``path``; :class:`_Unreadable` if bad."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        problems = data["problems"]
        if not isinstance(problems, dict) or not all(
                isinstance(entry, dict) for entry in problems.values()):
            raise ValueError("'problems' is not a mapping of id to entry")
        entries = {pid: {**_blank(), **entry} for pid, entry in problems.items()}
        for pid, entry in entries.items():
            _check_entry(pid, entry)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise _Unreadable(str(error) or type(error).__name__) from None
    return entries


def _check_entry(pid: str, entry: dict[str, Any]) -> None:
    """Raise ``ValueError`` naming the first field of ``entry`` the commands could not use.

    >>> _check_entry("two-sum", {**_blank(), "status": "done"})
    Traceback (most recent call last):
    ...
    ValueError: two-sum: status 'done' is not one of not-started, attempted, solved
    """
    if entry["status"] not in STATUSES:
        raise ValueError(f"{pid}: status {entry['status']!r} is not one of {', '.join(STATUSES)}")
    for count in ("hints", "checks"):
        value = entry[count]
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"{pid}: {count} {value!r} is not a whole number")
    if not isinstance(entry["gave_up"], bool):
        raise ValueError(f"{pid}: gave_up {entry['gave_up']!r} is not true or false")
    if entry["last_checked"] is not None and not isinstance(entry["last_checked"], str):
        raise ValueError(f"{pid}: last_checked {entry['last_checked']!r} is not a time")


def _write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and ``os.replace``."""
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=".progress.", suffix=".tmp")
    try:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a plain file is not
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


class Progress:
    """Per-problem progress in one workspace; ``warning`` says if a damaged file was replaced.

    Read it with :meth:`load`; change it only inside :meth:`update`, which holds the lock.

    >>> Progress(Path("nowhere")).entry("two-sum")["status"]
    'not-started'
    """

    def __init__(self, workspace: Path, problems: dict[str, dict[str, Any]] | None = None,
                 warning: str = "") -> None:
        self.workspace = Path(workspace)
        self.problems = problems or {}
        self.warning = warning

    @property
    def path(self) -> Path:
        return self.workspace / FILENAME

    @classmethod
    def load(cls, workspace: Path | str) -> Progress:
        """Read the workspace's progress; a missing file is empty progress.

        A damaged file is repaired (under the lock) from the backup, see :meth:`_repair`.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     _ = (Path(tmp) / FILENAME).write_text("{not json")
        ...     progress = Progress.load(tmp)
        ...     progress.warning.startswith("the progress file"), (Path(tmp) / DAMAGED).exists()
        (True, True)
        """
        workspace = Path(workspace)
        path = workspace / FILENAME
        if not path.exists():
            return cls(workspace)
        with contextlib.suppress(_Unreadable):
            return cls(workspace, _read(path))
        with locked(workspace):
            return cls._load_holding_lock(workspace)

    @classmethod
    def _load_holding_lock(cls, workspace: Path) -> Progress:
        path = workspace / FILENAME
        if not path.exists():
            return cls(workspace)
        try:
            return cls(workspace, _read(path))
        except _Unreadable as error:
            return cls._repair(workspace, str(error))

    @classmethod
    def _repair(cls, workspace: Path, reason: str) -> Progress:
        """Set the damaged file aside and restore the backup, if the backup is good."""
        path, backup, damaged = (workspace / name for name in (FILENAME, BACKUP, DAMAGED))
        os.replace(path, damaged)
        told = f"the progress file {path} could not be read ({reason}); it was moved to {damaged}"
        try:
            problems = _read(backup)
        except _Unreadable:
            return cls(workspace, warning=f"{told} and, with no good backup, progress starts "
                                          "afresh")
        _write_atomic(path, backup.read_text(encoding="utf-8"))
        return cls(workspace, problems, warning=f"{told} and the last good copy ({backup.name}) "
                                                "was restored")

    @classmethod
    @contextlib.contextmanager
    def update(cls, workspace: Path | str) -> Iterator[Progress]:
        """Lock, read, let the caller change the progress, save, unlock.

        Nothing is saved if the block raises.

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     with Progress.update(tmp) as progress:
        ...         progress.record_start("two-sum")
        ...     Progress.load(tmp).entry("two-sum")["status"]
        'attempted'
        """
        workspace = Path(workspace)
        with locked(workspace):
            progress = cls._load_holding_lock(workspace)
            yield progress
            progress.save()

    def save(self) -> None:
        """Write the progress atomically, then the same text as the backup.

        Call it only while holding the lock (inside :meth:`update`), or progress made by another
        process meanwhile is overwritten.
        """
        self.workspace.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": VERSION, "problems": self.problems}, indent=2,
                             sort_keys=True) + "\n"
        _write_atomic(self.path, payload)
        _write_atomic(self.workspace / BACKUP, payload)

    def entry(self, problem_id: str) -> dict[str, Any]:
        """The progress for one problem (a fresh blank entry if it was never touched)."""
        return self.problems.get(problem_id, _blank())

    def touched(self, problem_id: str) -> bool:
        """Whether the learner did anything on the problem: started, checked, hints, gave up.

        >>> p = Progress(Path("nowhere"))
        >>> _ = p.reveal_hint("two-sum", 3)
        >>> p.touched("two-sum"), p.touched("single-number")
        (True, False)
        """
        entry = self.entry(problem_id)
        return entry["status"] != "not-started" or bool(entry["hints"] or entry["gave_up"])

    def _edit(self, problem_id: str) -> dict[str, Any]:
        return self.problems.setdefault(problem_id, _blank())

    def record_start(self, problem_id: str) -> None:
        entry = self._edit(problem_id)
        if entry["status"] == "not-started":
            entry["status"] = "attempted"

    def record_check(self, problem_id: str, *, passed: bool) -> None:
        """Count a check; a pass marks the problem solved (and it stays solved)."""
        entry = self._edit(problem_id)
        entry["checks"] += 1
        entry["last_checked"] = datetime.now(UTC).isoformat(timespec="seconds")
        if passed:
            entry["status"] = "solved"
        elif entry["status"] == "not-started":
            entry["status"] = "attempted"

    def reveal_hint(self, problem_id: str, available: int) -> int:
        """Show one more hint (up to ``available``); returns how many are now shown.

        >>> p = Progress(Path("nowhere"))
        >>> [p.reveal_hint("two-sum", 2) for _ in range(3)]
        [1, 2, 2]
        """
        entry = self._edit(problem_id)
        entry["hints"] = min(entry["hints"] + 1, available)
        return entry["hints"]

    def record_give_up(self, problem_id: str) -> None:
        self._edit(problem_id)["gave_up"] = True


def record_check(workspace: Path | str, problem_id: str, *, passed: bool,
                 counts_as_solved: bool = True) -> str:
    """Record a check's result under the lock; returns a warning for the learner ('' if none).

    ``counts_as_solved=False`` (a check under weaker limits than the problem's, or of a file other
    than the attempt) records nothing: the caller tells the learner why.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     _ = record_check(tmp, "two-sum", passed=True, counts_as_solved=False)
    ...     Progress.load(tmp).entry("two-sum")["status"]
    'not-started'
    """
    if not counts_as_solved:
        return ""
    with Progress.update(workspace) as progress:
        progress.record_check(problem_id, passed=passed)
    return progress.warning
