"""Explicit inverse: appends a column of ones and computes ``inv(A^T A) A^T y`` on uncentred data.

Forming ``A^T A`` squares the condition number, the inverse adds more rounding, and with
collinear columns there is no inverse at all.
"""

import numpy as np


def least_squares(X: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, float]:
    A = np.column_stack([X, np.ones(len(X))])
    theta = np.linalg.inv(A.T @ A) @ A.T @ y
    return theta[:-1], float(theta[-1])
