"""One TD(0) update: nudge a state's value towards the reward plus the next state's value."""

import numpy as np


def td0_update(v: np.ndarray, s: int, r: float, s_next: int, alpha: float, gamma: float,
               terminal: bool) -> float:
    """Update v[s] in place and return the TD error delta.

    After a terminal step nothing more is to come, so the target is the reward alone, whatever
    v[s_next] holds.
    """
    target = r if terminal else r + gamma * v[s_next]
    delta = target - v[s]
    v[s] += alpha * delta
    return float(delta)
