r"""Gaussian naive Bayes: Bayes' rule with the "naive" assumption that features are independent.

Bayes' rule picks the class with the largest posterior $P(c \mid x) \propto P(c)\, P(x \mid c)$.
Estimating $P(x \mid c)$ over all ``d`` features jointly is hopeless with little data, so naive
Bayes assumes the features independent within a class and each one normal:

$$ \log P(c \mid x) = \log \pi_c - \frac12 \sum_j \Big[ \log(2\pi\sigma^2_{cj})
   + \frac{(x_j - \mu_{cj})^2}{\sigma^2_{cj}} \Big] + \text{const}, $$

with $\pi_c$ the class frequency and $\mu_{cj}$, $\sigma^2_{cj}$ the mean and (biased) variance of
feature $j$ within class $c$. Everything stays in **log space**: a product of 784 densities
underflows to 0 in float64, while the sum of their logs is an ordinary number. Probabilities are
recovered at the end with the log-sum-exp trick.

**Variance smoothing.** A feature that is constant within a class (a blank MNIST border pixel)
has $\sigma^2 = 0$ and the density divides by zero. Every variance gets
``var_smoothing`` $\times$ the largest feature variance added, which keeps the model finite and
scales with the data. Fit O(n d) time, O(k d) space; predict O(m k d).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin
from ml.special import log_softmax

__all__ = ["GaussianNB"]


class GaussianNB(ClassifierMixin, BaseEstimator):
    """Gaussian naive Bayes classifier.

    Learned: ``classes_``, ``class_prior_`` ``(k,)``, ``theta_`` (means, ``(k, d)``), ``var_``
    (smoothed variances, ``(k, d)``), ``epsilon_`` (the variance added), ``n_features_in_``.

    >>> X = np.array([[1.0], [2.0], [3.0], [10.0], [11.0], [12.0]])
    >>> model = GaussianNB().fit(X, [0, 0, 0, 1, 1, 1])
    >>> model.theta_.ravel().tolist(), model.predict([[4.0], [9.0]]).tolist()
    ([2.0, 11.0], [0, 1])
    """

    def __init__(self, var_smoothing: float = 1e-9):
        self.var_smoothing = var_smoothing

    def fit(self, X, y) -> "GaussianNB":
        """Estimate priors, means and variances per class from ``X`` ``(n, d)``, ``y`` ``(n,)``."""
        if self.var_smoothing < 0:
            raise ValueError(f"var_smoothing must be >= 0, got {self.var_smoothing}")
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        k = len(self.classes_)
        counts = np.bincount(t, minlength=k).astype(np.float64)
        self.class_prior_ = counts / len(t)
        self.theta_ = np.stack([X[t == c].mean(axis=0) for c in range(k)])
        var = np.stack([X[t == c].var(axis=0) for c in range(k)])
        self.epsilon_ = self.var_smoothing * float(X.var(axis=0).max())
        if self.epsilon_ == 0.0 and (var == 0).any():
            raise ValueError("a feature has zero variance within a class and every feature is "
                             "constant, so var_smoothing cannot fix it; drop constant features")
        self.var_ = var + self.epsilon_
        return self

    def joint_log_likelihood(self, X) -> np.ndarray:
        """$\\log \\pi_c + \\log P(x \\mid c)$ for each row and class, shape ``(m, k)``."""
        X = self._validate_predict(X)
        log_norm = -0.5 * np.log(2.0 * np.pi * self.var_).sum(axis=1)  # (k,)
        # sum_j (x_j - mu_j)^2 / var_j from the differences, one class at a time: expanding the
        # square into x^2 - 2 x mu + mu^2 cancels away every digit for data far from the origin
        quad = np.column_stack([((X - mu) ** 2 / var).sum(axis=1)
                                for mu, var in zip(self.theta_, self.var_, strict=True)])
        return np.log(self.class_prior_) + log_norm - 0.5 * quad

    def predict_log_proba(self, X) -> np.ndarray:
        """Log posteriors ``(m, k)``, normalised with log-sum-exp."""
        return log_softmax(self.joint_log_likelihood(X))  # J - logsumexp(J), row by row

    def predict_proba(self, X) -> np.ndarray:
        """Posterior probabilities ``(m, k)``, columns in the order of ``classes_``."""
        return np.exp(self.predict_log_proba(X))

    def predict(self, X) -> np.ndarray:
        """The class of largest posterior, shape ``(m,)``."""
        J = self.joint_log_likelihood(X)
        return self.classes_[J.argmax(axis=1)]
