"""The command line, driven as a learner would: through ``python -m dsa.practice`` subprocesses.

These also cover the child-process checker (the watch, output capture, killing a hung child);
the adversarial cases are in ``test_adversarial.py``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from practice.isolation import PROJECT_ROOT
from practice.problems import get_problem
from practice.runner import load_tests

TWO_SUM = get_problem("two-sum")
TEST_COUNT = len(load_tests(TWO_SUM))


def practice(*args: str, workspace: Path, cwd: Path | None = None, timeout: float = 120
             ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DSA_PRACTICE_WORKSPACE": str(workspace),
           "PYTHONPATH": str(PROJECT_ROOT)}
    return subprocess.run([sys.executable, "-m", "dsa.practice", *args], capture_output=True,
                          text=True, env=env, cwd=cwd or workspace.parent, timeout=timeout)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    return tmp_path / "ws"


def write(path: Path, source: str) -> Path:
    path.write_text(textwrap.dedent(source))
    return path


def test_scripted_session(workspace, tmp_path):
    started = practice("start", "two-sum", workspace=workspace)
    attempt = workspace / "two_sum.py"
    assert started.returncode == 0, started.stderr
    assert attempt.read_text() == TWO_SUM.starter_path.read_text()
    assert "python -m dsa.practice check two-sum" in started.stdout

    untouched = practice("check", "two-sum", workspace=workspace)
    assert untouched.returncode == 1 and "not attempted" in untouched.stdout

    refused = practice("solution", "two-sum", workspace=workspace)
    assert refused.returncode == 1 and "--give-up" in refused.stderr
    assert "def two_sum" not in refused.stdout

    attempt.write_text((TWO_SUM.folder / "buggy_same_element_twice.py").read_text())
    wrong = practice("check", "two-sum", workspace=workspace)
    assert wrong.returncode == 1
    assert "FAIL  test_example_2: wrong answer" in wrong.stdout
    assert "nums = [3, 2, 4]" in wrong.stdout and "expected: [1, 2]" in wrong.stdout
    assert "actual:   [0, 0]" in wrong.stdout

    first = practice("hint", "two-sum", workspace=workspace)
    second = practice("hint", "two-sum", workspace=workspace)
    assert first.stdout.count("Hint ") == 1 and "Hint 1 of 3: Aim for O(n)" in first.stdout
    assert second.stdout.count("Hint ") == 2 and "Hint 2 of 3" in second.stdout

    attempt.write_text(TWO_SUM.solution_path.read_text())
    right = practice("check", "two-sum", "--json", workspace=workspace)
    assert right.returncode == 0, right.stdout
    report = json.loads(right.stdout)
    assert report["passed"] is True and report["status"] == "passed"
    assert {t["outcome"] for t in report["tests"]} == {"passed"}
    assert {"name", "outcome", "message"} <= set(report["tests"][0])

    status = practice("status", "--json", workspace=workspace)
    entry = json.loads(status.stdout)["problems"]["two-sum"]
    assert (entry["status"], entry["hints"], entry["gave_up"]) == ("solved", 2, False)
    text_status = practice("status", workspace=workspace)
    assert "two-sum: solved, 2 hint(s) used" in text_status.stdout

    shown = practice("solution", "two-sum", workspace=workspace)
    assert shown.returncode == 0 and "def two_sum" in shown.stdout

    again = practice("start", "two-sum", workspace=workspace)
    assert "already have an attempt" in again.stdout
    assert attempt.read_text() == TWO_SUM.solution_path.read_text()  # never overwritten

    solved = practice("list", "--status", "solved", "--json", workspace=workspace)
    assert [row["id"] for row in json.loads(solved.stdout)] == ["two-sum"]


def test_give_up_is_recorded(workspace):
    shown = practice("solution", "two-sum", "--give-up", workspace=workspace)
    assert shown.returncode == 0 and "def two_sum" in shown.stdout
    status = json.loads(practice("status", "--json", workspace=workspace).stdout)
    assert status["problems"]["two-sum"]["gave_up"] is True


def test_workspace_option_and_default(tmp_path):
    chosen = tmp_path / "chosen"
    run = practice("start", "two-sum", "--workspace", str(chosen), workspace=tmp_path / "env")
    assert run.returncode == 0 and (chosen / "two_sum.py").exists()
    env = {k: v for k, v in os.environ.items() if k != "DSA_PRACTICE_WORKSPACE"}
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    subprocess.run([sys.executable, "-m", "dsa.practice", "start", "two-sum"], cwd=tmp_path,
                   env=env, check=True, capture_output=True)
    assert (tmp_path / "practice-workspace" / "two_sum.py").exists()


def test_unknown_id_suggests_close_ones(workspace):
    run = practice("show", "two-summ", workspace=workspace)
    assert run.returncode == 2 and "did you mean: two-sum" in run.stderr
    assert "Traceback" not in run.stderr


def test_show_and_list(workspace):
    shown = practice("show", "two-sum", workspace=workspace)
    assert shown.returncode == 0
    assert "Two sum (two-sum)" in shown.stdout and "target: O(n) time" in shown.stdout
    assert "```" not in shown.stdout and "    nums = [2, 7, 11, 15]" in shown.stdout
    listed = json.loads(practice("list", "--pattern", "arrays-hashing", "--json",
                                 workspace=workspace).stdout)
    assert "two-sum" in [row["id"] for row in listed]
    assert {row["pattern"] for row in listed} == {"arrays-hashing"}
    assert practice("list", "--help", workspace=workspace).stdout.startswith("usage:")


def test_check_without_an_attempt_says_how_to_start(workspace):
    run = practice("check", "two-sum", workspace=workspace)
    assert run.returncode == 2 and "python -m dsa.practice start two-sum" in run.stderr


def test_corrupt_progress_is_set_aside(workspace):
    workspace.mkdir()
    (workspace / ".progress.json").write_text("{ half a file")
    run = practice("hint", "two-sum", workspace=workspace)
    assert run.returncode == 0 and "could not be read" in run.stderr
    assert (workspace / ".progress.json.bad").read_text() == "{ half a file"
    assert json.loads((workspace / ".progress.json").read_text())["problems"]["two-sum"]["hints"]


BAD_CODE = {
    "syntax": ("def two_sum(nums, target)\n    return [0, 1]\n",
               ["syntax error on line 1", "def two_sum(nums, target)"]),
    "name": ("def twoSum(nums, target):\n    return [0, 1]\n",
             ["does not define 'two_sum'", "it defines: twoSum"]),
    "exception": ("def two_sum(nums, target):\n    return [nums[len(nums)], 0]\n",
                  ["your code raised IndexError", "line 2, in two_sum"]),
    "return type": ("def two_sum(nums, target):\n    return (0, 1)\n",
                    ["wrong return type: got tuple, expected list"]),
}


@pytest.mark.parametrize("case", BAD_CODE, ids=list(BAD_CODE))
def test_bad_learner_code_gets_a_clear_message(case, workspace, tmp_path):
    source, phrases = BAD_CODE[case]
    path = write(tmp_path / "attempt.py", source)
    before = path.read_text()
    run = practice("check", "two-sum", "--file", str(path), workspace=workspace)
    assert run.returncode == 1
    for phrase in phrases:
        assert phrase in run.stdout, run.stdout
    assert "Traceback" not in run.stdout + run.stderr
    assert path.read_text() == before


def test_infinite_loop_and_print_spam_time_out_quickly(workspace, tmp_path):
    path = write(tmp_path / "attempt.py", """
        def two_sum(nums, target):
            while True:
                print("still thinking")
    """)
    run = practice("check", "two-sum", "--file", str(path), "--time-limit", "0.1", "--json",
                   workspace=workspace)
    report = json.loads(run.stdout)  # the spam never reaches the pipe: stdout is clean JSON
    assert run.returncode == 1
    assert {t["outcome"] for t in report["tests"]} == {"timeout"}
    assert all(len(t["output"]) < 1200 for t in report["tests"])
    assert "more characters not shown" in report["tests"][0]["output"]
    assert len(run.stdout) < 20_000


def test_a_hang_inside_c_is_killed_by_the_parent(workspace, tmp_path):
    path = write(tmp_path / "attempt.py", """
        def two_sum(nums, target):
            if nums == [3, 3]:
                return [sum(range(10**13)), 1]  # one C call: the child's timer cannot stop it
            seen = {}
            for j, value in enumerate(nums):
                if target - value in seen:
                    return [seen[target - value], j]
                seen[value] = j
    """)
    run = practice("check", "two-sum", "--file", str(path), "--json", "--time-limit", "0.2",
                   "--all", workspace=workspace)
    report = json.loads(run.stdout)
    outcomes = {t["name"]: t["outcome"] for t in report["tests"]}
    assert outcomes.pop("test_equal_values") == "timeout"
    hung = next(t for t in report["tests"] if t["name"] == "test_equal_values")
    assert hung["message"].startswith("CPU time limit 0.2 s per test reached")
    # with --all, the tests after the hang still ran, in a fresh child
    assert outcomes == dict.fromkeys(outcomes, "passed") and len(outcomes) == TEST_COUNT - 1


def test_exit_and_interrupt_from_learner_code_are_reported(workspace, tmp_path):
    path = write(tmp_path / "attempt.py", """
        import os

        def two_sum(nums, target):
            if nums == [3, 3]:
                os._exit(3)  # ends the child process at once
            if nums == [3, 2, 4]:
                raise KeyboardInterrupt
            seen = {}
            for j, value in enumerate(nums):
                if target - value in seen:
                    return [seen[target - value], j]
                seen[value] = j
    """)
    run = practice("check", "two-sum", "--file", str(path), "--json", "--all",
                   workspace=workspace)
    tests = {t["name"]: t for t in json.loads(run.stdout)["tests"]}
    assert run.returncode == 1
    assert tests["test_example_2"]["message"] == "your code raised KeyboardInterrupt"
    assert "ended abruptly with exit code 3" in tests["test_equal_values"]["message"]
    passed = [name for name, t in tests.items() if t["outcome"] == "passed"]
    assert len(passed) == TEST_COUNT - 2  # a fresh child ran the tests after the crash
