"""DBSCAN against a brute-force reading of the definition: components of the core eps-graph."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.cluster import DBSCAN


def reference_core_clusters(X, eps, min_samples):
    """Core points, and their clusters as the transitive closure of the core eps-graph."""
    dist = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    adjacent = dist <= eps
    core = adjacent.sum(axis=1) >= min_samples
    reach = adjacent & core[:, None] & core[None, :]
    reach |= np.eye(len(X), dtype=bool)
    while True:  # square the reachability matrix until it stops growing
        grown = (reach.astype(int) @ reach.astype(int)) > 0
        if (grown == reach).all():
            break
        reach = grown
    return core, reach, adjacent


def check_against_definition(X, eps, min_samples, labels):
    core, reach, adjacent = reference_core_clusters(X, eps, min_samples)
    core_idx = np.flatnonzero(core)
    # core points share a label exactly when they are connected
    same = labels[core_idx][:, None] == labels[core_idx][None, :]
    np.testing.assert_array_equal(same, reach[np.ix_(core_idx, core_idx)])
    assert np.all(labels[core_idx] >= 0)
    for i in np.flatnonzero(~core):
        core_neighbours = np.flatnonzero(adjacent[i] & core)
        if core_neighbours.size == 0:
            assert labels[i] == -1, f"point {i} is reachable from no core point: noise"
        else:  # a border point takes the label of one of its core neighbours
            assert labels[i] in set(labels[core_neighbours].tolist())


@settings(max_examples=40)
@given(seed=st.integers(0, 10_000), eps=st.floats(0.2, 1.5), min_samples=st.integers(1, 6))
def test_random_points_match_the_definition(seed, eps, min_samples):
    rng = np.random.default_rng(seed)
    X = rng.uniform(0, 5, (40, 2))
    model = DBSCAN(eps=eps, min_samples=min_samples).fit(X)
    check_against_definition(X, eps, min_samples, model.labels_)
    labels = model.labels_
    assert model.n_clusters_ == len(set(labels.tolist()) - {-1})
    assert set(labels.tolist()) - {-1} == set(range(model.n_clusters_))


def test_two_moons_are_separated(make_moons, partitions_equal):
    X, truth = make_moons(200, 0.05, seed=0)
    model = DBSCAN(eps=0.2, min_samples=5).fit(X)
    check_against_definition(X, 0.2, 5, model.labels_)
    assert model.n_clusters_ == 2
    assert partitions_equal(model.labels_[model.labels_ >= 0], truth[model.labels_ >= 0])
    assert np.mean(model.labels_ == -1) < 0.05


def test_blobs_with_noise(make_blobs, partitions_equal):
    X, truth = make_blobs(40, [(0, 0), (6, 6)], 0.4, seed=1)
    noise = np.array([[3.0, 3.0], [-6.0, 6.0], [12.0, -3.0]])
    model = DBSCAN(eps=0.6, min_samples=4).fit(np.vstack([X, noise]))
    np.testing.assert_array_equal(model.labels_[-3:], [-1, -1, -1])
    assert model.n_clusters_ == 2
    found = model.labels_[:-3]
    assert partitions_equal(found[found >= 0], truth[found >= 0])


def test_matches_scikit_learn(make_moons):
    sklearn_cluster = pytest.importorskip("sklearn.cluster")
    X, _ = make_moons(150, 0.08, seed=4)
    ours = DBSCAN(eps=0.15, min_samples=4).fit(X)
    theirs = sklearn_cluster.DBSCAN(eps=0.15, min_samples=4).fit(X)
    np.testing.assert_array_equal(ours.core_sample_indices_, theirs.core_sample_indices_)
    np.testing.assert_array_equal(ours.labels_ == -1, theirs.labels_ == -1)


def test_bad_input():
    with pytest.raises(ValueError, match="eps must be positive"):
        DBSCAN(eps=0).fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="min_samples"):
        DBSCAN(min_samples=0).fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="NaN"):
        DBSCAN().fit([[np.nan, 0.0]])
