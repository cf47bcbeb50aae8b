"""Calls whose result a test throws away (``cache.put(1, 1)`` as a statement) are sent without
waiting for their replies, in batches; a failure among them still fails the test that made it,
names the call that failed, and never leaks into the next test or example."""

from __future__ import annotations

import sys

from practice.isolation import result_discarded
from practice.problems import load_problem
from practice.runner import run_tests


class Probe:
    """Called like a ``Remote`` (through ``__call__``): records whether its result is discarded."""

    seen: bool | None = None

    def __call__(self) -> int:
        self.seen = result_discarded(sys._getframe(1), __file__)
        return 1


def test_a_call_statement_through_dunder_call_is_seen_as_discarded():
    probe = Probe()
    probe()
    assert probe.seen is True  # Python 3.11 reports the CALL itself here, not its last cache


def test_a_kept_result_or_a_call_inside_try_is_not_discarded():
    probe = Probe()
    kept = probe()
    assert kept == 1 and probe.seen is False
    try:
        probe()
    finally:
        assert probe.seen is False  # its error must surface inside the try


BOX_META = """\
id = "box"
title = "Box"
pattern = "stack"
difficulty = "easy"
entry = "Box"
time = "O(1)"
space = "O(1)"
time_limit = 2.0
hints = ["Aim for O(1) time and O(1) extra space per call.", "Keep a count."]
"""

BOX_STARTER = '''\
"""A box."""


class Box:
    """Counts what is put in."""

    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")
'''

BOX_SOLUTION = '''\
class Box:
    def __init__(self):
        self.n = 0

    def put(self, x):
        self.n += 1

    def size(self):
        return self.n
'''

# put(3) fails; the calls after it were already sent when its reply is read.
FAILS_ON_THREE = BOX_SOLUTION.replace("        self.n += 1", """\
        if x == 3:
            raise ValueError("three is not allowed")
        self.n += 1""")

BOX_TESTS = '''\
from practice.checking import expect


def test_a_many_puts(sol):
    box = sol.Box()
    for x in range(500):
        box.put(x)
    expect(box.size(), 500)


def test_b_last_statement_is_discarded(sol):
    box = sol.Box()
    box.put(7)
    box.put(3)


def test_c_own_failure_with_calls_owed(sol):
    box = sol.Box()
    for x in range(50):
        box.put(x)
    assert False, "the test's own check"


def test_d_after(sol):
    box = sol.Box()
    box.put(1)
    expect(box.size(), 1)
'''


def box_problem(make_problem):
    folder = make_problem("box", meta=BOX_META, tests=BOX_TESTS, solution=BOX_SOLUTION)
    (folder / "starter.py").write_text(BOX_STARTER)
    return load_problem(folder)


def test_deferred_failures_are_reported_once_and_in_their_own_test(make_problem, learner_file):
    problem = box_problem(make_problem)
    reference = {t.name: t.outcome for t in run_tests(problem, problem.solution_path).tests}
    assert reference == {"test_a_many_puts": "passed", "test_b_last_statement_is_discarded":
                         "passed", "test_c_own_failure_with_calls_owed": "failed",
                         "test_d_after": "passed"}
    result = run_tests(problem, learner_file(FAILS_ON_THREE))
    tests = {t.name: t for t in result.tests}
    assert tests["test_a_many_puts"].outcome == "error"
    assert "three is not allowed" in tests["test_a_many_puts"].message
    assert tests["test_a_many_puts"].inputs == {"call": "put(3)"}  # the call that failed
    # a test whose last statement is a failing discarded call fails (the end of a test settles)
    assert tests["test_b_last_statement_is_discarded"].outcome == "error"
    assert tests["test_b_last_statement_is_discarded"].inputs == {"call": "put(3)"}
    # a test's own failure wins; the failed put(3) it left owed does not reach test_d
    assert tests["test_c_own_failure_with_calls_owed"].outcome == "failed"
    assert tests["test_d_after"].outcome == "passed", tests["test_d_after"].message


def test_an_endless_call_after_a_failed_one_does_not_hide_it(make_problem, learner_file):
    problem = box_problem(make_problem)
    endless = FAILS_ON_THREE.replace('            raise ValueError("three is not allowed")', '''\
            raise ValueError("three is not allowed")
        if x == 4:
            while True:
                pass''')
    result = run_tests(problem, learner_file(endless), only=["test_a_many_puts", "test_d_after"],
                       time_limit_s=0.3)
    tests = {t.name: t for t in result.tests}
    assert tests["test_a_many_puts"].outcome == "error"
    assert "three is not allowed" in tests["test_a_many_puts"].message
    assert tests["test_d_after"].outcome == "passed"  # in a fresh child
