"""Shared test configuration: hypothesis profiles, the MNIST fixture, and one reference run per
practice problem or exercise (shared by every set's tests)."""

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings

# "ci" is the default so a red run always means a real, repeatable failure.
settings.register_profile(
    "ci",
    derandomize=True,
    max_examples=60,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("dev", max_examples=300, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def reference_run() -> Callable[[Path], tuple[Any, Any, Any]]:
    """Run a problem's tests on its reference once per session, recording every argument.

    Returns ``(problem, result, observer)``: the result as :func:`run_tests` gives it, and the
    :class:`~practice.constraints.Observer` that measured what the tests passed against the
    problem's ``[[constraints]]``. Shared by the problem-set and the constraint tests.
    """
    from practice.constraints import Observer, signatures
    from practice.problems import load_problem
    from practice.runner import run_tests

    runs: dict[Path, tuple[Any, Any, Any]] = {}

    def run(folder: Path) -> tuple[Any, Any, Any]:
        if folder not in runs:
            problem = load_problem(folder)
            observer = Observer(problem.entry, signatures(problem.solution_path, problem.entry),
                                problem.constraints)
            result = run_tests(problem, problem.solution_path, recorder=observer.record)
            observer.forget_inputs()  # keep the measurements, not the (large) inputs
            runs[folder] = (problem, result, observer)
        return runs[folder]

    return run


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Parametrize a set's contract checks over its folders, for a module naming its ``SECTION``.

    A test asking for ``set_folder`` runs once per folder of the section, one asking for
    ``set_variant`` once per ``(folder, buggy variant)``. Each parameter is kept in its folder's
    xdist group, so with ``pytest -n N --dist loadgroup`` one worker runs all of a folder's checks
    and its reference runs once (``reference_run``).
    """
    section = getattr(metafunc.module, "SECTION", None)
    if section is None:
        return
    from practice.problems import problem_folders

    def grouped(folder: Path, *values: object, id: str) -> Any:
        return pytest.param(*values, id=id, marks=pytest.mark.xdist_group(folder.name))

    folders = problem_folders(section=section)
    if "set_folder" in metafunc.fixturenames:
        metafunc.parametrize("set_folder", [grouped(f, f, id=f.name) for f in folders])
    if "set_variant" in metafunc.fixturenames:
        metafunc.parametrize("set_variant", [
            grouped(f, (f, v), id=f"{f.name}/{v.stem}")
            for f in folders for v in sorted(f.glob("buggy_*.py"))])
