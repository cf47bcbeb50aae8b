"""One TD(0) update: nudge a state's value towards the reward plus the next state's value.

Write ``td0_update``: compute the TD error of the step s -> s_next with reward r, move v[s] a
fraction alpha of the way, and return the error.
"""

import numpy as np


def td0_update(v: np.ndarray, s: int, r: float, s_next: int, alpha: float, gamma: float,
               terminal: bool) -> float:
    """Update ``v[s]`` IN PLACE and return the TD error delta (a float).

    v: (n_states,) float array of value estimates; s, s_next: state indices; r: the reward of
    the step; alpha: step size; gamma: discount; terminal: True when s_next ends the episode.
    """
    raise NotImplementedError("write your solution here")
