"""Agglomerative (bottom-up hierarchical) clustering with single, complete or average linkage.

Start with every point in its own cluster; repeatedly merge the two closest clusters until
``n_clusters`` remain. "Closest" needs a distance between *clusters*, the **linkage**:

- ``single``:   the closest pair of points, ``min d(a, b)``. Chains through thin bridges; its
  clusters are exactly those left by cutting the ``n_clusters - 1`` longest edges of a minimum
  spanning tree.
- ``complete``: the farthest pair, ``max d(a, b)``. Compact clusters of similar diameter.
- ``average``:  the mean over all pairs (UPGMA).

After merging ``A`` and ``B``, the distance from the new cluster to any other ``C`` follows from
the old ones (the Lance–Williams update), so no point-level distance is looked at again::

    single   min(d(A,C), d(B,C))
    complete max(d(A,C), d(B,C))
    average  (|A| d(A,C) + |B| d(B,C)) / (|A| + |B|)

The merge history is kept like scipy's linkage matrix: ``children_[m]`` are the two clusters
merged at step ``m`` (points are ``0..n-1``, the cluster made at step ``m`` is ``n + m``) and
``distances_[m]`` the linkage distance at which they merged; all ``n - 1`` merges are recorded,
so the full tree is there even though ``labels_`` cuts it at ``n_clusters``.
Time O(n^3) (each of ``n - 1`` merges scans an ``n x n`` matrix); space O(n^2).
"""

import numpy as np

from ml.base import BaseEstimator, ClusterMixin, check_array
from ml.cluster.kmeans import squared_distances

__all__ = ["AgglomerativeClustering"]

LINKAGES = ("single", "complete", "average")


class AgglomerativeClustering(ClusterMixin, BaseEstimator):
    """Merge clusters bottom-up until ``n_clusters`` remain.

    Learned: ``labels_`` (clusters numbered in order of their first point), ``children_``
    (n - 1, 2), ``distances_`` (n - 1,), ``n_features_in_``.

    >>> X = np.array([[0.0], [1.0], [5.0], [6.0], [20.0]])
    >>> AgglomerativeClustering(n_clusters=3).fit(X).labels_.tolist()
    [0, 0, 1, 1, 2]
    >>> model = AgglomerativeClustering(n_clusters=2, linkage="complete").fit(X)
    >>> model.labels_.tolist(), model.distances_.tolist()
    ([0, 0, 0, 0, 1], [1.0, 1.0, 6.0, 20.0])
    """

    def __init__(self, n_clusters: int = 2, linkage: str = "single") -> None:
        self.n_clusters = n_clusters
        self.linkage = linkage

    def fit(self, X, y=None) -> "AgglomerativeClustering":
        X = check_array(X)
        n = len(X)
        k = self.n_clusters
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 1 <= k <= n:
            raise ValueError(f"n_clusters must be an integer from 1 to the {n} samples, got {k!r}")
        if self.linkage not in LINKAGES:
            raise ValueError(f"linkage must be one of {LINKAGES}, got {self.linkage!r}")
        D = np.sqrt(squared_distances(X, X))
        np.fill_diagonal(D, np.inf)  # a cluster is never merged with itself
        size = np.ones(n)
        node = np.arange(n)  # which tree node each row of D currently stands for
        members = {i: [i] for i in range(n)}  # row -> the points of its cluster
        labels = np.full(n, -1)
        children, heights = [], []
        for step in range(n - 1):
            a, b = np.unravel_index(np.argmin(D), D.shape)
            a, b = min(a, b), max(a, b)
            children.append((int(node[a]), int(node[b])))
            heights.append(float(D[a, b]))
            if len(members) == k:  # the cut: record the clusters before merging further
                labels = self._number(members, n)
            if self.linkage == "single":
                merged = np.minimum(D[a], D[b])
            elif self.linkage == "complete":
                merged = np.maximum(D[a], D[b])
            else:
                merged = (size[a] * D[a] + size[b] * D[b]) / (size[a] + size[b])
            D[a, :] = D[:, a] = merged  # row a now stands for the union; row b retires
            D[a, a] = np.inf
            D[b, :] = D[:, b] = np.inf
            size[a] += size[b]
            node[a] = n + step
            members[a] += members.pop(b)
        if len(members) == k:  # k == 1: everything merged
            labels = self._number(members, n)
        self.labels_ = labels
        self.children_ = np.array(children, dtype=np.int64).reshape(-1, 2)
        self.distances_ = np.array(heights)
        self.n_features_in_ = X.shape[1]
        return self

    @staticmethod
    def _number(members: dict[int, list[int]], n: int) -> np.ndarray:
        labels = np.empty(n, dtype=np.int64)
        for label, points in enumerate(sorted(members.values(), key=min)):
            labels[points] = label
        return labels
