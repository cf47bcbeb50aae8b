"""k-means (Lloyd's algorithm) with k-means++ seeding.

k-means looks for ``k`` centres that minimise the **inertia**, the sum of squared distances from
each point to its nearest centre. Lloyd's algorithm alternates two steps, each of which can only
lower the inertia:

1. *assign* every point to its nearest centre (the best labels for these centres);
2. *update* every centre to the mean of its points (the best centres for these labels: the mean
   minimises a sum of squared distances).

So the inertia never increases and, as there are finitely many labellings, the loop stops; at a
local minimum, not necessarily the global one. Where it ends depends on where it starts.
**k-means++** (Arthur and Vassilvitskii, 2007) starts well: the first centre is a random point,
and each next one is a point drawn with probability proportional to ``D(x)**2``, its squared
distance to the nearest centre chosen so far, so the centres spread over the data. Its expected
inertia is within ``O(log k)`` of the optimum before Lloyd even starts. ``n_init`` runs keep the
best. A run stops when the centres moved less than ``tol`` in total (the Euclidean norm of all
their shifts together), or after ``max_iter`` rounds with a :class:`ml.base.ConvergenceWarning`.
``random_state`` is 0 by default, as for every estimator (see :mod:`ml.base`).

A centre that loses all its points is moved onto the point farthest from its own centre (that
point's cost drops to zero, so the inertia still does not increase).
Time O(n_init * iterations * n * k * d); space O(n * k) for the distances.
"""

import numpy as np

from ml.base import (
    BaseEstimator,
    ClusterMixin,
    TransformerMixin,
    check_array,
    check_random_state,
    warn_not_converged,
)
from ml.metrics.pairwise import squared_distances as pairwise_squared_distances

__all__ = ["KMeans", "kmeans_plus_plus", "squared_distances"]


def squared_distances(X: np.ndarray, C: np.ndarray) -> np.ndarray:
    """``(n, k)`` squared Euclidean distances from each row of ``X`` to each centre in ``C``.

    The fast expansion ``|x|^2 - 2 x.c + |c|^2`` on centred data, with the entries it cannot
    trust recomputed exactly (:mod:`ml.metrics.pairwise`), so an offset of ``1e8`` changes
    nothing. Time O(n * k * d), space O(n * k).

    >>> squared_distances(np.array([[0.0, 0.0], [3.0, 4.0]]), np.array([[0.0, 0.0]])).tolist()
    [[0.0], [25.0]]
    """
    return pairwise_squared_distances(X, C)


def kmeans_plus_plus(X: np.ndarray, k: int, rng: np.random.Generator) -> np.ndarray:
    """``k`` initial centres drawn by D² sampling. Time O(n * k * d).

    >>> X = np.array([[0.0], [0.1], [10.0], [10.1]])
    >>> sorted(np.round(kmeans_plus_plus(X, 2, np.random.default_rng(0)).ravel()).tolist())
    [0.0, 10.0]
    """
    n = len(X)
    centres = np.empty((k, X.shape[1]))
    centres[0] = X[rng.integers(n)]
    closest = squared_distances(X, centres[:1])[:, 0]
    for j in range(1, k):
        total = closest.sum()
        # all points already sit on a centre (duplicates): any choice is as good
        i = rng.choice(n, p=closest / total) if total > 0 else rng.integers(n)
        centres[j] = X[i]
        closest = np.minimum(closest, squared_distances(X, centres[j : j + 1])[:, 0])
    return centres


