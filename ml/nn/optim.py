"""Optimizers: how a gradient becomes a step. Each updates its parameter arrays in place.

With ``g`` the gradient of the loss for parameter ``p`` and learning rate ``lr``:

- **SGD**: ``p -= lr * g``. Walk downhill.
- **Momentum**: ``v = beta * v + g``; ``p -= lr * v``. A running sum of past gradients, so steps
  that agree add up and steps that zig-zag cancel (a heavy ball rolling downhill).
- **Adam**: running means of ``g`` (``m``) and of ``g**2`` (``v``), bias-corrected for their zero
  start, then ``p -= lr * m_hat / (sqrt(v_hat) + eps)``: each parameter gets its own step size,
  about ``lr`` whatever the scale of its gradient.

The interface is ``opt.step(params, grads)`` with two lists of arrays in the same order, every
call. State (``v``, ``m``) is kept per position in the list. ``lr`` is a plain attribute so a
schedule can change it between steps. Each step takes O(number of parameters) time; Momentum keeps
one extra array per parameter and Adam two (plus one scratch array to avoid allocations).
"""

import math

import numpy as np

__all__ = ["OPTIMIZERS", "SGD", "Adam", "Momentum"]


class Optimizer:
    """Common checks and per-parameter state; subclasses implement ``_update``.

    >>> Optimizer(lr=0.0)
    Traceback (most recent call last):
    ...
    ValueError: learning rate must be positive, got 0.0
    """

    def __init__(self, lr: float) -> None:
        if not lr > 0:
            raise ValueError(f"learning rate must be positive, got {lr}")
        self.lr = float(lr)
        self._state: list[dict[str, np.ndarray]] | None = None

    def step(self, params: list[np.ndarray], grads: list[np.ndarray]) -> None:
        if len(params) != len(grads):
            raise ValueError(f"got {len(params)} parameter arrays but {len(grads)} gradients")
        if self._state is None:
            self._state = [self._new_state(p) for p in params]
        elif len(self._state) != len(params):
            raise ValueError("step() must get the same parameter list every call")
        self._begin_step()
        for p, g, state in zip(params, grads, self._state, strict=True):
            self._update(p, g, state)

    def _new_state(self, p: np.ndarray) -> dict[str, np.ndarray]:
        return {}

    def _begin_step(self) -> None:
        pass

    def _update(self, p: np.ndarray, g: np.ndarray, state: dict[str, np.ndarray]) -> None:
        raise NotImplementedError


# --8<-- [start:sgd]
class SGD(Optimizer):
    """Plain gradient descent, ``p -= lr * g``.

    >>> p = np.array([1.0, 2.0])
    >>> SGD(lr=0.5).step([p], [np.array([2.0, -2.0])])
    >>> p.tolist()
    [0.0, 3.0]
    """

    def _update(self, p, g, state):
        p -= self.lr * g


# --8<-- [end:sgd]


# --8<-- [start:momentum]
class Momentum(SGD):
    """Gradient descent with (heavy-ball) momentum: ``v = beta*v + g``, ``p -= lr * v``.

    >>> p = np.array([0.0])
    >>> opt = Momentum(lr=1.0, beta=0.5)
    >>> for _ in range(2):
    ...     opt.step([p], [np.array([1.0])])
    >>> p.tolist()  # steps 1, then 0.5 * 1 + 1
    [-2.5]
    """

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        if not 0.0 <= beta < 1.0:
            raise ValueError(f"momentum beta must be in [0, 1), got {beta}")
        self.beta = float(beta)

    def _new_state(self, p):
        return {"v": np.zeros_like(p)}

    def _update(self, p, g, state):
        v = state["v"]
        v *= self.beta
        v += g
        p -= self.lr * v
# --8<-- [end:momentum]


# --8<-- [start:adam]
class Adam(Optimizer):
    """Adam (Kingma and Ba, 2015) with bias correction.

    >>> p = np.array([1.0, 1.0])
    >>> Adam(lr=0.1).step([p], [np.array([3.0, -0.001])])
    >>> np.round(p, 6).tolist()  # the first step is about lr whatever the gradient's size
    [0.9, 1.1]
    """

    def __init__(
        self, lr: float = 1e-3, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        super().__init__(lr)
        if not (0.0 <= beta1 < 1.0 and 0.0 <= beta2 < 1.0):
            raise ValueError(f"Adam betas must be in [0, 1), got {beta1}, {beta2}")
        self.beta1, self.beta2, self.eps = float(beta1), float(beta2), float(eps)
        self.t = 0

    def _new_state(self, p):
        return {"u": np.zeros_like(p), "w": np.zeros_like(p), "scratch": np.empty_like(p)}

    def _begin_step(self):
        self.t += 1
        b1, b2, t = self.beta1, self.beta2, self.t
        # The state is kept rescaled, u = m / (1 - beta1) and w = v / (1 - beta2), so that
        # u = beta1 u + g and w = beta2 w + g^2 need no multiplication by (1 - beta). All the
        # constants, bias corrections included, fold into two scalars:
        #   lr m_hat / (sqrt(v_hat) + eps) = step * u / (sqrt(w) + eps_t)
        # (Python floats, not numpy float64 scalars: those would force float64 arithmetic on
        # float32 arrays, twice as slow.)
        c = math.sqrt((1.0 - b2) / (1.0 - b2**t))  # sqrt(v_hat) = c sqrt(w)
        self._step = self.lr * (1.0 - b1) / ((1.0 - b1**t) * c)
        self._eps_t = self.eps / c

    def _update(self, p, g, state):
        u, w, s = state["u"], state["w"], state["scratch"]
        # in place with one scratch array: no allocation, ten passes over the parameter
        u *= self.beta1
        u += g  # u = beta1 u + g            (the running mean m, times 1 / (1 - beta1))
        np.multiply(g, g, out=s)
        w *= self.beta2
        w += s  # w = beta2 w + g^2          (the running mean v, times 1 / (1 - beta2))
        np.sqrt(w, out=s)
        s += self._eps_t
        np.divide(u, s, out=s)
        s *= self._step
        p -= s  # p -= lr m_hat / (sqrt(v_hat) + eps)


# --8<-- [end:adam]

OPTIMIZERS = {"sgd": SGD, "momentum": Momentum, "adam": Adam}
