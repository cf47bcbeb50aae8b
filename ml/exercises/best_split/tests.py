"""Tests for best-split: the examples, ties, equal values, the weights, a pure node, and the
project's one-level DecisionTreeClassifier as the oracle on data with many repeated values."""

from collections.abc import Iterator
from contextlib import contextmanager
from fractions import Fraction
from itertools import pairwise

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.trees import DecisionTreeClassifier
from ml.trees.criteria import weighted_impurity
from practice.arrays import expect_scalar
from practice.checking import Mismatch


@contextmanager
def advice(text: str) -> Iterator[None]:
    """Append ``text`` to a failed check's message: the shared checks explain a wrong shape,
    this says what a wrong value usually means here."""
    try:
        yield
    except Mismatch as error:
        stop = "" if error.message.endswith((".", "?")) else "."
        raise Mismatch(f"{error.message}{stop} {text[0].upper()}{text[1:]}", error.inputs,
                       error.expected, error.actual) from None


COST = "weighted impurity, (n_left * G(left) + n_right * G(right)) / n"
RULES = ("thresholds are midpoints between consecutive DIFFERENT sorted values; the cost is "
         "(n_left * G(left) + n_right * G(right)) / n; ties go to the smallest threshold")


def exact_costs(x: np.ndarray, y: np.ndarray) -> dict[float, Fraction]:
    """Every candidate threshold and its weighted Gini impurity, in exact fractions."""
    def weighted(labels):  # n_side * G(side)
        counts = np.unique(labels, return_counts=True)[1]
        return len(labels) - sum(Fraction(int(c) ** 2, len(labels)) for c in counts)

    values = np.unique(x)
    return {float((a + b) / 2): (weighted(y[x <= (a + b) / 2]) + weighted(y[x > (a + b) / 2]))
            / len(x) for a, b in pairwise(values)}


def project_impurity(x: np.ndarray, y: np.ndarray) -> float:
    """The weighted impurity of the split the project's one-level tree makes (0 if pure)."""
    if len(np.unique(y)) == 1:  # the project's classifier refuses a single class
        return 0.0
    tree = DecisionTreeClassifier(max_depth=1).fit(x[:, None], y)
    if tree.feature_[0] < 0:  # a pure node is left unsplit: every cut costs 0
        return 0.0
    sides = tree.value_[[tree.left_[0], tree.right_[0]]]
    return float(sum(weighted_impurity(c, "gini") for c in sides)) / len(x)


def check(sol, x, y, threshold, impurity, why=RULES, shown=None):
    got_t, got_i = sol.best_split(x.copy(), y.copy())
    shown = shown or {"x": x, "y": y}
    expect_scalar(got_t, threshold, name=f"threshold ({why})", rtol=0, atol=0, **shown)
    expect_scalar(got_i, impurity, name=COST, rtol=1e-9, atol=1e-12, **shown)


def test_examples(sol):
    check(sol, np.array([3.0, 1.0, 2.0, 4.0]), np.array([1, 0, 0, 1]), 2.5, 0.0)
    check(sol, np.array([1.0, 2.0, 3.0, 4.0]), np.array([0, 1, 1, 0]), 1.5, 1 / 3,
          why="the cuts at 1.5 and 3.5 both cost 1/3: ties go to the smallest threshold")


def test_ties_go_to_the_smallest_threshold(sol):
    x = np.array([4.0, 3.0, 2.0, 1.0, 5.0, 6.0])
    y = np.array([1, 1, 0, 0, 1, 0])
    costs = exact_costs(x, y)
    best = min(costs.values())
    check(sol, x, y, min(t for t, c in costs.items() if c == best), float(best),
          why="several cuts share the least cost: return the smallest threshold")


def test_never_between_equal_values(sol):
    check(sol, np.array([1.0, 1.0, 2.0]), np.array([0, 1, 1]), 1.5, 1 / 3,
          why="the two samples at x = 1 cannot be separated: 'x <= t' sends both the same "
              "way, so the only cut is at 1.5")
    x = np.array([0.0, 5.0, 5.0, 5.0, 9.0])
    y = np.array([0, 0, 1, 1, 1])
    check(sol, x, y, 2.5, 0.8 * (1 - (1 / 16 + 9 / 16)),
          why="the three samples at x = 5 go the same way, whatever their labels")


def test_weights_count(sol):
    x = np.arange(8.0)
    y = np.array([0, 1, 0, 1, 1, 1, 1, 1])
    check(sol, x, y, 2.5, 3 / 8 * 4 / 9,
          why="weight each side by its share of the samples: isolating the first sample "
              "leaves a large impure side (cost 7/8 * 12/49 = 0.214), worse than cutting "
              "at 2.5 (3/8 * 4/9 = 0.167); averaging the two sides' impurities unweighted "
              "gets this backwards")


def test_pure_node(sol):
    check(sol, np.array([3.0, 1.0, 2.0]), np.array([5, 5, 5]), 1.5, 0.0,
          why="all labels equal: every cut costs 0, so the smallest threshold, 1.5")


def test_thresholds_are_midpoints(sol):
    check(sol, np.array([-4.0, 10.0, -4.0, 0.5]), np.array([2, 7, 2, 7]), -1.75, 0.0,
          why="the cut between -4 and 0.5 is at their midpoint, -1.75")


@st.composite
def split_case(draw):
    n = draw(st.integers(2, 20))
    x = draw(arrays(np.float64, n, elements=st.integers(-3, 4).map(float)))
    assume(len(np.unique(x)) >= 2)
    y = draw(arrays(np.int64, n, elements=st.sampled_from([-1, 0, 2])))
    return x, y


@settings(max_examples=15)
@given(case=split_case())
def test_matches_the_project(sol, case):
    x, y = case
    costs = exact_costs(x, y)
    best = min(costs.values())
    got_t, got_i = sol.best_split(x.copy(), y.copy())
    expect_scalar(got_i, project_impurity(x, y), name=COST, rtol=1e-9,
                  atol=1e-12, x=x, y=y)
    if costs.get(float(got_t)) != best:  # any exactly tied cut is accepted here
        expect_scalar(got_t, min(t for t, c in costs.items() if c == best),
                      name=f"threshold ({RULES})", rtol=0, atol=0, x=x, y=y)
