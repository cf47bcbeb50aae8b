"""One forward-Euler step of a layer of leaky integrate-and-fire neurons."""

import numpy as np


def lif_step(v: np.ndarray, current: np.ndarray, dt: float, tau: float = 10.0, r: float = 10.0,
             v_th: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    """Advance every membrane by ``dt`` ms; return ``(v_new, spiked)``.

    Euler's step follows the slope at the start of the step, (R I - V) / tau. A neuron whose new
    voltage reaches the threshold fires, and its voltage goes back to rest (0 mV).
    """
    v_new = v + dt / tau * (r * current - v)
    spiked = v_new >= v_th
    return np.where(spiked, 0.0, v_new), spiked
