"""Ties to the largest threshold: keeps the LAST cut of least cost instead of the first."""

import numpy as np


def best_split(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    order = np.argsort(x, kind="stable")
    xs, ys = x[order], y[order]
    n = len(xs)
    classes = np.unique(ys, return_inverse=True)[1]
    one_hot = classes[:, None] == np.arange(classes.max() + 1)  # (n, c): each sample's class
    left = np.cumsum(one_hot, axis=0)[:-1]  # class counts of the first i samples, i = 1..n-1
    right = one_hot.sum(axis=0) - left
    n_left = np.arange(1, n)
    n_right = n - n_left
    cost = (n_left - (left**2).sum(axis=1) / n_left
            + n_right - (right**2).sum(axis=1) / n_right) / n
    cost[xs[1:] == xs[:-1]] = np.inf  # no threshold falls between two equal values
    i = int(np.flatnonzero(cost <= cost.min() + 1e-12)[-1])
    return float((xs[i] + xs[i + 1]) / 2), float(cost[i])
