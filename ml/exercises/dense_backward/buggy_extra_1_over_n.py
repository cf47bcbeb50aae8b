"""Divides by n again: the 1/n of the mean loss is already in dY, so dW and db come out n times
too small."""

import numpy as np


def dense_backward(X: np.ndarray, W: np.ndarray, dY: np.ndarray):
    n = len(X)
    return dY @ W.T, X.T @ dY / n, dY.sum(axis=0) / n
