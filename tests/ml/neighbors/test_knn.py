"""k-NN against brute force: explicit distance loops, sorted by (distance, index)."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.neighbors import KNeighborsClassifier, KNeighborsRegressor, squared_distances


def brute_neighbors(X_train, x, k):
    """The k nearest rows by exact distance, ties broken by index: sorted() is the oracle."""
    dist = [float(np.sum((row - x) ** 2)) for row in X_train]
    return sorted(range(len(X_train)), key=lambda i: (dist[i], i))[:k]


@settings(max_examples=30)
@given(st.integers(0, 10_000), st.integers(1, 7), st.integers(1, 9))
def test_squared_distances_match_direct_differences_for_any_chunk_size(seed, d, chunk):
    rng = np.random.default_rng(seed)
    A, B = rng.standard_normal((11, d)), rng.standard_normal((6, d))
    direct = ((A[:, None, :] - B[None, :, :]) ** 2).sum(axis=2)
    got = np.vstack([D for _, D in squared_distances(A, B, chunk_size=chunk)])
    np.testing.assert_allclose(got, direct, atol=1e-10)
    assert got.min() >= 0.0


def test_squared_distances_never_negative_for_identical_points():
    # far from the origin the expansion cancels catastrophically; the clip keeps it >= 0
    A = np.full((3, 5), 1e8) + np.array([[0.1], [0.2], [0.3]])
    D = next(squared_distances(A, A))[1]
    assert D.min() >= 0.0


@settings(max_examples=30)
@given(st.integers(0, 10_000), st.integers(1, 6))
def test_classifier_matches_brute_force_majority_vote(seed, k):
    rng = np.random.default_rng(seed)
    X = rng.integers(0, 5, (25, 2)).astype(float)  # small integers: many exact ties
    y = rng.integers(0, 3, 25)
    Q = rng.integers(0, 5, (8, 2)).astype(float)
    model = KNeighborsClassifier(n_neighbors=k, chunk_size=3).fit(X, y)
    _, ind = model.kneighbors(Q)
    for q, row, pred in zip(Q, ind, model.predict(Q), strict=True):
        nearest = brute_neighbors(X, q, k)
        assert row.tolist() == nearest
        votes = np.bincount(y[nearest], minlength=3)
        assert pred == np.argmax(votes)  # ties to the smallest class


def test_one_nearest_neighbour_has_zero_training_error():
    rng = np.random.default_rng(0)
    X = rng.standard_normal((60, 4))
    y = rng.integers(0, 4, 60)  # random labels: memorised all the same
    assert KNeighborsClassifier(n_neighbors=1).fit(X, y).score(X, y) == 1.0


def test_regressor_matches_brute_force_mean_and_distance_weights():
    rng = np.random.default_rng(1)
    X, y = rng.standard_normal((30, 3)), rng.standard_normal(30)
    Q = rng.standard_normal((5, 3))
    uniform = KNeighborsRegressor(n_neighbors=4).fit(X, y).predict(Q)
    weighted = KNeighborsRegressor(n_neighbors=4, weights="distance").fit(X, y).predict(Q)
    for q, u, w in zip(Q, uniform, weighted, strict=True):
        nearest = brute_neighbors(X, q, 4)
        d = np.linalg.norm(X[nearest] - q, axis=1)
        assert u == pytest.approx(y[nearest].mean())
        assert w == pytest.approx(np.sum(y[nearest] / d) / np.sum(1 / d))


def test_distance_weighting_returns_the_exact_match_target():
    X = np.array([[0.0], [1.0], [2.0]])
    model = KNeighborsRegressor(n_neighbors=3, weights="distance").fit(X, [5.0, 7.0, 9.0])
    assert model.predict([[1.0]]).tolist() == [7.0]


def test_predict_proba_is_the_vote_share(blobs):
    X, y = blobs
    proba = KNeighborsClassifier(n_neighbors=5).fit(X, y).predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert set(np.round(proba.ravel() * 5, 9)) <= {0.0, 1.0, 2.0, 3.0, 4.0, 5.0}


def test_bad_parameters_are_rejected():
    X, y = np.zeros((3, 1)), [0, 1, 1]
    with pytest.raises(ValueError, match="n_neighbors must be between 1 and the 3"):
        KNeighborsClassifier(n_neighbors=4).fit(X, y)
    with pytest.raises(ValueError, match="weights must be"):
        KNeighborsClassifier(n_neighbors=1, weights="gaussian").fit(X, y)


def test_parity_with_scikit_learn():
    neighbors = pytest.importorskip("sklearn.neighbors")
    rng = np.random.default_rng(3)
    X, y = rng.standard_normal((80, 3)), rng.integers(0, 3, 80)
    Q = rng.standard_normal((20, 3))
    ours = KNeighborsClassifier(n_neighbors=5).fit(X, y).predict_proba(Q)
    theirs = neighbors.KNeighborsClassifier(n_neighbors=5).fit(X, y).predict_proba(Q)
    np.testing.assert_allclose(ours, theirs)
