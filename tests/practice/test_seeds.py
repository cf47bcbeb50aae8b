"""Fresh examples each check: a file cannot be fitted to the examples it has been shown.

With derandomised examples a learner could, over many checks, collect each failing input and
its expected value from the reports and special-case them until the file is told "Solved". The
CLI draws the property tests' examples from a fresh seed each check and prints the seed with a
failure, so the failure can be repeated; CI and the set contract keep the fixed examples.
"""

from __future__ import annotations

import re

from practice.problems import load_problem
from practice.progress import Progress
from practice.runner import run_tests
from tests.practice.test_cli import TWO_SUM, practice


def _drawn(problem, seed):
    calls = []
    run_tests(problem, problem.solution_path, only=["test_property"], seed=seed,
              recorder=lambda name, args, kwargs: calls.append(args))
    return calls


def test_a_seed_draws_the_same_examples_and_another_seed_others(make_problem):
    problem = load_problem(make_problem())
    assert _drawn(problem, 5) == _drawn(problem, 5)
    assert _drawn(problem, 5) != _drawn(problem, 6)
    assert _drawn(problem, None) == _drawn(problem, None)  # CI's fixed examples


def test_a_failure_names_its_seed_and_the_seed_repeats_it(tmp_path):
    workspace = tmp_path / "ws"
    assert practice("start", "two-sum", workspace=workspace).returncode == 0
    wrong = (TWO_SUM.folder / "buggy_same_element_twice.py").read_text()
    (workspace / "two_sum.py").write_text(wrong)
    first = practice("check", "two-sum", "--all", workspace=workspace)
    assert first.returncode == 1
    seed = re.search(r"examples drawn with seed (\d+): `.*check two-sum --seed \1`",
                     first.stdout).group(1)
    again = practice("check", "two-sum", "--all", "--seed", seed, workspace=workspace)
    assert again.returncode == 1
    failing = [line for line in first.stdout.splitlines() if "FAIL" in line.upper()]
    assert failing and failing == [line for line in again.stdout.splitlines()
                                   if "FAIL" in line.upper()]


def test_a_pass_with_a_chosen_seed_is_not_recorded(tmp_path):
    workspace = tmp_path / "ws"
    assert practice("start", "two-sum", workspace=workspace).returncode == 0
    (workspace / "two_sum.py").write_text(TWO_SUM.solution_path.read_text())
    chosen = practice("check", "two-sum", "--seed", "3", workspace=workspace)
    assert chosen.returncode == 0 and "--seed" in chosen.stderr
    assert Progress.load(workspace).entry("two-sum")["status"] != "solved"
    assert practice("check", "two-sum", workspace=workspace).returncode == 0
    assert Progress.load(workspace).entry("two-sum")["status"] == "solved"


def test_a_seed_out_of_range_is_refused_in_one_line(tmp_path):
    workspace = tmp_path / "ws"
    assert practice("start", "two-sum", workspace=workspace).returncode == 0
    refused = practice("check", "two-sum", "--seed", "-1", workspace=workspace)
    assert refused.returncode == 2
    assert refused.stderr.strip().count("\n") == 0 and "--seed" in refused.stderr
