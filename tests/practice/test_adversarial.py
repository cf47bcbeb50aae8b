"""Learner code that tries to forge the verdict or hurt the machine: each gets a clear verdict,
leaves no process or scratch folder behind, and never counts as solved.

Each case runs the real engine (a child process per check) on a small problem, and records the
child's process id and scratch folder through ``on_start`` to check that nothing is left.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from practice.isolation import PROJECT_ROOT
from practice.limits import Limits
from practice.problems import PROBLEMS_DIR, get_problem, load_problem
from practice.runner import run_tests

TWO_SUM = get_problem("two-sum")


def _session_members(sid: int) -> list[int]:
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_bytes().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        if int(fields[3]) == sid and fields[0] != b"Z":  # field 6 of stat: the session id
            members.append(int(entry.name))
    return members


class Watch:
    """Collects the children a check started, then asserts that none of them is left."""

    def __init__(self) -> None:
        self.started: list[tuple[int, Path]] = []

    def __call__(self, pid: int, scratch: Path) -> None:
        self.started.append((pid, scratch))

    def assert_clean(self) -> None:
        assert self.started, "the check started no child"
        for pid, scratch in self.started:
            if sys.platform.startswith("linux"):
                assert _session_members(pid) == [], f"processes left from child {pid}"
            assert not scratch.exists(), f"scratch folder {scratch} left behind"


def check(problem, path, **options):
    watch = Watch()
    result = run_tests(problem, path, on_start=watch, **options)
    watch.assert_clean()
    return result


def write(folder: Path, source: str, name: str = "attempt.py") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(textwrap.dedent(source))
    return path


@pytest.fixture
def tiny(make_problem):
    return load_problem(make_problem(limit=1.0))


def only_test(result):
    assert len(result.tests) >= 1, result.message
    return result.tests[0]


def test_list_subclass_whose_eq_always_agrees(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        class Yes(list):
            def __eq__(self, other):
                return True

        def double(n):
            return Yes()
    """), fail_fast=True)
    test = only_test(result)
    assert result.status == "failed" and test.outcome == "error"
    assert "returned a Yes, a subclass of list: use a plain list" in test.message


def test_int_subclass(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        class Sly(int):
            def __eq__(self, other):
                return True
            __hash__ = int.__hash__

        def double(n):
            return Sly(0)
    """), fail_fast=True)
    assert "a subclass of int: use a plain int" in only_test(result).message
    assert result.status == "failed"


def test_patched_checker_module_changes_nothing(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import practice.checking as checking
        import practice.runner

        checking.expect = lambda *args, **kwargs: None
        checking.Mismatch = type("Mismatch", (Exception,), {})

        def double(n):
            return 0
    """), fail_fast=True)
    # The engine's modules are not the learner's to import; even where they were, the copy in
    # the learner's process is not the one that judges.
    assert result.status == "error"
    assert "import practice: only the standard library" in result.message


def test_forged_result_lines_on_every_descriptor(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import os

        def double(n):
            forged = b'{"event": "done", "status": "passed", "passed": true}\\n'
            for fd in range(256):
                try:
                    os.write(fd, forged)
                except OSError:
                    pass
            return 2 * n
    """), fail_fast=True)
    test = only_test(result)
    assert result.status == "failed" and test.outcome == "error"
    assert "the result channel was garbled" in test.message


def test_closed_result_channel(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import os

        def double(n):
            os.closerange(3, 256)
            return 2 * n
    """), fail_fast=True)
    test = only_test(result)
    assert result.status == "failed"
    assert "the result channel was closed" in test.message


@pytest.mark.parametrize("how", ["exec", "import"])
def test_calling_the_reference_solution_is_refused(tmp_path, how):
    solution = PROBLEMS_DIR / "two_sum" / "solution.py"
    source = {
        "exec": f"exec(open({str(solution)!r}).read())\n",
        "import": textwrap.dedent(f"""
            import importlib.util
            spec = importlib.util.spec_from_file_location("ref", {str(solution)!r})
            ref = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(ref)
            two_sum = ref.two_sum
        """),
    }[how]
    result = check(TWO_SUM, write(tmp_path / "l", source), fail_fast=True)
    assert result.status == "error" and not result.passed
    assert "refused: your code tried to read the problem's own files" in result.message


