"""One Adam step: update the running means m and v, correct their start-up bias, step, in place."""

import numpy as np


def adam_step(params: list[np.ndarray], grads: list[np.ndarray], m: list[np.ndarray],
              v: list[np.ndarray], t: int, lr: float = 1e-3, b1: float = 0.9,
              b2: float = 0.999, eps: float = 1e-8) -> None:
    """Step ``t`` (from 1) of Adam: update ``params``, ``m`` and ``v`` in place; return None."""
    raise NotImplementedError("write your solution here")
