"""Tests for kmeans-step: the example, empty clusters (one, two, from duplicate centres), the
project's KMeans as the oracle on small integer data, and centres left unchanged."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from ml.cluster import KMeans
from ml.cluster.kmeans import squared_distances
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


EMPTY = ("A centre that no point chose must move onto the worst-served point (the one farthest "
         "from its own centre), not vanish, stay NaN or crash")


def oracle(X: np.ndarray, centres: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The step-1 labels and the centres after one Lloyd round of the project's KMeans.

    ``_lloyd`` with ``max_iter=1`` is exactly one assign-and-update round (``tol=inf`` stops it
    there without a convergence warning); it returns the labels of the NEW centres, so the
    labels of the assign step are computed from the old ones here.
    """
    labels = squared_distances(X, centres).argmin(axis=1)
    model = KMeans(n_clusters=len(centres), max_iter=1, tol=np.inf)
    new_centres = model._lloyd(X, centres.copy())[0]
    return labels, new_centres


def check(sol, X, centres, want=None, why="", shown=None):
    labels_want, centres_want = oracle(X, centres) if want is None else want
    shown = shown or {"X": X, "centres": centres}
    labels, new_centres = sol.kmeans_step(X.copy(), centres.copy())
    with advice("each point's label is its nearest centre (squared distances summed over the "
                "features); at equal distances the lower index"):
        expect_array(labels, np.asarray(labels_want), name="labels", rtol=0, atol=0,
                     why=" (one label per point)", **shown)
    with advice(why or ("each row is the mean of its cluster's points. " + EMPTY)):
        expect_array(new_centres, np.asarray(centres_want, dtype=np.float64),
                     name="new_centres", why=" (always k rows, one per centre, in order)",
                     **shown)


def test_example(sol):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    centres = np.array([[0.0], [5.0], [100.0]])
    check(sol, X, centres, ([0, 0, 1, 1], [[0.5], [10.5], [11.0]]),
          why="nobody picks the centre at 100; the worst-served point is 11 (cost 36), so "
              "that centre moves there. " + EMPTY)


def test_no_empty_cluster(sol):
    X = np.array([[0.0, 0.0], [0.0, 2.0], [10.0, 0.0], [10.0, 2.0], [4.0, 1.0]])
    centres = np.array([[1.0, 1.0], [9.0, 1.0]])
    check(sol, X, centres, ([0, 0, 1, 1, 0], [[4 / 3, 1.0], [10.0, 1.0]]))


def test_duplicate_centres(sol):
    X = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 5.0], [6.0, 5.0], [9.0, 0.0]])
    centres = np.array([[0.0, 0.0], [0.0, 0.0], [5.0, 5.0]])
    check(sol, X, centres,
          why="centres 0 and 1 are the same point, so every point that is nearest to them "
              "picks centre 0 and centre 1 is left empty. " + EMPTY)


def test_two_empty_clusters(sol):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    centres = np.array([[0.0], [10.0], [100.0], [200.0]])
    check(sol, X, centres, ([0, 0, 1, 1], [[0.5], [10.5], [1.0], [11.0]]),
          why="points 1 and 11 are equally badly served (cost 1): the first empty centre "
              "takes the lower index, 1.0; its cost then counts as 0, so the second empty "
              "centre takes 11.0 rather than the same point again")


@st.composite
def kmeans_case(draw):
    n, d = draw(st.integers(1, 12)), draw(st.integers(1, 3))
    X = draw(arrays(np.float64, (n, d), elements=st.integers(-5, 5).map(float)))
    k = draw(st.integers(1, n))
    # centres on the grid, far away, or copies of one another: empty clusters are common
    centres = draw(arrays(np.float64, (k, d),
                          elements=st.sampled_from([-5.0, -2.0, 0.0, 1.0, 3.0, 40.0])))
    if k > 1 and draw(st.booleans()):
        centres[-1] = centres[0]
    return X, centres


@settings(max_examples=15)
@given(case=kmeans_case())
def test_matches_the_project(sol, case):
    check(sol, *case)


def test_centres_unchanged(sol):
    X = np.array([[0.0], [1.0], [10.0], [11.0]])
    centres = np.array([[0.0], [5.0], [100.0]])
    before = centres.copy()
    sol.kmeans_step(X, centres)
    with advice("kmeans_step must return new centres, not change the ones it was given: "
                "start from a copy (centres.copy())"):
        expect_array(centres, before, name="centres after your call", rtol=0, atol=0, X=X,
                     centres=before)
