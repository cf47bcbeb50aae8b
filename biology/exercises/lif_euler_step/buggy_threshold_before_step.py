"""Threshold tested on the old voltage: the neuron fires one step late, after already passing it."""

import numpy as np


def lif_step(v: np.ndarray, current: np.ndarray, dt: float, tau: float = 10.0, r: float = 10.0,
             v_th: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    spiked = v >= v_th
    v_new = v + dt / tau * (r * current - v)
    return np.where(spiked, 0.0, v_new), spiked
