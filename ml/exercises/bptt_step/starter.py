"""One step of backpropagation through time for a vanilla RNN cell, h_t = tanh(a_t).

Write ``bptt_step``: add the two gradients reaching h_t, go back through the tanh, then through
the two matrix products.
"""

import numpy as np


def bptt_step(x_t: np.ndarray, h_prev: np.ndarray, h_t: np.ndarray, Wx: np.ndarray,
              Wh: np.ndarray, dout_t: np.ndarray, dh_next: np.ndarray
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(dx_t, dh_prev, dWx, dWh, db)`` for one step; dout_t and dh_next both reach h_t."""
    raise NotImplementedError("write your solution here")
