"""Tests for gini-impurity: the examples, the project's Gini criterion as the oracle on random
labels, proportions rather than counts, bounds, and labels negative or as large as 10**9."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

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


WHY = "1 - sum of the squared class PROPORTIONS p_j = count_j / n"


def oracle(y: np.ndarray) -> float:
    """The project's criterion gives n * impurity from the class counts."""
    counts = np.unique(y, return_counts=True)[1].astype(np.float64)
    return float(weighted_impurity(counts, "gini")) / len(y)


def check(sol, y, want=None, shown=None):
    want = oracle(y) if want is None else want
    got = sol.gini(y.copy())
    expect_scalar(got, want, name=f"gini (it should be {WHY})", rtol=1e-9, atol=1e-12,
                  **(shown or {"y": y}))


def test_examples(sol):
    check(sol, np.array([0, 0, 1, 1]), 0.5)
    check(sol, np.array([3, 3, 3]), 0.0)
    check(sol, np.array([0, 1, 2]), 2 / 3)
    check(sol, np.array([7, 7, 7, -2]), 0.375)


def test_single_label(sol):
    check(sol, np.array([5]), 0.0)


def test_proportions_not_counts(sol):
    y = np.array([0, 1, 1, 2, 2, 2])
    check(sol, np.tile(y, 10), 1 - (1 + 4 + 9) / 36,
          shown={"y": "[0, 1, 1, 2, 2, 2] repeated 10 times: the same proportions as once"})


def test_large_and_negative_labels(sol):
    check(sol, np.array([10**9, -(10**9), 10**9, 0]), 0.625)
    check(sol, np.array([-1, -1, -3]), 4 / 9)


@settings(max_examples=15)
@given(y=arrays(np.int64, st.integers(1, 40), elements=st.integers(-3, 5)))
def test_matches_the_project(sol, y):
    check(sol, y)


def test_bounds(sol):
    rng = np.random.default_rng(0)
    for c in (2, 3, 7):
        y = np.repeat(np.arange(c), 5)
        check(sol, rng.permutation(y), 1 - 1 / c,
              shown={"y": f"{c} classes, 5 labels each (shuffled): the largest value, 1 - 1/{c}"})
