r"""Ridge regression: least squares with a penalty on large weights.

Minimise $\lVert y - X w - b\rVert^2 + \alpha \lVert w \rVert^2$. The penalty pulls the weights
toward zero, trading a little bias for much less variance when features are many, noisy or
nearly collinear; $\alpha = 0$ is ordinary least squares. The intercept $b$ is **not** penalised:
shifting every target by a constant should shift the prediction by that constant, not be fought
by the penalty. Centring achieves this: with $X_c = X - \bar x$, $y_c = y - \bar y$,

$$ w = (X_c^\top X_c + \alpha I)^{-1} X_c^\top y_c, \qquad b = \bar y - \bar x \cdot w. $$

For $\alpha > 0$ the matrix $X_c^\top X_c + \alpha I$ is symmetric positive definite, so the
system always has one solution, even with more features than samples. We solve it as the
least-squares problem of the stacked matrix $\begin{bmatrix} X_c \\ \sqrt\alpha I\end{bmatrix}$
against $\begin{bmatrix} y_c \\ 0 \end{bmatrix}$, whose normal equations are exactly the ones
above, so no inverse is formed and the conditioning of $X_c$ is kept (see
:mod:`ml.linear.least_squares`). Fit O((n + d) d^2) time, O((n + d) d) space; predict O(n d).
"""

import numpy as np

from ml.base import BaseEstimator, RegressorMixin

__all__ = ["Ridge"]


class Ridge(RegressorMixin, BaseEstimator):
    """L2-penalised least squares with strength ``alpha`` $\\ge 0$, in closed form.

    Learned: ``coef_`` ``(n_features,)``, ``intercept_`` (float), ``n_features_in_``.

    >>> X = np.array([[0.0], [1.0], [2.0]])
    >>> Ridge(alpha=0.0).fit(X, [1.0, 3.0, 5.0]).coef_.round(6)
    array([2.])
    >>> Ridge(alpha=2.0).fit(X, [1.0, 3.0, 5.0]).coef_.round(6)  # 2 * 2 / (2 + 2)
    array([1.])
    """

    def __init__(self, alpha: float = 1.0):
        self.alpha = alpha

    def fit(self, X, y) -> "Ridge":
        """Learn ``coef_`` and ``intercept_`` from ``X`` ``(n, d)`` and ``y`` ``(n,)``."""
        if not np.isfinite(self.alpha) or self.alpha < 0:
            raise ValueError(f"alpha must be a finite number >= 0, got {self.alpha}")
        X, y = self._validate_fit(X, y, y_numeric=True)
        x_mean, y_mean = X.mean(axis=0), y.mean()
        d = X.shape[1]
        A = np.vstack([X - x_mean, np.sqrt(self.alpha) * np.eye(d)])
        t = np.concatenate([y - y_mean, np.zeros(d)])
        w, *_ = np.linalg.lstsq(A, t, rcond=None)
        self.coef_, self.intercept_ = w, float(y_mean - x_mean @ w)
        return self

    def predict(self, X) -> np.ndarray:
        """$\\hat y = X w + b$, shape ``(n,)``. O(n d)."""
        X = self._validate_predict(X)
        return X @ self.coef_ + self.intercept_
