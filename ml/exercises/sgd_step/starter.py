"""One step of gradient descent: move every parameter array against its gradient, in place."""

import numpy as np


def sgd_step(params: list[np.ndarray], grads: list[np.ndarray], lr: float) -> None:
    """Update each ``params[k]`` in place to ``params[k] - lr * grads[k]``; return nothing."""
    raise NotImplementedError("write your solution here")
