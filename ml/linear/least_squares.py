r"""Linear regression: the straight line (plane, hyperplane) of least squared error.

Model $\hat y = X w + b$ for ``X`` of shape ``(n, d)``. Least squares chooses ``w`` and ``b``
to minimise $\sum_i (y_i - x_i \cdot w - b)^2$. Two ways to find them, one per ``solver``:

**Closed form** (``solver="lstsq"``). Centre the data, $X_c = X - \bar x$, $y_c = y - \bar y$;
then $w$ solves the *normal equations* $X_c^\top X_c\, w = X_c^\top y_c$ and $b = \bar y - \bar x
\cdot w$ (centring is what removes the intercept from the problem). We do **not** form
$(X^\top X)^{-1}$: forming $X^\top X$ squares the condition number of $X$, so an ill-conditioned
but solvable problem (nearly collinear columns) loses twice as many digits, and an explicit
inverse adds more rounding still and fails outright when columns are collinear. ``numpy.linalg
.lstsq`` works on $X_c$ itself through an orthogonal factorisation (SVD), keeps the original
conditioning and returns the minimum-norm solution when there are many. Time O(n d^2), space
O(n d).

**Gradient descent** (``solver="gd"``). Repeat $w \leftarrow w - \eta \nabla L$ on the mean loss
$L = \frac{1}{2n}\lVert X w + b - y\rVert^2$, whose gradient is $\nabla_w L = \frac1n X^\top r$,
$\nabla_b L = \frac1n \sum_i r_i$ with residuals $r = Xw + b - y$. The $\frac1n$ keeps the step
size independent of the data size (leaving it out is a classic bug). The loss is a convex
quadratic, so GD converges to the least-squares answer whenever $\eta < 2 / \lambda_{max}$, where
$\lambda_{max}$ is the largest eigenvalue of $\frac1n X^\top X$: standardise the features first
(``ml.preprocessing.StandardScaler``) and $\eta = 0.1$ is safe. Time O(n d) per iteration.
Prediction is O(n d) either way.
"""

import numpy as np

from ml.base import BaseEstimator, RegressorMixin, warn_not_converged

__all__ = ["LinearRegression"]


class LinearRegression(RegressorMixin, BaseEstimator):
    """Ordinary least squares, solved in closed form (``"lstsq"``) or by gradient descent.

    Parameters: ``solver``; for ``"gd"`` also ``learning_rate`` $\\eta$, ``max_iter`` and ``tol``
    (stop once the loss improves by less than ``tol``; a loss that rises means the step is too
    long and raises ``ValueError``; reaching ``max_iter`` first warns with
    :class:`ml.base.ConvergenceWarning` unless ``tol=0``). Learned: ``coef_`` ``(n_features,)``,
    ``intercept_`` (float), ``n_features_in_``, and for ``"gd"`` ``loss_history_`` (the loss
    $L$ before each step) and ``n_iter_``.

    >>> X = np.array([[0.0], [1.0], [2.0], [3.0]])
    >>> model = LinearRegression().fit(X, 2 * X[:, 0] + 1)
    >>> round(float(model.coef_[0]), 6), round(model.intercept_, 6)
    (2.0, 1.0)
    >>> model.predict([[10.0]]).round(6)
    array([21.])
    """

    def __init__(self, solver: str = "lstsq", learning_rate: float = 0.1, max_iter: int = 1000,
                 tol: float = 1e-12):
        self.solver = solver
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.tol = tol

    def fit(self, X, y) -> "LinearRegression":
        """Learn ``coef_`` and ``intercept_`` from ``X`` ``(n, d)`` and ``y`` ``(n,)``."""
        if self.solver not in ("lstsq", "gd"):
            raise ValueError(f"solver must be 'lstsq' or 'gd', got {self.solver!r}")
        X, y = self._validate_fit(X, y, y_numeric=True)
        if self.solver == "lstsq":
            x_mean, y_mean = X.mean(axis=0), y.mean()
            w, *_ = np.linalg.lstsq(X - x_mean, y - y_mean, rcond=None)
            self.coef_, self.intercept_ = w, float(y_mean - x_mean @ w)
        else:
            self._fit_gd(X, y)
        return self

    def _fit_gd(self, X: np.ndarray, y: np.ndarray) -> None:
        if self.learning_rate <= 0:
            raise ValueError(f"learning_rate must be positive, got {self.learning_rate}")
        n, d = X.shape
        w, b = np.zeros(d), 0.0
        history = []
        for _ in range(self.max_iter):
            r = X @ w + b - y
            history.append(float(r @ r) / (2 * n))
            if len(history) > 1:
                # with a safe step the loss never rises, so a rise means the step is too long
                if not history[-1] <= history[-2] * (1 + 1e-9):
                    raise ValueError(f"gradient descent diverged (loss rose from {history[-2]:.3g} "
                                     f"to {history[-1]:.3g}): standardise X or lower "
                                     f"learning_rate={self.learning_rate}")
                if history[-2] - history[-1] < self.tol:
                    break
            w = w - self.learning_rate * (X.T @ r) / n
            b = b - self.learning_rate * float(r.mean())
        else:
            if self.tol > 0:
                warn_not_converged(self, self.max_iter, "raise max_iter, standardise X, or use "
                                   "solver='lstsq' (exact, and faster at this size)")
        self.coef_, self.intercept_ = w, b
        self.loss_history_, self.n_iter_ = history, len(history)

    def predict(self, X) -> np.ndarray:
        """$\\hat y = X w + b$, shape ``(n,)``. O(n d)."""
        X = self._validate_predict(X)
        return X @ self.coef_ + self.intercept_
