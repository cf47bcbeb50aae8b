"""The checks every exercise set runs, collected by each section's ``test_exercise_set.py``.

A module that imports these names ``SECTION`` (the folders, parametrized by ``tests/conftest.py``
as ``set_folder`` and ``set_variant``), ``MINIMUM`` (how many exercises the set must have) and
``STRICT`` (the chapters whose exercises need two buggy variants, not one). The contract itself,
what a reference, a variant and a starter must do, is :mod:`practice.contract`.
"""

from __future__ import annotations

import pytest

from practice.contract import reference_broken, starter_attempted, variant_kept
from practice.problems import SECTIONS, load_problem, problem_folders


def test_the_set_is_complete(request: pytest.FixtureRequest) -> None:
    section, minimum = request.module.SECTION, request.module.MINIMUM
    problems = [load_problem(folder) for folder in problem_folders(section=section)]
    assert len(problems) >= minimum, f"only {len(problems)} exercises in {section}"
    orders = [problem.order for problem in problems]
    assert len(orders) == len(set(orders)), "two exercises share a place on the path (order)"
    assert {p.pattern for p in problems} <= set(SECTIONS[section].patterns)


def test_meta_is_valid(set_folder, request: pytest.FixtureRequest) -> None:
    problem = load_problem(set_folder)  # raises ProblemError naming what is wrong
    assert problem.statement.strip() and problem.pages, f"{set_folder}: statement and pages"
    assert len(problem.hints) >= 3
    wanted = 2 if problem.pattern in request.module.STRICT else 1
    assert len(problem.buggy_paths) >= wanted, f"{set_folder}: {wanted}+ buggy variants wanted"


def test_reference_passes(set_folder, reference_run) -> None:
    problem, result, _ = reference_run(set_folder)
    message = reference_broken(problem, result)
    assert message is None, message


def test_buggy_variant_is_rejected(set_variant, reference_run) -> None:
    folder, variant = set_variant
    problem, reference, _ = reference_run(folder)
    message = variant_kept(problem, variant, reference)
    assert message is None, message


def test_untouched_starter_is_not_attempted(set_folder) -> None:
    message = starter_attempted(load_problem(set_folder))
    assert message is None, message
