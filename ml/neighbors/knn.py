r"""k-nearest neighbours: predict from the ``k`` training examples closest to the query.

There is no training beyond storing the data (fit is O(1) work plus a copy); all the cost is at
prediction, where every query is compared with every stored example. Classification takes a
vote among the neighbours' labels, regression averages their targets; ``weights="distance"``
lets nearer neighbours count more ($1/d$).

**Distances in bulk.** The squared Euclidean distance expands as

$$ \lVert a - b \rVert^2 = \lVert a \rVert^2 - 2\, a \cdot b + \lVert b \rVert^2, $$

so all query-to-example distances come from one matrix product $A B^\top$ (fast BLAS) plus two
vectors of norms, instead of an ``(m, n, d)`` array of differences. The expansion cancels
catastrophically when the norms dwarf the distances (data far from the origin), so the points
are first centred near the training mean and any entry still in doubt is recomputed from the
difference (:mod:`ml.metrics.pairwise`). Queries are processed ``chunk_size`` rows at a time so
memory stays O(chunk_size * n) however many queries there are. Prediction costs O(m n d) time
for ``m`` queries and ``n`` stored examples, plus O(m n log n) to rank them. Neighbours at equal
distance are ranked by their training order, and a tied vote goes to the smallest class.
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, RegressorMixin, check_array
from ml.metrics.pairwise import chunked_squared_distances

__all__ = ["KNeighborsClassifier", "KNeighborsRegressor", "squared_distances"]


def squared_distances(A, B, chunk_size: int = 1024):
    """Yield ``(start, D)`` where ``D[i, j] = ||A[start + i] - B[j]||^2`` for each chunk of ``A``.

    ``A`` is ``(m, d)``, ``B`` is ``(n, d)``; each ``D`` is ``(<= chunk_size, n)``.
    Time O(m n d), space O(chunk_size * n).

    >>> A = np.array([[0.0, 0.0], [3.0, 4.0]])
    >>> [(start, D.tolist()) for start, D in squared_distances(A, A, chunk_size=1)]
    [(0, [[0.0, 25.0]]), (1, [[25.0, 0.0]])]
    """
    A, B = check_array(A, "A"), check_array(B, "B")
    if A.shape[1] != B.shape[1]:
        raise ValueError(f"A has {A.shape[1]} features but B has {B.shape[1]}")
    yield from chunked_squared_distances(A, B, chunk_size)


class _KNeighbors(BaseEstimator):
    """Shared storage and neighbour search for the classifier and the regressor."""

    def __init__(self, n_neighbors: int = 5, weights: str = "uniform", chunk_size: int = 1024):
        self.n_neighbors = n_neighbors
        self.weights = weights
        self.chunk_size = chunk_size

    def _check_params(self, n: int) -> None:
        if not 1 <= self.n_neighbors <= n:
            raise ValueError(f"n_neighbors must be between 1 and the {n} training samples, got "
                             f"{self.n_neighbors}")
        if self.weights not in ("uniform", "distance"):
            raise ValueError(f"weights must be 'uniform' or 'distance', got {self.weights!r}")

    def kneighbors(self, X) -> tuple[np.ndarray, np.ndarray]:
        """Distances and training indices of the ``k`` nearest neighbours, each ``(m, k)``,
        nearest first. O(m n d + m n log n)."""
        X = self._validate_predict(X)
        k = self.n_neighbors
        dist = np.empty((len(X), k))
        ind = np.empty((len(X), k), dtype=np.int64)
        for start, D in squared_distances(X, self.X_fit_, self.chunk_size):
            order = np.argsort(D, axis=1, kind="stable")[:, :k]
            ind[start:start + len(D)] = order
            dist[start:start + len(D)] = np.sqrt(np.take_along_axis(D, order, axis=1))
        return dist, ind

    def _neighbor_weights(self, dist: np.ndarray) -> np.ndarray:
        if self.weights == "uniform":
            return np.ones_like(dist)
        with np.errstate(divide="ignore"):
            w = 1.0 / dist
        # a query that coincides with training points takes its answer from them alone
        exact = dist == 0
        return np.where(exact.any(axis=1, keepdims=True), exact.astype(np.float64), w)


class KNeighborsClassifier(ClassifierMixin, _KNeighbors):
    """Majority vote of the ``n_neighbors`` nearest training examples (Euclidean distance).

    Learned: ``X_fit_`` ``(n, d)``, ``classes_``, ``n_features_in_``.

    >>> X = np.array([[0.0], [1.0], [2.0], [10.0], [11.0]])
    >>> model = KNeighborsClassifier(n_neighbors=3).fit(X, ["a", "a", "a", "b", "b"])
    >>> model.predict([[1.5], [10.5]]).tolist()
    ['a', 'b']
    >>> model.predict_proba([[9.0]]).round(3).tolist()
    [[0.333, 0.667]]
    """

    def fit(self, X, y) -> "KNeighborsClassifier":
        """Store ``X`` ``(n, d)`` and the labels ``y`` ``(n,)``."""
        X, y = self._validate_fit(X, y)
        self._y_index = self._encode_labels(y)
        self._check_params(len(X))
        self.X_fit_ = X
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Weighted vote shares ``(m, k)``, columns in the order of ``classes_``."""
        dist, ind = self.kneighbors(X)
        w = self._neighbor_weights(dist)
        votes = np.zeros((len(ind), len(self.classes_)))
        rows = np.repeat(np.arange(len(ind)), ind.shape[1])
        np.add.at(votes, (rows, self._y_index[ind].ravel()), w.ravel())
        return votes / votes.sum(axis=1, keepdims=True)

    def predict(self, X) -> np.ndarray:
        """The class with the most (weighted) votes, shape ``(m,)``."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]


class KNeighborsRegressor(RegressorMixin, _KNeighbors):
    """Mean (or distance-weighted mean) target of the ``n_neighbors`` nearest examples.

    Learned: ``X_fit_`` ``(n, d)``, ``y_fit_`` ``(n,)``, ``n_features_in_``.

    >>> X = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> KNeighborsRegressor(n_neighbors=2).fit(X, [0.0, 10.0, 20.0, 30.0]).predict([[0.4]])
    array([5.])
    """

    def fit(self, X, y) -> "KNeighborsRegressor":
        """Store ``X`` ``(n, d)`` and the targets ``y`` ``(n,)``."""
        X, y = self._validate_fit(X, y, y_numeric=True)
        self._check_params(len(X))
        self.X_fit_, self.y_fit_ = X, y
        return self

    def predict(self, X) -> np.ndarray:
        """Weighted mean of the neighbours' targets, shape ``(m,)``."""
        dist, ind = self.kneighbors(X)
        w = self._neighbor_weights(dist)
        return (w * self.y_fit_[ind]).sum(axis=1) / w.sum(axis=1)
