r"""Standardisation: give every feature mean 0 and standard deviation 1.

$z_{ij} = (x_{ij} - \mu_j) / \sigma_j$ with $\mu_j$, $\sigma_j$ the mean and (population)
standard deviation of feature $j$ **on the training data**. The same $\mu$ and $\sigma$ must be
applied to test data: re-estimating them on the test set would leak information and shift the
features the model was trained on. Why bother: gradient descent converges fastest when features
share a scale (the loss surface is rounder), distances in k-NN and the L2 penalty in ridge and
logistic regression treat all features alike only if they are comparable. A constant feature
has $\sigma = 0$; it is centred to exact zeros but not divided (scale 1).
Fit and transform are O(n d).
"""

import numpy as np

from ml.base import BaseEstimator, TransformerMixin, check_array, check_is_fitted

__all__ = ["StandardScaler"]


class StandardScaler(TransformerMixin, BaseEstimator):
    """Centre and scale each feature to mean 0, standard deviation 1.

    Learned: ``mean_`` ``(d,)``, ``scale_`` ``(d,)`` (the standard deviations, 1 where a
    feature is constant), ``n_features_in_``.

    >>> scaler = StandardScaler().fit([[1.0, 5.0], [3.0, 5.0]])
    >>> scaler.transform([[2.0, 5.0], [3.0, 6.0]]).tolist()
    [[0.0, 0.0], [1.0, 1.0]]
    >>> scaler.inverse_transform([[1.0, 1.0]]).tolist()
    [[3.0, 6.0]]
    """

    def __init__(self, with_mean: bool = True, with_std: bool = True):
        self.with_mean = with_mean
        self.with_std = with_std

    def fit(self, X, y=None) -> "StandardScaler":
        """Learn ``mean_`` and ``scale_`` from ``X`` ``(n, d)``; ``y`` is ignored."""
        X = self._validate_fit(X)
        constant = np.ptp(X, axis=0) == 0
        # the rounded mean of equal numbers can miss them by an ulp; take the value itself so a
        # constant column maps to exact zeros instead of +-1 from dividing rounding noise
        mean = np.where(constant, X[0], X.mean(axis=0))
        self.mean_ = mean if self.with_mean else np.zeros(X.shape[1])
        std = X.std(axis=0)
        std = np.where(constant | (std == 0), 1.0, std)  # std can underflow to 0 for tiny values
        self.scale_ = std if self.with_std else np.ones(X.shape[1])
        return self

    def transform(self, X) -> np.ndarray:
        """$(X - \\mu) / \\sigma$, same shape as ``X``."""
        X = self._validate_predict(X)
        return (X - self.mean_) / self.scale_

    def inverse_transform(self, Z) -> np.ndarray:
        """$Z \\sigma + \\mu$: back to the original units."""
        check_is_fitted(self)
        return check_array(Z) * self.scale_ + self.mean_
