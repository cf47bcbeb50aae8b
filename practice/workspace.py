"""The learner's workspace: where it is, what is in it, and the commands that refer to it.

A workspace is a folder holding one attempt file per started problem (``two_sum.py``), the
progress file and a marker file, ``.dsa-practice-workspace``. The tool finds it the way git finds
its repository, so a learner can run commands from inside it or any folder below it:

1. ``--workspace DIR`` if given;
2. else the environment variable ``DSA_PRACTICE_WORKSPACE``;
3. else the nearest folder, going up from the current one, that holds the marker (or a progress
   file, as workspaces made before the marker existed do);
4. else ``./practice-workspace``, created by the first command that writes (and found by rule 3
   from inside it afterwards).

A follow-up command the tool prints repeats ``--workspace DIR`` when the learner gave one, so it
can be pasted as it is (:meth:`Workspace.command`).

>>> ws = Workspace(Path("/tmp/ws"), given=True)
>>> ws.command("check", "two-sum")
'python -m dsa.practice check two-sum --workspace /tmp/ws'
"""

from __future__ import annotations

import os
import shlex
import shutil
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from practice.problems import Problem, path_key
from practice.progress import FILENAME

MARKER = ".dsa-practice-workspace"
ENV = "DSA_PRACTICE_WORKSPACE"
DEFAULT = "practice-workspace"
BACKUPS = ".backups"
PROG = "python -m dsa.practice"

_MARKER_TEXT = ("This folder is a practice workspace: your attempts and progress live here.\n"
                "`python -m dsa.practice`, `python -m ml.exercises` and `python -m "
                "biology.exercises` find it from here and from any folder below.\n")


@dataclass(frozen=True)
class Workspace:
    """A workspace folder; ``given`` says the learner named it with ``--workspace``."""

    root: Path
    given: bool = False
    prog: str = PROG  # the entry point the learner used, for the commands printed back

    def attempt(self, problem: Problem) -> Path:
        """The learner's file for ``problem``."""
        return self.root / f"{problem.slug}.py"

    def command(self, *words: str) -> str:
        """A command line of this entry point, with ``--workspace`` if it was given."""
        parts = [self.prog, *words]
        if self.given:
            parts += ["--workspace", shlex.quote(str(self.root))]
        return " ".join(parts)

    def create(self) -> None:
        """Make the folder and its marker (both are kept if they exist)."""
        self.root.mkdir(parents=True, exist_ok=True)
        marker = self.root / MARKER
        if not marker.exists():
            marker.write_text(_MARKER_TEXT, encoding="utf-8")


def _holds_workspace(folder: Path) -> bool:
    return (folder / MARKER).is_file() or (folder / FILENAME).is_file()


def find_workspace(option: str | None = None, environ: Mapping[str, str] | None = None,
                   cwd: Path | None = None) -> Workspace:
    """The workspace to use, by the rules in the module docstring.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     root = Path(tmp).resolve()
    ...     Workspace(root / "mine").create()
    ...     (root / "mine" / "notes").mkdir()
    ...     found = find_workspace(environ={}, cwd=root / "mine" / "notes")
    ...     found.root == root / "mine", found.given
    (True, False)
    """
    environ = os.environ if environ is None else environ
    if option:
        return Workspace(Path(option).expanduser().resolve(), given=True)
    if environ.get(ENV):
        return Workspace(Path(environ[ENV]).expanduser().resolve())
    here = (cwd or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if _holds_workspace(folder):
            return Workspace(folder)
    return Workspace(here / DEFAULT)


def curriculum(problems: list[Problem]) -> list[Problem]:
    """``problems`` in teaching order (:func:`practice.problems.path_key`): section, then pattern
    (each builds on the ones before), then an exercise's place on the path, or easy before medium
    before hard, then id.

    >>> from practice.problems import all_problems
    >>> order = curriculum(all_problems(section="dsa"))
    >>> order[0].pattern, order[0].difficulty
    ('arrays-hashing', 'easy')
    """
    return sorted(problems, key=path_key)


def backup_attempt(workspace: Workspace, problem: Problem) -> Path:
    """Move the attempt into ``.backups/`` under a new time-stamped name; return that path.

    >>> import tempfile
    >>> from practice.problems import get_problem
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     ws = Workspace(Path(tmp))
    ...     _ = ws.attempt(get_problem("two-sum")).write_text("mine")
    ...     saved = backup_attempt(ws, get_problem("two-sum"))
    ...     saved.parent.name, saved.read_text(), ws.attempt(get_problem("two-sum")).exists()
    ('.backups', 'mine', False)
    """
    folder = workspace.root / BACKUPS
    folder.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    number = 0
    while True:  # never overwrite an earlier backup, even one made in the same second
        suffix = f"-{number}" if number else ""
        target = folder / f"{problem.slug}.{stamp}{suffix}.py"
        if not target.exists():
            break
        number += 1
    os.replace(workspace.attempt(problem), target)
    return target


def copy_starter(workspace: Workspace, problem: Problem) -> bool:
    """Copy the starter to the attempt file unless one exists; whether it was copied."""
    target = workspace.attempt(problem)
    if target.exists():
        return False
    workspace.create()
    shutil.copyfile(problem.starter_path, target)
    return True


def editor_command(environ: Mapping[str, str] | None = None) -> list[str] | None:
    """The editor command from ``$VISUAL``, else ``$EDITOR``, split into words; ``None`` if unset.

    >>> editor_command({"EDITOR": "code --wait"})
    ['code', '--wait']
    >>> editor_command({}) is None
    True
    """
    environ = os.environ if environ is None else environ
    for name in ("VISUAL", "EDITOR"):
        value = environ.get(name, "").strip()
        if value:
            return shlex.split(value, posix=os.name != "nt")
    return None
