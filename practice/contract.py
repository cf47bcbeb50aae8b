"""The contract every set keeps, checked in CI: what makes a problem or exercise trustworthy.

A problem's tests are only as good as what they reject. So for every folder of every set:

- the **reference** passes every test (and there is at least one test);
- every **buggy variant** (the reference with one classic mistake) fails a test. It runs with a
  CPU limit derived from the reference's slowest test, four times it (at least 0.25 s, at most the
  problem's own limit), so a variant rejected only by a time-out is at least four times slower
  than the reference on that test, and a check of a set stays quick. A variant stopped only by
  that quick limit runs again with the problem's own limit, the one a learner's check gets, and
  must fail there too: else the learner who wrote it would be told "Solved";
- the untouched **starter** is "not attempted" both by the shortcut (the file equals the starter)
  and for real (every test reaches the learner's code and meets ``NotImplementedError``).

Each function returns ``None`` when the folder keeps the contract, else a message naming what
broke, for a test to assert on. Each section's tests parametrize these over its folders.

>>> from practice.problems import get_problem
>>> from practice.runner import run_tests
>>> problem = get_problem("single-number")
>>> reference = run_tests(problem, problem.solution_path)
>>> reference_broken(problem, reference) is None
True
>>> {variant_kept(problem, path, reference) for path in problem.buggy_paths}
{None}
"""

from __future__ import annotations

from pathlib import Path

from practice.problems import Problem
from practice.runner import CheckResult, run_tests


def failures(result: CheckResult) -> str:
    """Each test that did not pass, with its inputs and values, one per line.

    >>> failures(CheckResult("x", "f.py", "error", "cannot read f.py"))
    'cannot read f.py'
    """
    return "\n".join(f"{t.name}: {t.outcome}: {t.message} inputs={t.inputs} "
                     f"expected={t.expected} actual={t.actual} at {t.where}"
                     for t in result.tests if t.outcome != "passed") or result.message


def reference_broken(problem: Problem, result: CheckResult) -> str | None:
    """Why the reference's ``result`` breaks the contract, or ``None``."""
    if not result.tests and result.status != "error":
        return f"{problem.id}: tests.py defines no test_* function"
    if not result.passed:
        return f"{problem.id}: the reference fails:\n{failures(result)}"
    return None


def variant_limit(problem: Problem, reference: CheckResult) -> float:
    """The CPU seconds per test a buggy variant gets (see the module docstring).

    >>> from practice.problems import get_problem
    >>> variant_limit(get_problem("two-sum"), CheckResult("two-sum", "f", "passed"))
    0.25
    """
    slowest = max((t.seconds for t in reference.tests), default=0.0)
    return min(problem.time_limit, max(0.25, 4 * slowest))


def variant_kept(problem: Problem, variant: Path, reference: CheckResult) -> str | None:
    """Why the buggy ``variant`` is not rejected as it must be, or ``None``."""
    quick = variant_limit(problem, reference)
    result = run_tests(problem, variant, fail_fast=True, time_limit_s=quick)
    if result.status != "failed" or not any(
            t.outcome in ("failed", "error", "timeout") for t in result.tests):
        return (f"{problem.id}/{Path(variant).name} should fail a test but was {result.status}: "
                f"{result.message}")
    if result.tests[-1].outcome == "timeout" and quick < problem.time_limit:
        return _slow_only_kept(problem, variant, quick)
    return None


def _slow_only_kept(problem: Problem, variant: Path, quick: float) -> str | None:
    """A variant stopped by the quick limit must be stopped by the learner's limit too: four
    times the reference is not enough when the problem's own limit is larger still, and a file
    that passes at that limit is told "Solved"."""
    result = run_tests(problem, variant, fail_fast=True)
    if result.status == "failed":
        return None
    return (f"{problem.id}/{Path(variant).name} is stopped only by the quick limit ({quick:g} s); "
            f"within the problem's own {problem.time_limit:g} s it was {result.status}: make its "
            "largest test far slower for the variant, or lower the problem's limit")


def starter_attempted(problem: Problem) -> str | None:
    """Why the untouched starter is not reported "not attempted", or ``None``."""
    if run_tests(problem, problem.starter_path).status != "not-attempted":
        return f"{problem.id}: the untouched starter is not recognised as the starter"
    result = run_tests(problem, problem.starter_path, starter_shortcut=False)
    if result.status != "not-attempted":
        return (f"{problem.id}: the starter should be 'not attempted' on every test:\n"
                + "\n".join(f"{t.name}: {t.outcome}: {t.message}" for t in result.tests
                            if t.outcome != "not-attempted"))
    return None


__all__ = ["failures", "reference_broken", "starter_attempted", "variant_kept", "variant_limit"]