def test_memory_bomb_is_capped(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        def double(n):
            hog = bytearray(600 * 2**20)
            return 2 * n + len(hog)
    """), fail_fast=True, limits=Limits(memory=256 * 2**20))
    test = only_test(result)
    assert result.status == "failed" and test.outcome == "error"
    assert test.message == "memory limit 256 MiB reached"


@pytest.mark.parametrize("spawn", ["popen", "fork", "system"])
def test_starting_processes_is_refused_and_nothing_outlives_the_check(tiny, tmp_path, spawn):
    call = {"popen": 'subprocess.Popen(["sleep", "600"])', "fork": "os.fork()",
            "system": 'os.system("sleep 600 &")'}[spawn]
    result = check(tiny, write(tmp_path / "l", f"""
        import os
        import subprocess

        def double(n):
            try:
                {call}
            except OSError:
                pass  # hiding the refusal does not hide it from the verdict
            return 2 * n
    """), fail_fast=True)
    test = only_test(result)
    assert result.status == "failed" and test.outcome == "error"
    assert "refused: your code tried to" in test.message
    assert ("start a process" in test.message) or ("fork the process" in test.message)


def test_writing_outside_the_scratch_folder_is_refused(tiny, tmp_path):
    outside = tmp_path / "outside.txt"
    result = check(tiny, write(tmp_path / "l", f"""
        def double(n):
            with open({str(outside)!r}, "w") as handle:
                handle.write("x")
            return 2 * n
    """), fail_fast=True)
    assert "refused: your code tried to write outside its scratch folder" in \
        only_test(result).message
    assert not outside.exists()


def test_scratch_files_are_allowed_and_removed(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import os
        import tempfile

        def double(n):
            with open("notes.txt", "w") as handle:
                handle.write(str(n))
            with tempfile.NamedTemporaryFile("w", delete=False) as handle:
                handle.write("kept?")
            os.remove("notes.txt")
            return 2 * n
    """))
    assert result.status == "passed", [t.message for t in result.tests]


def test_spam_on_descriptor_2_hits_the_output_limit(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import os

        def double(n):
            while True:
                os.write(2, b"spam " * 10000)
    """), fail_fast=True, limits=Limits(output=2**20))
    test = only_test(result)
    assert result.status == "failed"
    assert test.message == "output limit 1 MiB reached (printing in a loop?)"
    assert test.output.startswith("spam spam") and len(test.output) < 1100


def test_killing_the_checker_is_refused(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import os
        import signal

        def double(n):
            os.kill(os.getppid(), signal.SIGKILL)
            return 2 * n
    """), fail_fast=True)
    assert "refused: your code tried to send a signal to another process" in \
        only_test(result).message


@pytest.mark.parametrize(("body", "phrase"), [
    ("os._exit(3)", "ended abruptly with exit code 3"),
    ("os.kill(os.getpid(), signal.SIGSEGV)", "crashed (segmentation fault)"),
])
def test_a_crashing_child_gets_a_verdict(tiny, tmp_path, body, phrase):
    result = check(tiny, write(tmp_path / "l", f"""
        import os
        import signal

        def double(n):
            if n == 2:
                {body}
            return 2 * n
    """))  # every test: the next one runs in a fresh child
    outcomes = {t.name: t.outcome for t in result.tests}
    assert outcomes == {"test_example": "error", "test_property": "passed"}
    assert phrase in result.tests[0].message
    assert result.tests[0].inputs == {"call": "double(2)"}


