"""k-means: inertia never rises, k-means++ beats random starts, brute-force optimum on tiny sets."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.base import NotFittedError
from ml.cluster import KMeans

GRID_CENTRES = [(x, y) for x in (0, 6, 12) for y in (0, 6, 12)]  # nine blobs


@settings(max_examples=40)
@given(seed=st.integers(0, 10_000), k=st.integers(1, 6), init=st.sampled_from(["k-means++",
                                                                               "random"]))
def test_inertia_never_increases(seed, k, init):
    rng = np.random.default_rng(seed)
    X = rng.standard_normal((40, 2)) * rng.uniform(0.5, 3, 2)
    km = KMeans(n_clusters=k, init=init, random_state=seed, tol=0).fit(X)
    history = np.array(km.inertia_history_)
    assert np.all(np.diff(history) <= 1e-9 * history[0])
    # the reported inertia is that of the final centres and labels
    d2 = ((X[:, None, :] - km.cluster_centers_[None]) ** 2).sum(axis=2)
    assert km.inertia_ == pytest.approx(d2.min(axis=1).sum())
    np.testing.assert_array_equal(km.labels_, d2.argmin(axis=1))
    # at the fixed point every centre is the mean of its points
    for j in range(k):
        if np.any(km.labels_ == j):
            np.testing.assert_allclose(km.cluster_centers_[j], X[km.labels_ == j].mean(axis=0),
                                       atol=1e-9)


def test_kmeans_plus_plus_beats_random_init_on_average(make_blobs):
    X, _ = make_blobs(20, GRID_CENTRES, 0.5, seed=0)
    plus = [KMeans(9, init="k-means++", random_state=s).fit(X).inertia_ for s in range(20)]
    rand = [KMeans(9, init="random", random_state=s).fit(X).inertia_ for s in range(20)]
    assert np.mean(plus) < np.mean(rand)
    # the separated blobs' optimum is the blob partition; k-means++ finds it far more often
    optimum = min(plus)
    assert sum(v < optimum * 1.001 for v in plus) > sum(v < optimum * 1.001 for v in rand)


def test_matches_the_brute_force_optimum_on_a_tiny_set(partitions_equal):
    rng = np.random.default_rng(5)
    X = np.vstack([rng.normal(0, 0.3, (3, 2)), rng.normal(4, 0.3, (3, 2)),
                   rng.normal((0, 4), 0.3, (2, 2))])
    best = np.inf
    for labels in itertools.product(range(3), repeat=len(X)):
        labels = np.array(labels)
        if len(set(labels.tolist())) < 3:
            continue
        cost = sum(((X[labels == j] - X[labels == j].mean(axis=0)) ** 2).sum() for j in range(3))
        if cost < best:
            best, best_labels = cost, labels
    km = KMeans(3, n_init=5, random_state=0).fit(X)
    assert km.inertia_ == pytest.approx(best)
    assert partitions_equal(km.labels_, best_labels)


def test_empty_cluster_is_reseeded():
    # random init on duplicated points: some centre must start on a copy and lose its points
    X = np.array([[0.0, 0.0]] * 5 + [[10.0, 10.0]] * 5)
    km = KMeans(3, init="random", random_state=1).fit(X)
    assert np.isfinite(km.cluster_centers_).all()
    assert km.inertia_ == pytest.approx(0.0)


def test_matches_scikit_learn_inertia(make_blobs):
    sklearn_cluster = pytest.importorskip("sklearn.cluster")
    X, _ = make_blobs(30, [(0, 0), (5, 0), (0, 5)], 0.8, seed=2)
    ours = KMeans(3, n_init=5, random_state=0).fit(X)
    theirs = sklearn_cluster.KMeans(3, n_init=5, random_state=0).fit(X)
    assert ours.inertia_ == pytest.approx(theirs.inertia_, rel=1e-6)


def test_predict_transform_and_score(make_blobs):
    X, _ = make_blobs(10, [(0, 0), (10, 10)], 0.5, seed=3)
    km = KMeans(2, random_state=0).fit(X)
    np.testing.assert_array_equal(km.predict(X), km.labels_)
    distances = km.transform(X)
    np.testing.assert_allclose(distances.min(axis=1) ** 2, np.sort(distances ** 2, axis=1)[:, 0])
    assert km.score(X) == pytest.approx(-km.inertia_)


def test_bad_input():
    with pytest.raises(ValueError, match="more than the 3 samples"):
        KMeans(4).fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="NaN"):
        KMeans(1).fit([[np.nan, 1.0]])
    with pytest.raises(NotFittedError, match="call fit"):
        KMeans(2).predict([[0.0, 0.0]])
    with pytest.raises(ValueError, match="init must be"):
        KMeans(2, init="first").fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="fitted with 2"):
        KMeans(1).fit(np.zeros((3, 2))).predict(np.zeros((1, 3)))
    with pytest.raises(ValueError, match="positive integer"):
        KMeans(0).fit(np.zeros((3, 2)))
