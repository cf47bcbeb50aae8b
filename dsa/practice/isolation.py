"""Check a learner's file in a child process, with the parent keeping watch.

The child (:mod:`dsa.practice._child`) runs the tests and reports each event as a JSON line in a
temporary file, apart from anything the learner prints. The child's own timer stops ordinary slow
or looping code; the parent is the backstop for what a timer cannot interrupt (one long call into
C, a sleep, a crash). If the running test outlives its limit by far on the wall clock, the parent
kills the child, records a timeout and starts a fresh child for the remaining tests.

>>> from dsa.practice.problems import get_problem
>>> problem = get_problem("single-number")
>>> check_file(problem, problem.solution_path).status
'passed'
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dsa.practice.problems import Problem
from dsa.practice.runner import CheckResult, TestResult, overall_status

PROJECT_ROOT = Path(__file__).resolve().parents[2]
STARTUP_LIMIT = 30.0  # seconds for the child to import, load the file and the tests
# The child's limits count CPU time; on a busy machine wall-clock time runs faster, so the
# parent allows WALL_FACTOR times a test's limit, plus GRACE seconds, before it steps in.
WALL_FACTOR = 3.0
GRACE = 3.0
POLL = 0.02


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(PROJECT_ROOT),
                                                      env.get("PYTHONPATH")]))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONHASHSEED"] = "0"  # set and dict-of-str order repeat from run to run
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _read_events(path: Path, offset: int) -> tuple[list[dict[str, Any]], int]:
    """Complete JSON lines written after ``offset``, and the offset after them."""
    with open(path, "rb") as handle:
        handle.seek(offset)
        data = handle.read()
    end = data.rfind(b"\n") + 1
    events = [json.loads(line) for line in data[:end].splitlines() if line.strip()]
    return events, offset + end


def _tail(path: Path, limit: int = 1500) -> str:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    return text[-limit:].strip()


def _run_child(problem: Problem, path: Path, workdir: Path, only: list[str] | None,
               time_limit: float | None, starter_shortcut: bool, attempt: int
               ) -> tuple[list[dict[str, Any]], str]:
    """Run one child to its end or until the watch stops it; its events and a stop reason."""
    events_path = workdir / f"events-{attempt}.jsonl"
    stderr_path = workdir / f"stderr-{attempt}.txt"
    events_path.touch()
    command = [sys.executable, "-m", "dsa.practice._child", str(events_path),
               str(problem.folder), str(path)]
    if only is not None:
        command += ["--only", *only]
    if time_limit is not None:
        command += ["--time-limit", str(time_limit)]
    if not starter_shortcut:
        command.append("--no-starter-shortcut")
    events: list[dict[str, Any]] = []
    offset = 0
    deadline = time.monotonic() + STARTUP_LIMIT
    with open(stderr_path, "wb") as stderr:
        child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                 stderr=stderr, env=_child_env(), cwd=workdir)
        try:
            while True:
                finished = child.poll() is not None
                new, offset = _read_events(events_path, offset)
                for event in new:
                    events.append(event)
                    if event["event"] == "start":
                        deadline = time.monotonic() + WALL_FACTOR * event["cap"] + GRACE
                    elif event["event"] == "result":
                        deadline = time.monotonic() + STARTUP_LIMIT
                if finished:
                    break
                if time.monotonic() > deadline:
                    child.kill()
                    child.wait()
                    return events, "killed"
                time.sleep(POLL)
        except BaseException:
            child.kill()
            child.wait()
            raise
    if any(event["event"] == "done" for event in events):
        return events, "done"
    tail = _tail(stderr_path, 400)
    return events, (f"ended abruptly with exit code {child.returncode} (did the code call "
                    "os._exit, or crash Python?)" + (f": {tail}" if tail else ""))


def check_file(problem: Problem, learner_path: Path | str, *, time_limit: float | None = None,
               starter_shortcut: bool = True) -> CheckResult:
    """Check the file at ``learner_path`` against ``problem`` in a watched child process.

    The file is only read. Returns the same :class:`~dsa.practice.runner.CheckResult` as
    :func:`~dsa.practice.runner.run_tests`.
    """
    path = Path(learner_path).resolve()
    if not path.is_file():
        return CheckResult(problem.id, str(path), "error", f"no file at {path}")
    results: dict[str, TestResult] = {}
    order: list[str] | None = None
    only: list[str] | None = None
    with tempfile.TemporaryDirectory(prefix="dsa-practice-") as tmp:
        for attempt in range(100):
            known = len(results)
            events, stop = _run_child(problem, path, Path(tmp), only, time_limit,
                                      starter_shortcut and attempt == 0, attempt)
            running: dict[str, Any] | None = None
            for event in events:
                if event["event"] == "tests":
                    order = [test["name"] for test in event["tests"]]
                elif event["event"] == "start":
                    running = event
                elif event["event"] == "result":
                    results[event["result"]["name"]] = TestResult.from_dict(event["result"])
                    running = None
                elif event["event"] == "done" and order is None:
                    return CheckResult.from_dict(event["result"])  # stopped before any test
            if stop == "done":
                break
            if order is None:
                message = ("loading your file took too long (a long call at the top level?)"
                           if stop == "killed" else f"the checker's child process {stop}")
                return CheckResult(problem.id, str(path), "error", message)
            if running is not None:
                name, cap = running["name"], running["cap"]
                if stop == "killed":
                    results[name] = TestResult(
                        name, "timeout", f"took far longer than {cap:g} s and did not respond to "
                        "the time limit, so the checker stopped it (one very long call, such as "
                        "a huge sort or power, or a sleep?)", seconds=cap)
                else:
                    results[name] = TestResult(
                        name, "error", f"the process running your code {stop}")
            elif len(results) == known:  # died between tests: do not try again for ever
                return CheckResult(problem.id, str(path), "error",
                                   f"the checker's child process {stop}")
            only = [name for name in order if name not in results]
            if not only:
                break
    tests = [results[name] for name in order or [] if name in results]
    return CheckResult(problem.id, str(path), overall_status(tests), "", tests)
