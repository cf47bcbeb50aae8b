"""Agglomerative clustering: single linkage = MST cut; all linkages vs merging by the definition."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ml.cluster import AgglomerativeClustering


def distances(X):
    return np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))


def mst_cut_labels(X, k):
    """Prim's minimum spanning tree minus its k-1 longest edges: the components are the clusters."""
    D = distances(X)
    n = len(X)
    in_tree = [0]
    edges = []
    while len(in_tree) < n:
        outside = [j for j in range(n) if j not in in_tree]
        i, j = min(((i, j) for i in in_tree for j in outside), key=lambda e: D[e])
        edges.append((D[i, j], i, j))
        in_tree.append(j)
    kept = sorted(edges)[: n - k]
    parent = list(range(n))

    def root(a):
        while parent[a] != a:
            a = parent[a]
        return a

    for _, i, j in kept:
        parent[root(i)] = root(j)
    return np.array([root(i) for i in range(n)])


def definition_merges(X, k, linkage):
    """Merge the closest clusters, recomputing every linkage from the points each time."""
    D = distances(X)
    combine = {"single": np.min, "complete": np.max, "average": np.mean}[linkage]
    clusters = [[i] for i in range(len(X))]
    heights = []
    while len(clusters) > 1:
        best = min(((combine(D[np.ix_(a, b)]), ia, ib) for ia, a in enumerate(clusters)
                    for ib, b in enumerate(clusters) if ia < ib))
        height, ia, ib = best
        heights.append(height)
        if len(clusters) == k:
            labels = np.empty(len(X), dtype=int)
            for label, members in enumerate(clusters):
                labels[members] = label
        clusters[ia] = clusters[ia] + clusters[ib]
        del clusters[ib]
    if k == 1:
        labels = np.zeros(len(X), dtype=int)
    return labels, np.array(heights)


@settings(max_examples=40)
@given(seed=st.integers(0, 10_000), n=st.integers(2, 14), k=st.integers(1, 5))
def test_single_linkage_is_the_mst_cut(seed, n, k, partitions_equal):
    k = min(k, n)
    X = np.random.default_rng(seed).uniform(0, 10, (n, 2))
    labels = AgglomerativeClustering(k, "single").fit(X).labels_
    assert partitions_equal(labels, mst_cut_labels(X, k))


@settings(max_examples=30)
@given(seed=st.integers(0, 10_000), n=st.integers(2, 12), k=st.integers(1, 4),
       linkage=st.sampled_from(["single", "complete", "average"]))
def test_every_linkage_matches_merging_by_the_definition(seed, n, k, linkage, partitions_equal):
    k = min(k, n)
    X = np.random.default_rng(seed).normal(0, 3, (n, 2))
    model = AgglomerativeClustering(k, linkage).fit(X)
    labels, heights = definition_merges(X, k, linkage)
    assert partitions_equal(model.labels_, labels)
    np.testing.assert_allclose(model.distances_, heights, rtol=1e-12)
    assert len(set(model.labels_.tolist())) == k


def test_children_describe_the_tree():
    X = np.array([[0.0], [1.0], [5.0], [7.0]])
    model = AgglomerativeClustering(1, "single").fit(X)
    # 0+1 -> node 4 at 1; 2+3 -> node 5 at 2; 4+5 -> node 6 at 4
    assert model.children_.tolist() == [[0, 1], [2, 3], [4, 5]]
    assert model.distances_.tolist() == [1.0, 2.0, 4.0]
    assert model.labels_.tolist() == [0, 0, 0, 0]


def test_matches_scikit_learn(make_blobs, partitions_equal):
    sklearn_cluster = pytest.importorskip("sklearn.cluster")
    X, _ = make_blobs(15, [(0, 0), (4, 0), (2, 4)], 1.0, seed=6)
    for linkage in ("single", "complete", "average"):
        ours = AgglomerativeClustering(3, linkage).fit(X).labels_
        theirs = sklearn_cluster.AgglomerativeClustering(3, linkage=linkage).fit(X).labels_
        assert partitions_equal(ours, theirs), linkage


def test_bad_input():
    with pytest.raises(ValueError, match="from 1 to the 3 samples"):
        AgglomerativeClustering(4).fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="linkage must be one of"):
        AgglomerativeClustering(2, "ward").fit(np.zeros((3, 2)))
    with pytest.raises(ValueError, match="NaN"):
        AgglomerativeClustering(1).fit([[np.nan]])
