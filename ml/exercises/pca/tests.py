"""Tests for pca: the example, the project's PCA as the oracle on random data with well-separated
variances, data far from the origin, n - 1, and orthonormal rows in decreasing variance."""

from collections.abc import Iterator
from contextlib import contextmanager

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from ml.decomposition import PCA
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


WHY_C = ("one unit direction per ROW, (k, d), largest variance first, taken from the CENTRED "
         "data, each row's entry of largest magnitude positive")
WHY_V = "the variance along each direction, S**2 / (n - 1) of the centred data, decreasing"


def spread_data(seed: int, n: int, d: int, offset: float) -> np.ndarray:
    """Random points whose spreads differ by a factor of 2 per axis, turned by a random rotation."""
    rng = np.random.default_rng(seed)
    rotation, _ = np.linalg.qr(rng.normal(size=(d, d)))
    scales = 2.0 ** -np.arange(d)
    return (rng.normal(size=(n, d)) * scales) @ rotation + offset * rng.uniform(0.5, 1, d)


def check(sol, X, k, components=None, variance=None, shown=None):
    if components is None:
        model = PCA(n_components=k).fit(X)
        components, variance = model.components_, model.explained_variance_
    shown = shown or {"X": X}
    got_c, got_v = sol.pca(X.copy(), k)
    with advice(WHY_C):
        expect_array(got_c, np.asarray(components), name="components",
                     why=" (k rows of d: one direction per ROW)", k=k, **shown)
    with advice(WHY_V):
        expect_array(got_v, np.asarray(variance), name="explained_variance",
                     why=" (one per direction)", k=k, **shown)


def test_example(sol):
    X = np.array([[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    check(sol, X, 1, [[1.0, 0.0]], [2.0])
    check(sol, X, 2, [[1.0, 0.0], [0.0, 1.0]], [2.0, 0.5])


def test_sign_convention(sol):
    for X, v in ((np.array([[-3.0, 1.0], [0.0, 0.0], [3.0, -1.0]]), [3.0, -1.0]),
                 (np.array([[-1.0, 3.0], [0.0, 0.0], [1.0, -3.0]]), [-1.0, 3.0]),
                 (np.array([[2.0, 1.0], [0.0, 0.0], [-2.0, -1.0]]), [2.0, 1.0])):
        # three points on the line through v: all the variance lies along it
        v = np.array(v) / np.linalg.norm(v)
        variance = float((X @ v) @ (X @ v)) / (len(X) - 1)
        check(sol, X, 1, [v], [variance])


def well_posed(X: np.ndarray, k: int) -> bool:
    """True when the first k directions and their signs are unambiguous: each of their
    variances at least 2 % from its neighbours', and each row's largest entry clearly largest."""
    model = PCA().fit(X)
    lam = model.explained_variance_
    gaps = np.abs(np.diff(lam[: k + 1])) > 0.02 * lam[: k + 1].max()
    top2 = np.sort(np.abs(model.components_[:k]), axis=1)[:, -2:]
    clear = top2.shape[1] < 2 or bool(np.all(top2[:, 1] - top2[:, 0] > 1e-3))
    return bool(gaps.all()) and clear


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(3, 15), d=st.integers(1, 5),
       offset=st.sampled_from([0.0, 3.0, -50.0]), data=st.data())
def test_matches_the_project(sol, seed, n, d, offset, data):
    k = data.draw(st.integers(1, min(n - 1, d)), label="k")
    X = spread_data(seed, n, d, offset)
    assume(well_posed(X, k))
    check(sol, X, k, shown={"X": X.round(4)})


def test_far_from_the_origin(sol):
    X = spread_data(7, 20, 3, 1000.0)
    check(sol, X, 2, shown={"X": "20 x 3 points around a mean near (1000, 1000, 1000) (seed 7)"})


def test_orthonormal_and_decreasing(sol):
    X = spread_data(8, 30, 6, 1.0) + 0.1 * np.random.default_rng(9).normal(size=(30, 6))
    components, variance = sol.pca(X.copy(), 4)
    shown = {"X": "30 x 6 (seed 8)", "k": 4}
    with advice("the directions are unit length and orthogonal to one another"):
        expect_array(np.asarray(components) @ np.asarray(components).T, np.eye(4),
                     name="components @ components.T", atol=1e-9, **shown)
    with advice("the variances come largest first"):
        expect_array(np.asarray(variance), np.sort(variance)[::-1], name="explained_variance",
                     rtol=0, atol=0, **shown)
