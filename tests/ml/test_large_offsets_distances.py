"""Moving every point by the same large vector changes no distance, so it must change no result.

Before centring, the expansion |a|^2 - 2ab + |b|^2 lost every digit at an offset of 1e8 (DBSCAN
saw one cluster instead of four); these tests pin the results at offsets 1e4 .. 1e8 to the ones
at offset 0, for every model that computes distances that way.
"""

import numpy as np
import pytest

from ml.cluster import DBSCAN, AgglomerativeClustering, KMeans
from ml.metrics.pairwise import chunked_squared_distances, squared_distances
from ml.neighbors import KNeighborsClassifier, KNeighborsRegressor

OFFSETS = [1e4, 1e6, 1e8]


@pytest.fixture(scope="module")
def four_blobs():
    rng = np.random.default_rng(7)
    centres = np.array([[0.0, 0.0], [4.0, 0.0], [0.0, 4.0], [4.0, 4.0]])
    X = np.vstack([rng.normal(c, 0.3, (25, 2)) for c in centres])
    return X, np.repeat(np.arange(4), 25)


def shifted(X, offset):
    return X + np.array([offset, -0.5 * offset])  # different offsets per feature, both signs


@pytest.mark.parametrize("offset", OFFSETS)
def test_squared_distances_keep_their_digits_far_from_the_origin(four_blobs, offset):
    X = shifted(four_blobs[0], offset)
    exact = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    np.testing.assert_allclose(squared_distances(X, X), exact, rtol=1e-9, atol=0)
    chunks = np.vstack([D for _, D in chunked_squared_distances(X, X[:7], chunk_size=13)])
    np.testing.assert_allclose(chunks, exact[:, :7], rtol=1e-9, atol=0)


def test_squared_distances_are_exact_between_two_far_apart_clusters():
    # centring cannot help here (the mean lies between the clusters); the exact recomputation must
    X = np.array([[-1e8], [-1e8 + 1.0], [1e8], [1e8 + 2.0]])
    D = squared_distances(X, X)
    assert D[0, 1] == 1.0 and D[2, 3] == 4.0 and np.all(np.diag(D) == 0.0)


@pytest.mark.parametrize("offset", OFFSETS)
def test_dbscan_finds_the_same_four_clusters(four_blobs, offset):
    X, _ = four_blobs
    base = DBSCAN(eps=0.6, min_samples=4).fit(X)
    moved = DBSCAN(eps=0.6, min_samples=4).fit(shifted(X, offset))
    assert base.n_clusters_ == 4
    np.testing.assert_array_equal(moved.labels_, base.labels_)


@pytest.mark.parametrize("offset", OFFSETS)
def test_kmeans_gives_the_same_labels_and_inertia(four_blobs, offset):
    X, _ = four_blobs
    base = KMeans(4, random_state=0).fit(X)
    moved = KMeans(4, random_state=0).fit(shifted(X, offset))
    np.testing.assert_array_equal(moved.labels_, base.labels_)
    assert moved.inertia_ == pytest.approx(base.inertia_, rel=1e-6)
    np.testing.assert_allclose(moved.transform(shifted(X[:5], offset)), base.transform(X[:5]),
                               rtol=1e-6)


@pytest.mark.parametrize("linkage", ["single", "complete", "average"])
@pytest.mark.parametrize("offset", OFFSETS)
def test_agglomerative_merges_in_the_same_order(four_blobs, offset, linkage):
    X, _ = four_blobs
    base = AgglomerativeClustering(4, linkage=linkage).fit(X)
    moved = AgglomerativeClustering(4, linkage=linkage).fit(shifted(X, offset))
    np.testing.assert_array_equal(moved.labels_, base.labels_)
    np.testing.assert_allclose(moved.distances_, base.distances_, rtol=1e-6)


@pytest.mark.parametrize("offset", OFFSETS)
def test_knn_finds_the_same_neighbours(four_blobs, offset):
    X, y = four_blobs
    rng = np.random.default_rng(3)
    Q = rng.uniform(-1.0, 5.0, (30, 2))
    base = KNeighborsClassifier(n_neighbors=5, chunk_size=8).fit(X, y)
    moved = KNeighborsClassifier(n_neighbors=5, chunk_size=8).fit(shifted(X, offset), y)
    dist0, ind0 = base.kneighbors(Q)
    dist1, ind1 = moved.kneighbors(shifted(Q, offset))
    np.testing.assert_array_equal(ind1, ind0)
    np.testing.assert_allclose(dist1, dist0, rtol=1e-6)
    reg0 = KNeighborsRegressor(3, weights="distance").fit(X, X[:, 0]).predict(Q)
    reg1 = KNeighborsRegressor(3, weights="distance").fit(shifted(X, offset), X[:, 0])
    np.testing.assert_allclose(reg1.predict(shifted(Q, offset)), reg0, rtol=1e-6)