class KMeans(ClusterMixin, TransformerMixin, BaseEstimator):
    """Lloyd's k-means with ``init="k-means++"`` (default) or ``"random"`` (k distinct points).

    Learned: ``cluster_centers_`` (k, d), ``labels_`` (n,), ``inertia_``, ``n_iter_``,
    ``inertia_history_`` (the inertia after each assignment step of the best run; it never
    increases), ``n_features_in_``.

    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [10.0, 0.0], [10.0, 1.0]])
    >>> km = KMeans(n_clusters=2, random_state=0).fit(X)
    >>> sorted(km.cluster_centers_.tolist()), km.inertia_
    ([[0.0, 0.5], [10.0, 0.5]], 1.0)
    >>> bool(km.predict([[9.0, 0.0]])[0] == km.labels_[2])
    True
    """

    def __init__(self, n_clusters: int = 8, init: str = "k-means++", n_init: int = 1,
                 max_iter: int = 300, tol: float = 1e-4, random_state=0) -> None:
        self.n_clusters = n_clusters
        self.init = init
        self.n_init = n_init
        self.max_iter = max_iter
        self.tol = tol
        self.random_state = random_state

    def _check_params(self, n: int) -> None:
        k = self.n_clusters
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 1:
            raise ValueError(f"n_clusters must be a positive integer, got {k!r}")
        if k > n:
            raise ValueError(f"n_clusters={k} is more than the {n} samples: each cluster needs "
                             "at least one point; lower n_clusters or give more data")
        if self.init not in ("k-means++", "random"):
            raise ValueError(f"init must be 'k-means++' or 'random', got {self.init!r}")
        if self.n_init < 1 or self.max_iter < 1 or self.tol < 0:
            raise ValueError("n_init and max_iter must be >= 1 and tol >= 0")

    def fit(self, X, y=None) -> "KMeans":
        X = check_array(X)
        self._check_params(len(X))
        rng = check_random_state(self.random_state)
        best = None
        for _ in range(self.n_init):
            run = self._lloyd(X, self._initial_centres(X, rng))
            if best is None or run[2][-1] < best[2][-1]:
                best = run
        centres, labels, history, n_iter = best
        self.cluster_centers_, self.labels_ = centres, labels
        self.inertia_history_ = history
        self.inertia_ = history[-1]
        self.n_iter_ = n_iter
        self.n_features_in_ = X.shape[1]
        return self

    def _initial_centres(self, X: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        if self.init == "k-means++":
            return kmeans_plus_plus(X, self.n_clusters, rng)
        return X[rng.choice(len(X), self.n_clusters, replace=False)].copy()

    def _lloyd(self, X: np.ndarray, centres: np.ndarray):
        history: list[float] = []
        for _ in range(self.max_iter):
            d2 = squared_distances(X, centres)
            labels = d2.argmin(axis=1)
            cost = d2[np.arange(len(X)), labels]
            history.append(float(cost.sum()))  # the inertia of (these centres, these labels)
            new = centres.copy()
            for j in range(self.n_clusters):
                members = labels == j
                if members.any():
                    new[j] = X[members].mean(axis=0)
                else:  # an empty cluster takes the worst-served point
                    worst = int(cost.argmax())
                    new[j], cost[worst] = X[worst], 0.0
            shift = float(((new - centres) ** 2).sum())
            centres = new
            if shift <= self.tol * self.tol:
                break
        else:
            warn_not_converged(self, self.max_iter, "raise max_iter or tol")
        n_iter = len(history)
        d2 = squared_distances(X, centres)
        labels = d2.argmin(axis=1)
        final = float(d2[np.arange(len(X)), labels].sum())
        if final < history[-1]:
            history.append(final)
        return centres, labels, history, n_iter

    def predict(self, X) -> np.ndarray:
        """Index of the nearest centre for each row."""
        return squared_distances(self._validate_predict(X), self.cluster_centers_).argmin(axis=1)

    def transform(self, X) -> np.ndarray:
        """Euclidean distance from each row to each centre, ``(n, k)``."""
        return np.sqrt(squared_distances(self._validate_predict(X), self.cluster_centers_))

    def score(self, X, y=None) -> float:
        """Minus the inertia of ``X`` under the learned centres (higher is better)."""
        d2 = squared_distances(self._validate_predict(X), self.cluster_centers_)
        return -float(d2.min(axis=1).sum())
