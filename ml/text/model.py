"""What the trained language models share: parameters by name, a loss on a batch, the gradients.

Every model of :mod:`ml.text` (except the counting bigram) is a list of layers keeping the layer
contract of :mod:`ml.nn.layers`. ``LanguageModel`` gathers their ``params`` and ``grads`` under
unique names (``"blocks.0.attn.qkv.W"``), which is what the optimizer steps, the model file
stores and the browser export writes. The loss is :class:`ml.nn.SoftmaxCrossEntropy`, the mean
negative log-likelihood of the true next character, in nats per character.

A subclass defines ``layers()`` (name -> layer), ``logits(x)`` and ``backward_logits(g)``; the
rest (loss, gradients, their global-norm clipping, the settings to rebuild it) lives here.
"""

from __future__ import annotations

import numpy as np

from ml.nn.layers import Layer
from ml.nn.losses import SoftmaxCrossEntropy

__all__ = ["LanguageModel", "clip_global_norm"]


# --8<-- [start:clip]
def clip_global_norm(grads: list[np.ndarray], max_norm: float) -> float:
    """Scale all gradients together so their joint L2 norm is at most ``max_norm``.

    Returns the norm before clipping. Scaling them together keeps the direction of the step,
    only shortening it: the cure for the rare huge gradient of a recurrent network.

    >>> g = [np.array([3.0]), np.array([4.0])]
    >>> clip_global_norm(g, 1.0), [round(float(a[0]), 2) for a in g]
    (5.0, [0.6, 0.8])
    """
    norm = float(np.sqrt(sum(float(np.sum(g.astype(np.float64) ** 2)) for g in grads)))
    if max_norm > 0 and norm > max_norm:
        for g in grads:
            g *= max_norm / norm
    return norm


# --8<-- [end:clip]


class LanguageModel:
    """Base class: named parameters, the loss and its gradients for ids ``x`` and targets ``y``."""

    kind = "base"

    def __init__(self, vocab_size: int, dtype=np.float32) -> None:
        self.vocab_size = int(vocab_size)
        self.dtype = np.dtype(dtype)
        self.loss_fn = SoftmaxCrossEntropy()

    def layers(self) -> dict[str, Layer]:
        raise NotImplementedError

    def settings(self) -> dict:
        """The constructor arguments, enough to rebuild the model before loading weights."""
        raise NotImplementedError

    @property
    def params(self) -> dict[str, np.ndarray]:
        return {f"{name}.{k}": v for name, layer in self.layers().items()
                for k, v in layer.params.items()}

    @property
    def grads(self) -> dict[str, np.ndarray]:
        return {f"{name}.{k}": v for name, layer in self.layers().items()
                for k, v in layer.grads.items()}

    def n_params(self) -> int:
        return sum(p.size for p in self.params.values())

    def logits(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        raise NotImplementedError

    def backward_logits(self, grad: np.ndarray) -> None:
        raise NotImplementedError

    def loss(self, x: np.ndarray, y: np.ndarray, training: bool = False) -> float:
        """Mean NLL (nats per character) of targets ``y`` given inputs ``x``."""
        z = self.logits(x, training)
        return self.loss_fn.forward(z.reshape(-1, z.shape[-1]), y.reshape(-1))

    def backward(self) -> None:
        """Fill ``grads`` for the last :meth:`loss` (overwriting them)."""
        g = self.loss_fn.backward()
        self.backward_logits(g.reshape(*self._logit_shape))

    def load_params(self, arrays: dict[str, np.ndarray]) -> None:
        """Copy saved arrays into the parameters (names and shapes must match)."""
        for name, p in self.params.items():
            p[...] = arrays[name]
