"""Updates the wrong state: moves v[s_next] instead of v[s], the state the error is about."""

import numpy as np


def td0_update(v: np.ndarray, s: int, r: float, s_next: int, alpha: float, gamma: float,
               terminal: bool) -> float:
    target = r if terminal else r + gamma * v[s_next]
    delta = target - v[s]
    v[s_next] += alpha * delta
    return float(delta)
