"""The set contract's own checks, on throwaway problems whose outcome is known."""

from __future__ import annotations

from practice.contract import variant_kept
from practice.problems import load_problem
from practice.runner import run_tests

# A variant that spins for ``seconds`` of CPU before answering correctly: slow, never wrong.
SPINNER = '''\
"""Right answer, slowly."""
import time


def double(n):
    start = time.process_time()
    while time.process_time() - start < {seconds}:
        pass
    return 2 * n
'''

ONE_TEST = '''
from practice.checking import expect


def test_example(sol):
    expect(sol.double(2), 4, n=2)
'''


def _verdict_on_spinner(make_problem, seconds: float) -> str | None:
    problem = load_problem(make_problem(tests=ONE_TEST, limit=2.0))
    variant = problem.folder / "buggy_spins.py"
    variant.write_text(SPINNER.format(seconds=seconds))
    return variant_kept(problem, variant, run_tests(problem, problem.solution_path))


def test_a_variant_only_the_quick_limit_stops_is_kept(make_problem):
    # 0.6 s is over the quick limit (four times a reference of microseconds, at least 0.25 s)
    # but inside the problem's 2 s: a learner's check of this file says "Solved", so the
    # contract must refuse the variant as a witness of anything
    message = _verdict_on_spinner(make_problem, 0.6)
    assert message is not None and "within the problem's own 2 s it was passed" in message


def test_a_variant_past_the_problems_own_limit_is_rejected(make_problem):
    assert _verdict_on_spinner(make_problem, 5.0) is None
