"""Bootstraps from a terminal state: adds gamma * v[s_next] even when the episode has ended."""

import numpy as np


def td0_update(v: np.ndarray, s: int, r: float, s_next: int, alpha: float, gamma: float,
               terminal: bool) -> float:
    delta = r + gamma * v[s_next] - v[s]
    v[s] += alpha * delta
    return float(delta)
