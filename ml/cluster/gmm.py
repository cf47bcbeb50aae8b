"""Gaussian mixture model fitted by expectation–maximisation (EM).

The model: each point comes from one of ``k`` Gaussians, component ``j`` chosen with probability
``w_j``, so the density is ``p(x) = sum_j w_j N(x | mu_j, Sigma_j)``. Had we known which component
made each point, fitting would be ``k`` separate means and covariances. EM alternates between
guessing that and fitting:

- **E step**: the *responsibility* of component ``j`` for point ``i`` is its posterior
  probability ``r_ij = w_j N(x_i | mu_j, Sigma_j) / p(x_i)``.
- **M step**: refit each component to all points, weighted by responsibility:
  ``N_j = sum_i r_ij``, ``w_j = N_j / n``, ``mu_j = sum_i r_ij x_i / N_j``,
  ``Sigma_j = sum_i r_ij (x_i - mu_j)(x_i - mu_j)^T / N_j + reg_covar * I``.

Each round cannot lower the log-likelihood ``sum_i log p(x_i)``: the M step maximises a lower
bound that touches the log-likelihood at the current parameters (Dempster, Laird and Rubin, 1977).
``log_likelihood_history_`` records the mean log-likelihood per point before each M step (and
once after the last one). The small ``reg_covar`` keeps every covariance invertible when a
component collapses onto a few points; strictly it makes the M step a hair off the exact
maximiser, so the guarantee holds up to changes of order ``reg_covar``.

**Numerics.** Densities of far-away points underflow to 0 in float64 (``e^-800``), so everything
is done in logs: ``log N`` through a Cholesky factor ``Sigma = L L^T`` (``log det Sigma =
2 sum log L_ii``, Mahalanobis distance ``|L^-1 (x - mu)|^2``), and the sum over components by
log-sum-exp, ``log sum_j e^{a_j} = m + log sum_j e^{a_j - m}`` with ``m = max_j a_j``.
Time O(iterations * n * k * d^2 + iterations * k * d^3); space O(n * k + k * d^2).
"""

import numpy as np

from ml.base import (
    BaseEstimator,
    check_array,
    check_is_fitted,
    check_random_state,
    warn_not_converged,
)
from ml.cluster.kmeans import KMeans
from ml.special import logsumexp

__all__ = ["GaussianMixture"]


