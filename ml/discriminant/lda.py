r"""Linear discriminant analysis: Gaussian classes that share one covariance matrix.

Model each class $c$ as a normal distribution $N(\mu_c, \Sigma)$ with its own mean but a
**common** covariance $\Sigma$, and prior $\pi_c$. The log posterior is then, up to terms that do
not depend on $c$,

$$ \delta_c(x) = x^\top \Sigma^{-1} \mu_c - \tfrac12 \mu_c^\top \Sigma^{-1} \mu_c + \log \pi_c , $$

**linear** in $x$: the quadratic term $x^\top \Sigma^{-1} x$ is the same for every class and
cancels, so the boundary between two classes is a hyperplane. (With a covariance per class it
would not cancel: that is quadratic discriminant analysis.) For two classes the boundary's
normal $\Sigma^{-1}(\mu_1 - \mu_0)$ is Fisher's direction, the projection that best separates the
class means relative to the spread within the classes.

Estimates: $\pi_c$ the class frequencies, $\mu_c$ the class means, and $\Sigma$ the pooled
within-class covariance $\frac1n \sum_i (x_i - \mu_{y_i})(x_i - \mu_{y_i})^\top$. We never invert
$\Sigma$: the weights $W = \Sigma^{-1} M^\top$ come from ``numpy.linalg.lstsq``, which also copes
with a singular $\Sigma$ (a constant pixel) by taking the minimum-norm solution. ``shrinkage``
$\alpha \in [0, 1]$ replaces $\Sigma$ with $(1 - \alpha)\Sigma + \alpha \bar s I$ ($\bar s$ the mean
variance): with many features and few samples the estimate of $\Sigma$ is noisy, and pulling it
toward a multiple of the identity helps. Fit O(n d^2 + d^3) time, O(d^2 + k d) space; predict
O(m d k).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin
from ml.special import softmax

__all__ = ["LinearDiscriminantAnalysis"]


class LinearDiscriminantAnalysis(ClassifierMixin, BaseEstimator):
    """LDA classifier with optional shrinkage of the shared covariance.

    Learned: ``classes_``, ``priors_`` ``(k,)``, ``means_`` ``(k, d)``, ``covariance_``
    ``(d, d)`` (after shrinkage), ``coef_`` ``(d, k)`` and ``intercept_`` ``(k,)`` so that
    $\\delta(x) = x W + b$, ``xbar_`` (the training mean the scores are computed around), and
    ``n_features_in_``.

    >>> X = np.array([[0.0, 0.0], [1.0, 1.0], [1.0, 0.0], [4.0, 4.0], [5.0, 5.0], [5.0, 4.0]])
    >>> model = LinearDiscriminantAnalysis().fit(X, [0, 0, 0, 1, 1, 1])
    >>> model.predict([[0.5, 0.5], [4.5, 4.5]]).tolist()
    [0, 1]
    """

    def __init__(self, shrinkage: float = 0.0):
        self.shrinkage = shrinkage

    def fit(self, X, y) -> "LinearDiscriminantAnalysis":
        """Estimate priors, means and the shared covariance from ``X`` ``(n, d)``, ``y``."""
        if not 0.0 <= self.shrinkage <= 1.0:
            raise ValueError(f"shrinkage must be in [0, 1], got {self.shrinkage}")
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        n, d = X.shape
        k = len(self.classes_)
        self.priors_ = np.bincount(t, minlength=k) / n
        self.means_ = np.stack([X[t == c].mean(axis=0) for c in range(k)])
        centred = X - self.means_[t]
        cov = centred.T @ centred / n
        if self.shrinkage > 0:
            cov = (1 - self.shrinkage) * cov + self.shrinkage * np.trace(cov) / d * np.eye(d)
        self.covariance_ = cov
        # Sigma^{-1} mu_c (column c) for coef_, and Sigma^{-1} (mu_c - xbar) for the scores
        self.xbar_ = X.mean(axis=0)
        rhs = np.hstack([self.means_.T, (self.means_ - self.xbar_).T])
        solved, *_ = np.linalg.lstsq(cov, rhs, rcond=None)
        W, self._centred_coef = solved[:, :k], solved[:, k:]
        self.coef_ = W
        self.intercept_ = -0.5 * np.einsum("kd,dk->k", self.means_, W) + np.log(self.priors_)
        self._centred_intercept = (-0.5 * np.einsum("kd,dk->k", self.means_ - self.xbar_,
                                                    self._centred_coef) + np.log(self.priors_))
        return self

    def decision_function(self, X) -> np.ndarray:
        """Discriminant scores $\\delta_c(x)$, up to a constant per row, shape ``(m, k)``.

        Computed around the training mean $\\bar x$: with $u = x - \\bar x$ and
        $m_c = \\mu_c - \\bar x$, $\\delta_c(x) = u^\\top \\Sigma^{-1} m_c - \\tfrac12 m_c^\\top
        \\Sigma^{-1} m_c + \\log \\pi_c$ plus terms that are the same for every class (so no
        prediction or probability changes). Written for raw $x$ the terms are huge and cancel,
        losing every digit for data far from the origin. O(m d k).
        """
        X = self._validate_predict(X)
        return (X - self.xbar_) @ self._centred_coef + self._centred_intercept

    def predict_proba(self, X) -> np.ndarray:
        """Posterior probabilities ``(m, k)`` (softmax of the discriminants)."""
        return softmax(self.decision_function(X))

    def predict(self, X) -> np.ndarray:
        """The class with the largest discriminant, shape ``(m,)``."""
        scores = self.decision_function(X)
        return self.classes_[scores.argmax(axis=1)]
