"""Principal component analysis by the singular value decomposition.

PCA finds orthogonal directions, ordered by how much of the data's variance lies along each.
Centre the data (``Xc = X - mean``), then the SVD ``Xc = U S V^T`` hands them over directly:

- the rows of ``V^T`` are the principal directions (``components_``), unit length, orthogonal;
- the variance along direction ``k`` is ``S_k**2 / (n - 1)`` (``explained_variance_``), because
  ``Xc^T Xc / (n - 1) = V (S**2 / (n - 1)) V^T`` is the covariance matrix in its eigenbasis.

So the components are the eigenvectors of the covariance matrix and the variances its
eigenvalues, but the SVD never forms ``Xc^T Xc``, whose condition number is the square of
``Xc``'s: it loses half as many digits. ``transform`` projects onto the first ``k`` directions
(``Xc @ V_k``), and ``inverse_transform`` maps back (``Z @ V_k^T + mean``): the best rank-``k``
approximation of the data in squared error (Eckart–Young).

Each direction's sign is arbitrary (``v`` and ``-v`` span the same line); for reproducible output
it is fixed so that the entry of largest magnitude is positive.
Time O(n * d * min(n, d)) for the SVD; space O(n * d).
"""

import numpy as np

from ml.base import BaseEstimator, NotFittedError, TransformerMixin, check_array

__all__ = ["PCA"]


class PCA(TransformerMixin, BaseEstimator):
    """Project data onto its ``n_components`` directions of largest variance.

    ``n_components=None`` keeps ``min(n_samples, n_features)`` components. Learned: ``mean_``,
    ``components_`` (k, d), ``explained_variance_`` (k,), ``explained_variance_ratio_`` (k,),
    ``singular_values_`` (k,), ``n_components_``, ``n_features_in_``.

    >>> X = np.array([[2.0, 0.0], [0.0, 0.0], [-2.0, 0.0], [0.0, 1.0], [0.0, -1.0]])
    >>> pca = PCA(n_components=1).fit(X)
    >>> pca.components_.tolist(), pca.explained_variance_.tolist()
    ([[1.0, 0.0]], [2.0])
    >>> pca.explained_variance_ratio_.round(3).tolist()  # 8 of the 10 units of spread
    [0.8]
    >>> pca.transform([[3.0, 5.0]]).tolist(), pca.inverse_transform([[3.0]]).tolist()
    ([[3.0]], [[3.0, 0.0]])
    """

    def __init__(self, n_components: int | None = None) -> None:
        self.n_components = n_components

    def fit(self, X, y=None) -> "PCA":
        X = check_array(X)
        n, d = X.shape
        k = min(n, d) if self.n_components is None else self.n_components
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 1 <= k <= min(n, d):
            raise ValueError(f"n_components must be an integer from 1 to min(n_samples, "
                             f"n_features) = {min(n, d)}, got {self.n_components!r}")
        if n < 2:
            raise ValueError("PCA needs at least two samples to measure variance")
        self.mean_ = X.mean(axis=0)
        _, S, Vt = np.linalg.svd(X - self.mean_, full_matrices=False)
        # fix each direction's sign: its largest-magnitude entry positive
        biggest = np.argmax(np.abs(Vt), axis=1)
        Vt *= np.sign(Vt[np.arange(len(Vt)), biggest])[:, None]
        variance = S**2 / (n - 1)
        total = variance.sum()
        self.n_components_ = int(k)
        self.components_ = Vt[:k]
        self.singular_values_ = S[:k]
        self.explained_variance_ = variance[:k]
        self.explained_variance_ratio_ = variance[:k] / total if total > 0 else np.zeros(k)
        self.n_features_in_ = d
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "components_"):
            raise NotFittedError("PCA is not fitted yet: call fit(X) before transform or "
                                 "inverse_transform")

    def transform(self, X) -> np.ndarray:
        """Coordinates of ``X`` along the components, shape ``(n, n_components_)``."""
        X = self._validate_predict(X)
        return (X - self.mean_) @ self.components_.T

    def inverse_transform(self, Z) -> np.ndarray:
        """Points in the original space from their coordinates ``Z (n, n_components_)``."""
        self._check_fitted()
        Z = check_array(Z, name="Z")
        if Z.shape[1] != self.n_components_:
            raise ValueError(f"Z has {Z.shape[1]} columns, but PCA keeps {self.n_components_} "
                             "components")
        return Z @ self.components_ + self.mean_
