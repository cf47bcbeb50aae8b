"""Every problem folder, checked by the real engine (a child process per check): meta valid,
reference passes, buggy variants rejected, the untouched starter reported as not attempted. Then
the set-level checks on the whole collection.

The contract itself (and the time limit a buggy variant gets) is :mod:`practice.contract`.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from practice.contract import reference_broken, starter_attempted, variant_kept
from practice.problems import PATTERNS, load_problem, problem_folders

SECTION = "dsa"  # tests/conftest.py parametrizes set_folder and set_variant over its folders
FOLDERS = problem_folders(section=SECTION)

REQUIRED_IDS = """
two-sum valid-anagram group-anagrams top-k-frequent valid-palindrome three-sum
longest-substring-without-repeats min-window-substring valid-parentheses daily-temperatures
binary-search search-rotated-array reverse-linked-list merge-k-sorted-lists lru-cache
invert-binary-tree validate-bst level-order-traversal implement-trie word-search-ii
kth-largest-element find-median-from-stream subsets n-queens number-of-islands course-schedule
network-delay-time min-cost-connect-points climbing-stairs coin-change
longest-increasing-subsequence word-break edit-distance longest-common-subsequence jump-game
merge-intervals non-overlapping-intervals rotate-image spiral-matrix single-number counting-bits
""".split()

# The engine stops learner code by CPU time and a wall budget; this backstop is for the engine.
BACKSTOP = pytest.mark.timeout(900)


def test_meta_is_valid(set_folder):
    problem = load_problem(set_folder)  # raises ProblemError naming what is wrong
    assert problem.statement.strip(), f"{set_folder}: statement.md is empty"
    assert not problem.statement.lstrip().startswith("# "), \
        f"{set_folder}: statement.md must not have a top-level heading (the title is in meta.toml)"
    assert len(problem.buggy_paths) <= 6, f"{set_folder}: at most six buggy variants"


@BACKSTOP
def test_reference_passes(set_folder, reference_run):
    problem, result, _ = reference_run(set_folder)
    message = reference_broken(problem, result)
    assert message is None, message


@BACKSTOP
def test_buggy_variant_is_rejected(set_variant, reference_run):
    folder, variant = set_variant
    problem, reference, _ = reference_run(folder)
    message = variant_kept(problem, variant, reference)
    assert message is None, message


@BACKSTOP
def test_untouched_starter_is_not_attempted(set_folder):
    message = starter_attempted(load_problem(set_folder))
    assert message is None, message


def test_no_folder_is_silently_ignored():
    root = Path(__file__).resolve().parents[3] / "dsa" / "practice" / "problems"
    folders = [p for p in root.iterdir() if p.is_dir() and not p.name.startswith((".", "_"))]
    unfinished = [p.name for p in folders if not (p / "meta.toml").is_file()]
    assert not unfinished, f"problem folders without meta.toml are skipped: {unfinished}"
    ids = [load_problem(f).id for f in problem_folders()]  # unique across every section
    assert len(ids) == len(set(ids))


@pytest.mark.set_level
def test_set_level_at_least_75_problems():
    assert len(FOLDERS) >= 75, f"only {len(FOLDERS)} problems so far"


@pytest.mark.set_level
def test_set_level_at_least_4_per_pattern():
    counts = Counter(load_problem(f).pattern for f in FOLDERS)
    short = {pattern: counts[pattern] for pattern in PATTERNS if counts[pattern] < 4}
    assert not short, f"patterns with fewer than 4 problems: {short}"


@pytest.mark.set_level
def test_set_level_required_ids_present():
    ids = {load_problem(f).id for f in FOLDERS}
    missing = [problem_id for problem_id in REQUIRED_IDS if problem_id not in ids]
    assert not missing, f"required problems not yet present: {missing}"
