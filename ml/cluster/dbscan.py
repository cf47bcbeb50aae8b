"""DBSCAN: clusters are regions dense with points; points in sparse regions are noise.

Two settings define "dense": a point is a **core point** if at least ``min_samples`` points
(itself included) lie within distance ``eps`` of it. Then:

- two core points within ``eps`` of each other are in the same cluster, and so are core points
  joined by a chain of such steps: the clusters are the connected components of the core points'
  ``eps``-graph;
- a non-core point within ``eps`` of some core point is a **border point** and joins (one of)
  that core point's clusters;
- every other point is **noise**, labelled ``-1``.

Unlike k-means, DBSCAN finds the number of clusters itself and follows clusters of any shape (two
interleaved moons), at the price of choosing ``eps``. The core points' clustering is unique; a
border point within reach of two clusters goes to the one that reaches it first, here the one
whose lowest-indexed core point comes first (Ester, Kriegel, Sander and Xu, 1996).

This version computes all pairwise distances: O(n^2 * d) time and O(n^2) space, fine for a few
thousand points (a spatial index would make the neighbour queries faster).
"""

from collections import deque

import numpy as np

from ml.base import BaseEstimator, ClusterMixin, check_array
from ml.cluster.kmeans import squared_distances

__all__ = ["DBSCAN"]


class DBSCAN(ClusterMixin, BaseEstimator):
    """Density-based clustering. ``labels_`` numbers clusters 0, 1, ...; noise is ``-1``.

    Learned: ``labels_`` (n,), ``core_sample_indices_``, ``n_clusters_``, ``n_features_in_``.

    >>> X = np.array([[0.0], [0.5], [1.0], [10.0], [10.5], [11.0], [50.0]])
    >>> DBSCAN(eps=0.6, min_samples=2).fit(X).labels_.tolist()
    [0, 0, 0, 1, 1, 1, -1]
    >>> DBSCAN(eps=0.6, min_samples=3).fit(X).core_sample_indices_.tolist()  # middles only
    [1, 4]
    """

    def __init__(self, eps: float = 0.5, min_samples: int = 5) -> None:
        self.eps = eps
        self.min_samples = min_samples

    def fit(self, X, y=None) -> "DBSCAN":
        X = check_array(X)
        if not self.eps > 0:
            raise ValueError(f"eps must be positive, got {self.eps}")
        if isinstance(self.min_samples, bool) or not isinstance(self.min_samples, int) \
                or self.min_samples < 1:
            raise ValueError(f"min_samples must be a positive integer, got {self.min_samples!r}")
        n = len(X)
        within = squared_distances(X, X) <= self.eps * self.eps
        neighbours = [np.flatnonzero(row) for row in within]  # each includes the point itself
        core = np.array([len(nb) >= self.min_samples for nb in neighbours], dtype=bool)
        labels = np.full(n, -1)
        cluster = 0
        for start in np.flatnonzero(core):
            if labels[start] != -1:
                continue
            # breadth-first search over the eps-graph, expanding from core points only
            labels[start] = cluster
            queue = deque([start])
            while queue:
                point = queue.popleft()
                for other in neighbours[point]:
                    if labels[other] == -1:
                        labels[other] = cluster
                        if core[other]:  # border points join but do not spread the cluster
                            queue.append(other)
            cluster += 1
        self.labels_ = labels
        self.core_sample_indices_ = np.flatnonzero(core)
        self.n_clusters_ = cluster
        self.n_features_in_ = X.shape[1]
        return self