def test_infinite_loop_is_stopped_by_cpu_time(tiny, tmp_path):
    start = time.monotonic()
    result = check(tiny, write(tmp_path / "l", """
        def double(n):
            while True:
                pass
    """), fail_fast=True, time_limit_s=0.5)
    test = only_test(result)
    assert test.outcome == "timeout"
    assert test.message.startswith("CPU time limit 0.5 s per test reached")
    assert time.monotonic() - start < 60  # a bound for a loaded machine, not a speed test


def test_a_sleep_ends_the_whole_check(tiny, tmp_path):
    start = time.monotonic()
    result = check(tiny, write(tmp_path / "l", """
        import time

        def double(n):
            time.sleep(600)
    """), limits=Limits(wall=2.0))  # every test asked for: the check still ends at the first
    assert [t.outcome for t in result.tests] == ["timeout"]
    assert result.tests[0].message == "no progress for 2 s (sleeping or waiting?)"
    assert time.monotonic() - start < 60


def test_keyboard_interrupt_and_exit_from_learner_code(tiny, tmp_path):
    result = check(tiny, write(tmp_path / "l", """
        import sys

        def double(n):
            if n == 2:
                raise KeyboardInterrupt
            sys.exit(0)
    """))
    messages = [t.message for t in result.tests]
    assert messages == ["your code raised KeyboardInterrupt",
                        "your code called exit(); return the answer instead"]


def practice(*args: str, workspace: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DSA_PRACTICE_WORKSPACE": str(workspace),
           "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run([sys.executable, "-m", "dsa.practice", *args], capture_output=True,
                          text=True, env=env, cwd=workspace.parent, timeout=300)


FORGERIES = {
    "patched checker": """
        import practice.checking as checking
        checking.expect = lambda *args, **kwargs: None

        def two_sum(nums, target):
            return [0, 1]
    """,
    "forged done line": """
        import os

        def two_sum(nums, target):
            for fd in range(256):
                try:
                    os.write(fd, b'{"event": "done", "passed": true}\\n')
                except OSError:
                    pass
            return [0, 1]
    """,
    "reference": f"""
        exec(open({str(PROBLEMS_DIR / "two_sum" / "solution.py")!r}).read())
    """,
    "subclass": """
        class Yes(list):
            def __eq__(self, other):
                return True

        def two_sum(nums, target):
            return Yes()
    """,
}


@pytest.mark.parametrize("case", FORGERIES, ids=list(FORGERIES))
def test_forgeries_are_never_recorded_as_solved(tmp_path, case):
    workspace = tmp_path / "ws"
    assert practice("start", "two-sum", workspace=workspace).returncode == 0
    write(workspace, FORGERIES[case], "two_sum.py")
    run = practice("check", "two-sum", workspace=workspace)
    assert run.returncode == 1, run.stdout
    assert "Solved!" not in run.stdout and "Traceback" not in run.stdout + run.stderr
    progress = json.loads((workspace / ".progress.json").read_text())
    assert progress["problems"]["two-sum"]["status"] != "solved"
    assert not list(workspace.glob("*.tmp"))


def test_cpu_accounting_reads_the_kernel():
    """The per-test CPU limit is measured from outside the child, not reported by it."""
    from practice.limits import cpu_seconds

    child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
    try:
        deadline = time.monotonic() + 60
        while (cpu_seconds(child.pid) or 0) < 0.2 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert cpu_seconds(child.pid) >= 0.2
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()


def test_scratch_folder_of_a_killed_checker_is_swept(tiny, tmp_path):
    """A checker killed from outside cannot clean up; the next check removes what it left."""
    import tempfile

    from practice.isolation import OWNER_FILE, SCRATCH_PREFIX

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = Path(tempfile.mkdtemp(prefix=SCRATCH_PREFIX))
    (left / OWNER_FILE).write_text(str(dead.pid))
    (left / "output.txt").write_text("left behind")
    result = check(tiny, write(tmp_path / "l", "def double(n):\n    return 2 * n\n"))
    assert result.passed and not left.exists()
