"""Layers with parameters (Dense) or randomness (Dropout), and the contract every layer keeps.

**The layer contract.** A layer maps a batch ``x`` of shape ``(n, ...)`` to an output batch,
and, given ``dL/d(output)``, returns ``dL/dx``. On the way it fills ``grads`` with ``dL/d(param)``
for each entry of ``params`` (same keys, same shapes). ``backward`` *overwrites* ``grads``; it
never adds to them, so calling it twice gives the same answer (accumulating gradients by accident
is a classic bug). Parameters are updated in place by the optimizer, so a layer must keep its
``params`` arrays (never rebind them); writing ``grads`` in place (``out=`` or ``[...] =``) is
preferred, and the fit loop reads ``grads`` afresh after every backward pass either way.
``forward`` remembers what ``backward`` needs, so each ``backward`` answers the latest
``forward``. ``training`` switches behaviour that differs between learning and using
(dropout).

**Dense** computes ``y = x @ W + b`` with ``x (n, n_in)``, ``W (n_in, n_out)``, ``b (n_out,)``.
By the chain rule, with ``g = dL/dy`` of shape ``(n, n_out)``::

    dL/dW = x.T @ g        (n_in, n_out)   sums the batch: the 1/n lives in the loss
    dL/db = g.sum(axis=0)  (n_out,)
    dL/dx = g @ W.T        (n, n_in)

**Dropout** (inverted): while training, zero each unit with probability ``rate`` and scale the
survivors by ``1 / (1 - rate)`` so the expected activation is unchanged; at test time do nothing.
"""

from collections.abc import Callable

import numpy as np

from ml.base import independent_rng
from ml.nn.init import INITIALISERS

__all__ = ["Dense", "Dropout", "Layer"]


class Layer:
    """Base class: a layer without parameters that passes its input through unchanged.

    >>> layer = Layer()
    >>> layer.params, layer.grads
    ({}, {})
    >>> layer.backward(layer.forward(np.ones(2))).tolist()
    [1.0, 1.0]
    """

    def __init__(self) -> None:
        self.params: dict[str, np.ndarray] = {}
        self.grads: dict[str, np.ndarray] = {}

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        return x

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out

    def __repr__(self) -> str:
        return f"{type(self).__name__}()"


class Dense(Layer):
    """Fully connected layer ``y = x @ W + b``.

    ``init`` is ``"he"`` (for ReLU), ``"xavier"`` (for tanh/sigmoid) or a callable
    ``(n_in, n_out, rng, dtype) -> W``; without ``rng`` the weights come from the layer's own
    stream (:func:`ml.base.independent_rng`), so two such layers never start equal.
    Forward and backward take O(n * n_in * n_out) time;
    the layer holds O(n_in * n_out) parameters and keeps a reference to its last input.

    >>> layer = Dense(3, 2, rng=np.random.default_rng(0), dtype=np.float64)
    >>> layer.params["W"].shape, layer.params["b"].shape
    ((3, 2), (2,))
    >>> x = np.ones((4, 3))
    >>> y = layer.forward(x)
    >>> dx = layer.backward(np.ones_like(y))
    >>> dx.shape, layer.grads["W"].tolist() == [[4.0, 4.0]] * 3
    ((4, 3), True)
    """

    def __init__(
        self,
        n_in: int,
        n_out: int,
        init: str | Callable = "he",
        rng: np.random.Generator | None = None,
        dtype: np.dtype = np.float32,
    ) -> None:
        super().__init__()
        if isinstance(init, str):
            if init not in INITIALISERS:
                raise ValueError(f"unknown init {init!r}; choose one of {sorted(INITIALISERS)}")
            init = INITIALISERS[init]
        rng = independent_rng() if rng is None else rng
        self.n_in, self.n_out = int(n_in), int(n_out)
        self.params = {
            "W": np.asarray(init(self.n_in, self.n_out, rng, dtype), dtype=dtype),
            "b": np.zeros(self.n_out, dtype=dtype),
        }
        self.grads = {name: np.zeros_like(p) for name, p in self.params.items()}
        self._x: np.ndarray | None = None

    # --8<-- [start:dense-forward]
    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if x.ndim != 2 or x.shape[1] != self.n_in:
            raise ValueError(f"Dense expects input of shape (n, {self.n_in}), got {x.shape}")
        self._x = x
        y = x @ self.params["W"]  # (n, n_in) @ (n_in, n_out) -> (n, n_out)
        y += self.params["b"]  # broadcast over the batch, in place: no second array
        return y

    # --8<-- [end:dense-forward]

    # --8<-- [start:dense-backward]
    def backward_params(self, grad_out: np.ndarray) -> None:
        """Fill ``grads`` only; a first layer's ``dL/dx`` (a gradient for the pixels) is unused."""
        if self._x is None:
            raise ValueError("call forward before backward")
        # out= writes into the existing arrays: grads are overwritten, never accumulated.
        np.matmul(self._x.T, grad_out, out=self.grads["W"])  # (n_in, n) @ (n, n_out)
        np.sum(grad_out, axis=0, out=self.grads["b"])

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        self.backward_params(grad_out)
        return grad_out @ self.params["W"].T  # (n, n_out) @ (n_out, n_in) -> (n, n_in)

    # --8<-- [end:dense-backward]

    def __repr__(self) -> str:
        return f"Dense({self.n_in}, {self.n_out})"


class Dropout(Layer):
    """Inverted dropout: zero units with probability ``rate`` while training, scale the rest.

    Time O(size of x) per pass. ``rng`` makes the masks reproducible; without it the layer
    takes its own stream from :func:`ml.base.independent_rng`, so two dropout layers never
    drop the same units.

    >>> drop = Dropout(0.5, rng=np.random.default_rng(0))
    >>> x = np.ones((2, 4))
    >>> drop.forward(x).tolist() == x.tolist()  # not training: identity
    True
    >>> sorted(set(drop.forward(x, training=True).ravel().tolist()))
    [0.0, 2.0]
    """

    def __init__(self, rate: float, rng: np.random.Generator | None = None) -> None:
        super().__init__()
        if not 0.0 <= rate < 1.0:
            raise ValueError(f"dropout rate must be in [0, 1), got {rate}")
        self.rate = float(rate)
        self.rng = independent_rng() if rng is None else rng
        self._mask: np.ndarray | None = None

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        if not training or self.rate == 0.0:
            self._mask = None
            return x
        keep = self.rng.random(x.shape, dtype=np.float32) >= self.rate
        self._mask = keep.astype(x.dtype) / x.dtype.type(1.0 - self.rate)
        return x * self._mask

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        return grad_out if self._mask is None else grad_out * self._mask

    def __repr__(self) -> str:
        return f"Dropout({self.rate})"
