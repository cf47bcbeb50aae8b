"""Least squares by the normal equations: the weights and intercept of the best-fitting plane.

Write ``least_squares(X, y)``: centre the data, solve the normal equations on the centred data
for ``w`` (from ``X - mean`` itself, not an inverse), and recover the intercept from the means.
"""

import numpy as np


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    """Return ``(w, b)`` minimising ``sum((y - X @ w - b) ** 2)``.

    ``X`` is ``(n, d)``, ``y`` is ``(n,)``; ``w`` is ``(d,)`` and ``b`` a float. With collinear
    columns, return the ``w`` of smallest norm.
    """
    raise NotImplementedError("write your solution here")
