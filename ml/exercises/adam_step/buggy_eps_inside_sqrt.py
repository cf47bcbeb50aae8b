"""eps inside the square root: sqrt(v_hat + eps) instead of sqrt(v_hat) + eps, which shrinks
the steps of parameters with small gradients (by 100 times at gradients of 1e-6)."""

import numpy as np


def adam_step(params: list[np.ndarray], grads: list[np.ndarray], m: list[np.ndarray],
              v: list[np.ndarray], t: int, lr: float = 1e-3, b1: float = 0.9,
              b2: float = 0.999, eps: float = 1e-8) -> None:
    """Step ``t`` (from 1) of Adam: update ``params``, ``m`` and ``v`` in place; return None."""
    for p, g, m_k, v_k in zip(params, grads, m, v, strict=True):
        m_k *= b1  # in place: the caller keeps these for the next step
        m_k += (1 - b1) * g
        v_k *= b2
        v_k += (1 - b2) * g * g
        m_hat = m_k / (1 - b1**t)  # undo the pull towards the zero start
        v_hat = v_k / (1 - b2**t)
        p -= lr * m_hat / np.sqrt(v_hat + eps)
