"""The in-process sandbox (the browser's) judges exactly as the child process does."""

from __future__ import annotations

import json
import sys

import pytest

from practice.inprocess import InProcess, browser_check, summarize, timeout_result
from practice.limits import Limits
from practice.problems import get_problem
from practice.runner import run_tests
from practice.types import build_list, list_values


def _comparable(result):
    data = result.to_dict()
    data["file"] = None
    for test in data["tests"]:
        test["seconds"] = 0.0
    return data


@pytest.mark.parametrize(("problem_id", "file"), [
    ("two-sum", "solution.py"), ("two-sum", "starter.py"),
    ("two-sum", "buggy_same_element_twice.py"), ("two-sum", "buggy_returns_tuple.py"),
    ("reverse-linked-list", "buggy_next_not_saved.py"), ("valid-parentheses", "solution.py"),
])
def test_same_result_as_the_child_process_word_for_word(problem_id, file):
    problem = get_problem(problem_id)
    path = problem.folder / file
    assert _comparable(run_tests(problem, path, sandbox=InProcess)) == _comparable(
        run_tests(problem, path))


def test_an_endless_call_is_a_time_out_in_the_terminals_words(tmp_path):
    problem = get_problem("two-sum")
    path = tmp_path / "two_sum.py"
    path.write_text("def two_sum(nums, target):\n    while True:\n        pass\n")
    result = run_tests(problem, path, sandbox=InProcess, only=["test_example_1", "test_example_2"])
    assert [(t.outcome, t.message) for t in result.tests] == [
        ("timeout", timeout_result(problem, "test_example_1")["message"])] * 2


def test_values_still_cross_the_wire(tmp_path):
    # A subclass of list is refused in process too: the judge only compares plain data.
    problem = get_problem("two-sum")
    path = tmp_path / "two_sum.py"
    path.write_text("class Sneaky(list):\n    def __eq__(self, other):\n        return True\n\n"
                    "def two_sum(nums, target):\n    return Sneaky()\n")
    result = run_tests(problem, path, sandbox=InProcess, only=["test_example_1"])
    assert result.tests[0].outcome == "error"
    assert "a Sneaky, a subclass of list: use a plain list" in result.tests[0].message


def test_long_lists_are_unlinked_before_they_are_dropped(tmp_path):
    # Pyodide's small stack cannot free a 100,000-node list one nested call inside another.
    problem = get_problem("reverse-linked-list")
    with InProcess(problem.solution_path, Limits(),
                   problem.folder.parent) as box:
        sol = box.load()
        head = build_list(list(range(1000)))
        reversed_head = sol.reverse_list(head)
        assert list_values(reversed_head)[:3] == [999, 998, 997]
        box.reset()
    assert head.next is None and reversed_head.next is None


def test_the_pages_messages_in_order():
    problem = get_problem("two-sum")
    posted = []
    browser_check(str(problem.folder), problem.solution_path.read_text(), ["test_example_1"],
                  lambda text: posted.append(json.loads(text)), slowdown=1.0)
    kinds = [message["type"] for message in posted if message["type"] != "beat"]
    assert kinds == ["plan", "loaded", "result", "done"]
    assert posted[0]["names"] == ["test_example_1"]
    assert posted[-1]["summary"].startswith("two-sum: 1 of 1 tests passed\nSolved in the browser")
    assert summarize(posted[-1]["result"])["status"] == "passed"


def test_a_check_leaves_the_checkers_import_path_as_it_was():
    # The learner's folder went first on sys.path: a problem's tests.py then shadowed the
    # "tests" package for every later import in the checker's process.
    before = list(sys.path)
    problem = get_problem("two-sum")
    run_tests(problem, problem.solution_path, sandbox=InProcess, only=["test_example_1"])
    assert sys.path == before
    assert "practice_learner" not in sys.modules
