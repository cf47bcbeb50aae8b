"""Gaussian naive Bayes: the joint log-likelihood log P(c) + log P(x | c) of each row and class.

Write ``joint_log_likelihood`` below (the statement has the formula, shapes and an example).
Stay in log space: sum the log-densities of the features, never multiply the densities.
"""

import numpy as np


def joint_log_likelihood(X: np.ndarray, means: np.ndarray, variances: np.ndarray,
                         priors: np.ndarray) -> np.ndarray:
    """``J[i, c] = log priors[c] + sum_j log N(X[i, j]; means[c, j], variances[c, j])``.

    ``X`` is ``(m, d)``, ``means`` and ``variances`` ``(k, d)``, ``priors`` ``(k,)``;
    return an ``(m, k)`` array.
    """
    raise NotImplementedError("write your solution here")
