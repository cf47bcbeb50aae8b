"""The constraint contract (its format: :mod:`practice.constraints`): each problem's tests,
run on its reference, reach every limit its ``meta.toml`` states, exactly, and never go beyond it.

The reference run records every argument that crosses to the learner's side
(:class:`~practice.constraints.Observer`); a limit the tests never reach lets a wrong bound
or sentinel pass, and an input beyond it tests something the statement does not promise.
"""

from __future__ import annotations

import pytest

from practice.problems import load_problem, problem_folders

FOLDERS = problem_folders(section="dsa")  # the exercises state no size limits
WITH_CONSTRAINTS = [folder for folder in FOLDERS if load_problem(folder).constraints]


# Grouped by problem, like tests/dsa/practice/test_problem_set.py, so that under
# `pytest -n N --dist loadgroup` the reference run is shared with that problem's other checks.
@pytest.mark.parametrize("folder", [
    pytest.param(f, id=f.name, marks=pytest.mark.xdist_group(f.name)) for f in WITH_CONSTRAINTS])
@pytest.mark.timeout(300)
def test_tests_reach_the_stated_limits(folder, reference_run):
    _, result, observer = reference_run(folder)
    assert result.passed, f"{folder.name}: the reference fails: {result.message}"
    shortfalls = observer.shortfalls()
    assert not shortfalls, f"{folder.name}: " + "; ".join(shortfalls)


def test_every_problem_states_its_constraints():
    missing = [folder.name for folder in FOLDERS if folder not in WITH_CONSTRAINTS]
    assert not missing, f"{len(missing)} problems have no [[constraints]] yet: {', '.join(missing)}"