class GaussianMixture(BaseEstimator):
    """A mixture of ``n_components`` full-covariance Gaussians, fitted by EM.

    ``init="kmeans"`` starts from a k-means labelling, ``"random"`` from random responsibilities
    (``random_state`` seeds both, 0 by default). EM stops once the mean log-likelihood changes by
    less than ``tol``; reaching ``max_iter`` first warns with :class:`ml.base.ConvergenceWarning`
    (unless ``tol=0``, which asks for exactly ``max_iter`` rounds).
    Learned: ``weights_`` (k,), ``means_`` (k, d), ``covariances_`` (k, d, d),
    ``log_likelihood_history_``, ``converged_``, ``n_iter_``, ``n_features_in_``.

    >>> rng = np.random.default_rng(0)
    >>> X = np.vstack([rng.normal(-5, 1, (100, 2)), rng.normal(5, 1, (100, 2))])
    >>> gmm = GaussianMixture(n_components=2, random_state=0).fit(X)
    >>> sorted(np.round(gmm.means_[:, 0]).tolist()), np.round(gmm.weights_, 1).tolist()
    ([-5.0, 5.0], [0.5, 0.5])
    >>> gmm.predict_proba([[5.0, 5.0]]).round(3).max().item()
    1.0
    """

    def __init__(self, n_components: int = 1, max_iter: int = 100, tol: float = 1e-5,
                 reg_covar: float = 1e-6, init: str = "kmeans", random_state=0) -> None:
        self.n_components = n_components
        self.max_iter = max_iter
        self.tol = tol
        self.reg_covar = reg_covar
        self.init = init
        self.random_state = random_state

    def _check_params(self, n: int) -> None:
        k = self.n_components
        if isinstance(k, bool) or not isinstance(k, int | np.integer) or k < 1:
            raise ValueError(f"n_components must be a positive integer, got {k!r}")
        if k > n:
            raise ValueError(f"n_components={k} is more than the {n} samples; lower it or give "
                             "more data")
        if self.init not in ("kmeans", "random"):
            raise ValueError(f"init must be 'kmeans' or 'random', got {self.init!r}")
        if self.max_iter < 1 or self.tol < 0 or self.reg_covar < 0:
            raise ValueError("need max_iter >= 1, tol >= 0 and reg_covar >= 0")

    def fit(self, X, y=None) -> "GaussianMixture":
        X = check_array(X)
        n, d = X.shape
        self._check_params(n)
        rng = check_random_state(self.random_state)
        k = self.n_components
        if self.init == "kmeans":
            labels = KMeans(k, random_state=rng).fit(X).labels_
            resp = np.zeros((n, k))
            resp[np.arange(n), labels] = 1.0
        else:
            resp = rng.dirichlet(np.ones(k), size=n)
        self.n_features_in_ = d
        self._m_step(X, resp)
        history: list[float] = []
        self.converged_ = False
        for iteration in range(1, self.max_iter + 1):
            self.n_iter_ = iteration
            log_resp, mean_ll = self._e_step(X)
            history.append(mean_ll)
            # EM never lowers the likelihood (beyond reg_covar's nudge), so only a change smaller
            # than tol either way is convergence; a real drop is not taken for one
            if len(history) > 1 and abs(history[-1] - history[-2]) < self.tol:
                self.converged_ = True
                break
            self._m_step(X, np.exp(log_resp))
        else:
            history.append(self._e_step(X)[1])  # the likelihood of the final parameters
            if self.tol > 0:  # tol=0 asks for exactly max_iter rounds
                warn_not_converged(self, self.max_iter, "raise max_iter or tol, or try "
                                   "another random_state")
        self.log_likelihood_history_ = history
        return self

    def _m_step(self, X: np.ndarray, resp: np.ndarray) -> None:
        n, d = X.shape
        Nk = resp.sum(axis=0) + 10 * np.finfo(float).eps  # an empty component must not be 0/0
        self.weights_ = Nk / n
        self.means_ = (resp.T @ X) / Nk[:, None]
        self.covariances_ = np.empty((len(Nk), d, d))
        for j in range(len(Nk)):
            centred = X - self.means_[j]
            self.covariances_[j] = (resp[:, j, None] * centred).T @ centred / Nk[j]
            self.covariances_[j].flat[:: d + 1] += self.reg_covar

    def _log_joint(self, X: np.ndarray) -> np.ndarray:
        """``log w_j + log N(x_i | mu_j, Sigma_j)`` for every point and component, ``(n, k)``."""
        n, d = X.shape
        out = np.empty((n, len(self.weights_)))
        for j, (mu, cov) in enumerate(zip(self.means_, self.covariances_, strict=True)):
            try:
                L = np.linalg.cholesky(cov)
            except np.linalg.LinAlgError:
                raise ValueError(f"component {j}'s covariance is not positive definite; raise "
                                 "reg_covar or use fewer components") from None
            z = (X - mu) @ np.linalg.inv(L).T  # rows are L^-1 (x - mu)
            log_det = 2.0 * np.log(np.diag(L)).sum()
            out[:, j] = -0.5 * (d * np.log(2 * np.pi) + log_det + (z * z).sum(axis=1))
        return out + np.log(self.weights_)

    def _e_step(self, X: np.ndarray) -> tuple[np.ndarray, float]:
        log_joint = self._log_joint(X)
        log_px = logsumexp(log_joint, axis=1)
        return log_joint - log_px[:, None], float(log_px.mean())

    def _checked(self, X) -> np.ndarray:
        check_is_fitted(self, "log_likelihood_history_")  # set last: a failed fit has none
        return self._validate_predict(X)

    def score_samples(self, X) -> np.ndarray:
        """``log p(x)`` for each row."""
        return logsumexp(self._log_joint(self._checked(X)), axis=1)

    def score(self, X, y=None) -> float:
        """Mean log-likelihood per row."""
        return float(self.score_samples(X).mean())

    def predict_proba(self, X) -> np.ndarray:
        """Responsibilities ``(n, k)``: each row sums to 1."""
        return np.exp(self._e_step(self._checked(X))[0])

    def predict(self, X) -> np.ndarray:
        """The most responsible component for each row."""
        return self._log_joint(self._checked(X)).argmax(axis=1)
