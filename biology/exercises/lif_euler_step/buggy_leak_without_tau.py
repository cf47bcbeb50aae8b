"""Time constant forgotten: steps by dt * (R I - V), as if tau were 1 ms (10 times too fast)."""

import numpy as np


def lif_step(v: np.ndarray, current: np.ndarray, dt: float, tau: float = 10.0, r: float = 10.0,
             v_th: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    v_new = v + dt * (r * current - v)
    spiked = v_new >= v_th
    return np.where(spiked, 0.0, v_new), spiked
