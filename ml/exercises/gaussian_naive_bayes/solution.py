"""Gaussian naive Bayes: the joint log-likelihood log P(c) + log P(x | c) of each row and class.

Each feature's log-density is summed, so 784 features give an ordinary number where the product
of their densities would underflow to 0.
"""

import numpy as np


def joint_log_likelihood(X: np.ndarray, means: np.ndarray, variances: np.ndarray,
                         priors: np.ndarray) -> np.ndarray:
    """``J[i, c] = log priors[c] + sum_j log N(X[i, j]; means[c, j], variances[c, j])``.

    ``X`` is ``(m, d)``, ``means`` and ``variances`` ``(k, d)``, ``priors`` ``(k,)``;
    return an ``(m, k)`` array. Time and space O(m k d).
    """
    log_norm = -0.5 * np.log(2.0 * np.pi * variances).sum(axis=1)  # (k,), one per class
    # squared distances from the differences: expanding the square loses digits far from 0
    quad = ((X[:, None, :] - means[None, :, :]) ** 2 / variances[None, :, :]).sum(axis=2)
    return np.log(priors) + log_norm - 0.5 * quad
