"""One forward-Euler step of a layer of leaky integrate-and-fire neurons.

Write ``lif_step``: move every membrane voltage one step of ``dt`` ms along
tau dV/dt = -V + R I, then fire and reset the neurons that reached the threshold.
"""

import numpy as np


def lif_step(v: np.ndarray, current: np.ndarray, dt: float, tau: float = 10.0, r: float = 10.0,
             v_th: float = 15.0) -> tuple[np.ndarray, np.ndarray]:
    """Advance every membrane by ``dt`` ms; return ``(v_new, spiked)``.

    v: (n,) voltages above rest in mV; current: (n,) input currents in nA.
    v_new: (n,) float voltages after the step (0.0 for a neuron that fired);
    spiked: (n,) bool, True where the neuron fired during this step.
    """
    raise NotImplementedError("write your solution here")
