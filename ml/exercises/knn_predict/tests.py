"""Tests for knn-predict: the examples, the project's KNeighborsClassifier as the oracle on small
integer data full of equal distances, tied votes, equal distances, k = 1 and k = n."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.neighbors import KNeighborsClassifier
from practice.arrays import expect_array
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


WHY = ("the label most common among the k nearest training rows (distance: the squared "
       "differences summed over the FEATURES, the last axis); equal distances keep training "
       "order, and a tied vote goes to the smallest label")


def oracle(X_train, y_train, X, k):
    if len(np.unique(y_train)) == 1:  # the project's classifier refuses a single class
        return np.full(len(X), y_train[0])
    return KNeighborsClassifier(n_neighbors=k).fit(X_train, y_train).predict(X)


def check(sol, X_train, y_train, X, k, want=None, why=WHY, shown=None):
    if want is None:
        want = oracle(X_train, y_train, X, k)
    got = sol.knn_predict(X_train.copy(), y_train.copy(), X.copy(), k)
    shown = shown or {"X_train": X_train, "y_train": y_train, "X": X}
    with advice(why):
        expect_array(got, np.asarray(want), name="knn_predict's result", rtol=0, atol=0,
                     why=" (one label per query row)", k=k, **shown)


def test_example(sol):
    X_train = np.array([[0.0], [1.0], [2.0], [10.0], [11.0]])
    y_train = np.array([5, 5, 5, 8, 8])
    check(sol, X_train, y_train, np.array([[1.5], [10.5], [9.0]]), 3, [5, 8, 8])
    check(sol, X_train, y_train, np.array([[6.0]]), 2, [5],
          why="2.0 and 10.0 are both at distance 4 from 6.0: one vote each, and the tie goes "
              "to the smaller label, 5")


def test_tied_vote_goes_to_smallest_label(sol):
    X_train = np.array([[0.0], [1.0], [-1.0], [2.0]])
    y_train = np.array([9, 4, 4, 9])
    check(sol, X_train, y_train, np.array([[0.0]]), 4, [4],
          why="the neighbours, nearest first, have labels 9, 4, 4, 9: two votes each, so the "
              "smaller label, 4, wins, although the very nearest neighbour is a 9")
    check(sol, X_train, -y_train, np.array([[0.0]]), 2, [-9],
          why="labels -9 and -4 get one vote each: the smaller, -9, wins")


def test_equal_distances_keep_training_order(sol):
    X_train = np.array([[1.0, 0.0], [0.0, -1.0], [-1.0, 0.0], [0.0, 1.0], [5.0, 5.0]])
    y_train = np.array([3, 1, 1, 0, 0])
    check(sol, X_train, y_train, np.array([[0.0, 0.0]]), 1, [3],
          why="four training rows are at distance 1 from the query; the earliest (label 3) "
              "is the nearest")
    check(sol, X_train, y_train, np.array([[0.0, 0.0]]), 3, [1],
          why="the three nearest are the first three rows at distance 1: labels 3, 1, 1")


@st.composite
def knn_case(draw):
    n, d, m = draw(st.integers(1, 12)), draw(st.integers(1, 3)), draw(st.integers(1, 6))
    coords = st.integers(-3, 3).map(float)
    X_train = draw(arrays(np.float64, (n, d), elements=coords))
    X = draw(arrays(np.float64, (m, d), elements=coords))
    y_train = draw(arrays(np.int64, n, elements=st.sampled_from([-2, 0, 3, 7])))
    return X_train, y_train, X, draw(st.integers(1, n))


@settings(max_examples=15)
@given(case=knn_case())
def test_matches_the_project(sol, case):
    check(sol, *case)


def test_k1_on_the_training_set(sol):
    rng = np.random.default_rng(0)
    X_train = rng.permutation(40).reshape(20, 2).astype(np.float64)
    y_train = rng.integers(0, 3, size=20)
    check(sol, X_train, y_train, X_train, 1, y_train,
          why="with k = 1 every training row is its own nearest neighbour (distance 0)",
          shown={"X_train": "20 distinct rows (seed 0)", "y_train": y_train, "X": "X_train"})


def test_k_equals_n_is_the_majority(sol):
    rng = np.random.default_rng(1)
    X_train = rng.normal(size=(9, 3))
    y_train = np.array([2, 6, 6, 2, 1, 6, 2, 1, 1])  # 3 votes each: the smallest wins
    X = rng.normal(size=(4, 3))
    check(sol, X_train, y_train, X, 9, [1, 1, 1, 1],
          why="with k = n every query sees every training row: three votes each for 1, 2 "
              "and 6, so the smallest, 1, wins everywhere",
          shown={"X_train": "9 x 3 (seed 1)", "y_train": y_train, "X": "4 x 3 (seed 1)"})
