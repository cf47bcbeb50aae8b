r"""Regression metrics: how far predictions $\hat y$ fall from the truth $y$.

- **mean squared error** $\frac1n\sum_i (y_i - \hat y_i)^2$: the loss least squares minimises;
  squaring makes one big miss cost more than many small ones, and its units are squared;
- **mean absolute error** $\frac1n\sum_i |y_i - \hat y_i|$: in the units of $y$, less moved by
  outliers (the median minimises it, as the mean minimises the squared error);
- **coefficient of determination** $R^2 = 1 - \sum_i (y_i - \hat y_i)^2 / \sum_i (y_i - \bar y)^2$:
  the fraction of the variance of $y$ the model explains. 1 is perfect, 0 is no better than
  always predicting the mean $\bar y$, and it is negative for a model worse than that.

Each takes O(n) time and O(1) extra space beyond the difference vector.
"""

import numpy as np

__all__ = ["mean_absolute_error", "mean_squared_error", "r2_score"]


def _pair(y_true, y_pred) -> tuple[np.ndarray, np.ndarray]:
    y_true = np.asarray(y_true, dtype=np.float64)
    y_pred = np.asarray(y_pred, dtype=np.float64)
    if y_true.ndim != 1 or y_true.shape != y_pred.shape:
        raise ValueError(f"y_true and y_pred must be 1-D of equal length, got shapes "
                         f"{y_true.shape} and {y_pred.shape}")
    if len(y_true) == 0:
        raise ValueError("no values given: the error of an empty set is undefined")
    if not (np.isfinite(y_true).all() and np.isfinite(y_pred).all()):
        raise ValueError("y_true or y_pred contains NaN or infinity; remove them first")
    return y_true, y_pred


def mean_squared_error(y_true, y_pred) -> float:
    """Mean of the squared differences.

    >>> mean_squared_error([1.0, 2.0, 3.0], [1.0, 2.0, 5.0])
    1.3333333333333333
    """
    y_true, y_pred = _pair(y_true, y_pred)
    return float(np.mean((y_true - y_pred) ** 2))


def mean_absolute_error(y_true, y_pred) -> float:
    """Mean of the absolute differences.

    >>> mean_absolute_error([1.0, 2.0, 3.0], [2.0, 2.0, 1.0])
    1.0
    """
    y_true, y_pred = _pair(y_true, y_pred)
    return float(np.mean(np.abs(y_true - y_pred)))


def r2_score(y_true, y_pred) -> float:
    """Coefficient of determination, $1 - SS_{res} / SS_{tot}$.

    A constant ``y_true`` has no variance to explain: the score is then 1.0 for a perfect
    prediction and 0.0 otherwise (scikit-learn's convention).

    >>> r2_score([1.0, 2.0, 3.0], [1.0, 2.0, 3.0])
    1.0
    >>> r2_score([1.0, 2.0, 3.0], [2.0, 2.0, 2.0])
    0.0
    """
    y_true, y_pred = _pair(y_true, y_pred)
    ss_res = float(np.sum((y_true - y_pred) ** 2))
    ss_tot = float(np.sum((y_true - y_true.mean()) ** 2))
    if ss_tot == 0.0:
        return 1.0 if ss_res == 0.0 else 0.0
    return 1.0 - ss_res / ss_tot
