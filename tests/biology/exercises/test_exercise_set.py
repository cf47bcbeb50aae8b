"""Every essay exercise, checked by the real engine as the DSA problems are: meta valid, the
reference passes, every buggy variant is rejected, the untouched starter is "not attempted"
(:mod:`practice.contract`; the folders are parametrized by ``tests/conftest.py`` from
``SECTION``). Then the set-level checks: how many, and how many buggy variants.
"""

from __future__ import annotations

from practice.contract import reference_broken, starter_attempted, variant_kept
from practice.problems import SECTIONS, load_problem, problem_folders

SECTION = "biology"
STRICT = ()


def test_the_set_is_complete():
    problems = [load_problem(folder) for folder in problem_folders(section=SECTION)]
    assert len(problems) >= 8, f"only {len(problems)} essay exercises"
    orders = [problem.order for problem in problems]
    assert len(orders) == len(set(orders)), "two exercises share a place on the path (order)"
    assert {p.pattern for p in problems} <= set(SECTIONS[SECTION].patterns)


def test_meta_is_valid(set_folder):
    problem = load_problem(set_folder)  # raises ProblemError naming what is wrong
    assert problem.statement.strip() and problem.pages, f"{set_folder}: statement and pages"
    assert len(problem.hints) >= 3
    wanted = 2 if problem.pattern in STRICT else 1
    assert len(problem.buggy_paths) >= wanted, f"{set_folder}: {wanted}+ buggy variants wanted"


def test_reference_passes(set_folder, reference_run):
    problem, result, _ = reference_run(set_folder)
    message = reference_broken(problem, result)
    assert message is None, message


def test_buggy_variant_is_rejected(set_variant, reference_run):
    folder, variant = set_variant
    problem, reference, _ = reference_run(folder)
    message = variant_kept(problem, variant, reference)
    assert message is None, message


def test_untouched_starter_is_not_attempted(set_folder):
    message = starter_attempted(load_problem(set_folder))
    assert message is None, message
