"""No reset: flags the spike but leaves the voltage above threshold instead of returning it to 0."""

import numpy as np


def lif_step(v: np.ndarray, current: np.ndarray, dt: float, tau: float = 10.0, r: float = 10.0,
             v_th: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    v_new = v + dt / tau * (r * current - v)
    spiked = v_new >= v_th
    return v_new, spiked
