"""A learner's progress: which problems were attempted or solved, and how many hints were shown.

It lives in ``.progress.json`` inside the workspace. Every save writes a temporary file and renames
it over the old one (``os.replace`` is atomic), so a crash mid-write never leaves half a file. A
file that cannot be read as progress is never silently dropped: it is renamed to
``.progress.json.bad`` and the learner is told.

>>> import tempfile
>>> with tempfile.TemporaryDirectory() as tmp:
...     progress = Progress.load(tmp)
...     progress.record_check("two-sum", passed=True)
...     progress.save()
...     Progress.load(tmp).entry("two-sum")["status"]
'solved'
"""

from __future__ import annotations

import json
import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

FILENAME = ".progress.json"
VERSION = 1
STATUSES = ("not-started", "attempted", "solved")


def _blank() -> dict[str, Any]:
    return {"status": "not-started", "hints": 0, "gave_up": False, "checks": 0,
            "last_checked": None}


class Progress:
    """Per-problem progress in one workspace; ``warning`` is set if a bad file was set aside.

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

        >>> import tempfile
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     _ = (Path(tmp) / FILENAME).write_text("{not json")
        ...     progress = Progress.load(tmp)
        ...     bad = Path(tmp) / ".progress.json.bad"
        ...     progress.warning.startswith("the progress file"), bad.exists()
        (True, True)
        """
        workspace = Path(workspace)
        path = workspace / FILENAME
        if not path.exists():
            return cls(workspace)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            problems = data["problems"]
            if not isinstance(problems, dict) or not all(
                    isinstance(entry, dict) for entry in problems.values()):
                raise ValueError("'problems' is not a mapping of id to entry")
        except (OSError, ValueError, KeyError, TypeError) as error:
            bad = path.with_name(FILENAME + ".bad")
            os.replace(path, bad)
            return cls(workspace, warning=(
                f"the progress file {path} could not be read ({error}); it was moved to {bad} "
                "and progress starts afresh"))
        return cls(workspace, {pid: {**_blank(), **entry} for pid, entry in problems.items()})

    def save(self) -> None:
        """Write the progress atomically (temporary file, then ``os.replace``)."""
        self.workspace.mkdir(parents=True, exist_ok=True)
        payload = json.dumps({"version": VERSION, "problems": self.problems}, indent=2,
                             sort_keys=True)
        handle, temp = tempfile.mkstemp(dir=self.workspace, prefix=".progress.", suffix=".tmp")
        try:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temp, 0o666 & ~umask)  # mkstemp makes it private; a plain file is not
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(payload + "\n")
            os.replace(temp, self.path)
        except BaseException:
            Path(temp).unlink(missing_ok=True)
            raise

    def entry(self, problem_id: str) -> dict[str, Any]:
        """The progress for one problem (a fresh blank entry if it was never touched)."""
        return self.problems.get(problem_id, _blank())

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
