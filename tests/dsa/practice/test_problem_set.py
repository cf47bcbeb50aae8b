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

FOLDERS = problem_folders(section="dsa")
VARIANTS = [(folder, path) for folder in FOLDERS for path in sorted(folder.glob("buggy_*.py"))]


def by_problem(folder: Path, *values: object, id: str | None = None) -> object:
    """A parameter kept in its problem's xdist group: with ``pytest -n N --dist loadgroup`` one
    worker runs all of a problem's checks, so its reference runs once (``reference_run``)."""
    return pytest.param(*(values or (folder,)), id=id or folder.name,
                        marks=pytest.mark.xdist_group(folder.name))


PER_PROBLEM = [by_problem(folder) for folder in FOLDERS]
PER_VARIANT = [by_problem(folder, folder, variant, id=f"{folder.name}/{variant.stem}")
               for folder, variant in VARIANTS]

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


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda f: f.name)
def test_meta_is_valid(folder):
    problem = load_problem(folder)  # raises ProblemError naming what is wrong
    assert problem.statement.strip(), f"{folder}: statement.md is empty"
    assert not problem.statement.lstrip().startswith("# "), \
        f"{folder}: statement.md must not have a top-level heading (the title is in meta.toml)"
    assert len(problem.buggy_paths) <= 6, f"{folder}: at most six buggy variants"


@pytest.mark.parametrize("folder", PER_PROBLEM)
@BACKSTOP
def test_reference_passes(folder, reference_run):
    problem, result, _ = reference_run(folder)
    assert reference_broken(problem, result) is None, reference_broken(problem, result)


@pytest.mark.parametrize(("folder", "variant"), PER_VARIANT)
@BACKSTOP
def test_buggy_variant_is_rejected(folder, variant, reference_run):
    problem, reference, _ = reference_run(folder)
    assert variant_kept(problem, variant, reference) is None


@pytest.mark.parametrize("folder", PER_PROBLEM)
@BACKSTOP
def test_untouched_starter_is_not_attempted(folder):
    problem = load_problem(folder)
    assert starter_attempted(problem) is None


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
