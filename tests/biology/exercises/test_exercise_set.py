"""Every essay exercise, checked by the real engine as the DSA problems are: meta valid, the
reference passes, every buggy variant is rejected, the untouched starter is "not attempted"
(:mod:`practice.contract`). Then the set-level checks: how many, and how many buggy variants.
"""

from __future__ import annotations

import pytest

from practice.contract import reference_broken, starter_attempted, variant_kept
from practice.problems import SECTIONS, load_problem, problem_folders

FOLDERS = problem_folders(section="biology")
VARIANTS = [(folder, path) for folder in FOLDERS for path in sorted(folder.glob("buggy_*.py"))]


def by_exercise(folder, *values, id=None):
    """A parameter kept in its exercise's xdist group, so one worker runs its reference once."""
    return pytest.param(*(values or (folder,)), id=id or folder.name,
                        marks=pytest.mark.xdist_group(folder.name))


PER_EXERCISE = [by_exercise(folder) for folder in FOLDERS]
PER_VARIANT = [by_exercise(folder, folder, variant, id=f"{folder.name}/{variant.stem}")
               for folder, variant in VARIANTS]

STRICT = ()


def test_the_set_is_complete():
    problems = [load_problem(folder) for folder in FOLDERS]
    assert len(problems) >= 8, f"only {len(problems)} essay exercises"
    orders = [problem.order for problem in problems]
    assert len(orders) == len(set(orders)), "two exercises share a place on the path (order)"
    assert {p.pattern for p in problems} <= set(SECTIONS["biology"].patterns)


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_meta_is_valid(folder):
    problem = load_problem(folder)  # raises ProblemError naming what is wrong
    assert problem.statement.strip() and problem.pages, f"{folder}: statement and pages"
    assert len(problem.hints) >= 3
    wanted = 2 if problem.pattern in STRICT else 1
    assert len(problem.buggy_paths) >= wanted, f"{folder}: {wanted}+ buggy variants wanted"


@pytest.mark.parametrize("folder", PER_EXERCISE)
def test_reference_passes(folder, reference_run):
    problem, result, _ = reference_run(folder)
    assert reference_broken(problem, result) is None, reference_broken(problem, result)


@pytest.mark.parametrize(("folder", "variant"), PER_VARIANT)
def test_buggy_variant_is_rejected(folder, variant, reference_run):
    problem, reference, _ = reference_run(folder)
    assert variant_kept(problem, variant, reference) is None, variant_kept(problem, variant,
                                                                            reference)


@pytest.mark.parametrize("folder", PER_EXERCISE)
def test_untouched_starter_is_not_attempted(folder):
    assert starter_attempted(load_problem(folder)) is None
