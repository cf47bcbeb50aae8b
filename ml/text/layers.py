r"""The layers a language model needs beyond ``ml.nn``: embeddings, time-distributed Dense, layer
normalisation, GELU and causal multi-head self-attention, each with a hand-written backward pass.

They keep the layer contract of :mod:`ml.nn.layers` (``params``, ``grads`` of the same shapes,
``forward(x, training)``, ``backward(grad_out)`` overwriting ``grads``), so ``ml.gradcheck``
checks every one of them. Shapes use ``B`` (batch), ``T`` (time, the characters of a window),
``d`` (model width), ``h`` (heads), ``dh = d / h`` and ``V`` (vocabulary size).

**Embedding** ``E (V, d)``: a character id ``i`` becomes row ``E[i]``. It is a Dense layer applied
to a one-hot vector, so its gradient is ``onehot(ids).T @ g``: each row collects the gradients
of every position where its character occurred.

**LayerNorm** normalises each position's ``d`` features to mean 0 and variance 1, then scales
and shifts them, ``y = gamma * xhat + beta`` with ``xhat = (x - mu) / sigma``. Its backward pass,
with ``gx = g * gamma``, is ``dx = (gx - mean(gx) - xhat * mean(gx * xhat)) / sigma``: the two
means remove the components along which normalisation makes ``y`` insensitive to ``x`` (a shift
of all features, and a scaling of them).

**GELU**, the smooth ReLU of GPT-2, in its tanh form
``0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))``.

**Causal self-attention**: every position ``t`` asks (query) and offers (key, value); position
``t`` may only look at ``s <= t``, so the model never sees the character it must predict.
``scores = q k^T / sqrt(dh)``: the dot product of two vectors of ``dh`` unit-variance entries has
variance ``dh``, and dividing by ``sqrt(dh)`` gives the softmax unit-variance inputs whatever the
head width, so it neither saturates (one-hot attention, vanishing gradients) nor flattens.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from ml.nn.layers import Dense, Layer
from ml.special import softmax

__all__ = ["GELU", "CausalSelfAttention", "Embedding", "LayerNorm", "TimeDense",
           "causal_attention", "causal_attention_backward", "causal_softmax", "normal_init"]


def normal_init(std: float) -> Callable:
    """A Dense initialiser drawing ``N(0, std^2)`` weights (GPT-2 uses 0.02).

    >>> W = normal_init(0.02)(100, 50, np.random.default_rng(0), np.float32)
    >>> W.shape, W.dtype, bool(abs(W.std() - 0.02) < 0.002)
    ((100, 50), dtype('float32'), True)
    """
    def init(n_in: int, n_out: int, rng: np.random.Generator, dtype) -> np.ndarray:
        return (rng.standard_normal((n_in, n_out)) * std).astype(dtype)
    return init


class Embedding(Layer):
    """Lookup table ``E (V, d)``: ids ``(B, T)`` -> vectors ``(B, T, d)``.

    ``backward`` returns None: character ids have no gradient.

    >>> emb = Embedding(5, 3, np.random.default_rng(0), dtype=np.float64)
    >>> y = emb.forward(np.array([[1, 1, 4]]))
    >>> y.shape, bool(np.all(y[0, 0] == emb.params["E"][1]))
    ((1, 3, 3), True)
    >>> emb.backward(np.ones((1, 3, 3))); emb.grads["E"][:, 0].tolist()  # row 1 used twice
    [0.0, 2.0, 0.0, 0.0, 1.0]
    """

    def __init__(self, vocab: int, d: int, rng: np.random.Generator, dtype=np.float32,
                 std: float = 0.02) -> None:
        super().__init__()
        self.params = {"E": (rng.standard_normal((vocab, d)) * std).astype(dtype)}
        self.grads = {"E": np.zeros_like(self.params["E"])}
        self._ids: np.ndarray | None = None

    def forward(self, ids: np.ndarray, training: bool = False) -> np.ndarray:
        self._ids = ids
        return self.params["E"][ids]

    def backward(self, grad_out: np.ndarray) -> None:
        vocab, d = self.params["E"].shape
        flat_ids = self._ids.reshape(-1)
        onehot = np.zeros((flat_ids.size, vocab), dtype=grad_out.dtype)
        onehot[np.arange(flat_ids.size), flat_ids] = 1
        # (V, B*T) @ (B*T, d): every row sums the gradients of the positions that used it
        self.grads["E"][...] = onehot.T @ grad_out.reshape(-1, d)
        return None


class TimeDense(Layer):
    """``ml.nn.Dense`` applied at every position: ``(B, T, n_in)`` -> ``(B, T, n_out)``.

    It folds time into the batch, ``(B*T, n_in)``, so the one Dense of ``ml.nn`` does the work;
    ``params`` and ``grads`` are the Dense layer's own dicts.

    >>> layer = TimeDense(4, 2, np.random.default_rng(0), dtype=np.float64)
    >>> layer.forward(np.ones((3, 5, 4))).shape
    (3, 5, 2)
    """

    def __init__(self, n_in: int, n_out: int, rng: np.random.Generator, dtype=np.float32,
                 std: float = 0.02) -> None:
        super().__init__()
        self.dense = Dense(n_in, n_out, init=normal_init(std), rng=rng, dtype=dtype)
        self.params, self.grads = self.dense.params, self.dense.grads

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        lead = x.shape[:-1]
        return self.dense.forward(x.reshape(-1, x.shape[-1])).reshape(*lead, -1)

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        lead = grad_out.shape[:-1]
        return self.dense.backward(grad_out.reshape(-1, grad_out.shape[-1])).reshape(*lead, -1)


class LayerNorm(Layer):
    """Normalise the last axis to mean 0, variance 1, then ``gamma * xhat + beta``.

    >>> ln = LayerNorm(4, dtype=np.float64)
    >>> y = ln.forward(np.array([[1.0, 2.0, 3.0, 4.0]]))
    >>> round(float(y.mean()), 12), round(float(y.var()), 4)
    (0.0, 1.0)
    """

    def __init__(self, d: int, dtype=np.float32, eps: float = 1e-5) -> None:
        super().__init__()
        self.eps = eps
        self.params = {"gamma": np.ones(d, dtype=dtype), "beta": np.zeros(d, dtype=dtype)}
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}

    # --8<-- [start:layernorm]
    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        mu = x.mean(axis=-1, keepdims=True)                       # (..., 1)
        var = x.var(axis=-1, keepdims=True)                       # (..., 1)
        self._inv_sigma = 1.0 / np.sqrt(var + self.eps)          # (..., 1)
        self._xhat = (x - mu) * self._inv_sigma                   # (..., d)
        return self._xhat * self.params["gamma"] + self.params["beta"]

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        d = grad_out.shape[-1]
        xhat = self._xhat
        self.grads["gamma"][...] = (grad_out * xhat).reshape(-1, d).sum(axis=0)
        self.grads["beta"][...] = grad_out.reshape(-1, d).sum(axis=0)
        gx = grad_out * self.params["gamma"]                      # dL/dxhat (..., d)
        return self._inv_sigma * (gx - gx.mean(axis=-1, keepdims=True)
                                  - xhat * (gx * xhat).mean(axis=-1, keepdims=True))
    # --8<-- [end:layernorm]


class GELU(Layer):
    """GELU, tanh form (as GPT-2 and ``torch.nn.GELU(approximate="tanh")``).

    >>> np.round(GELU().forward(np.array([-3.0, 0.0, 3.0])), 4).tolist()
    [-0.0036, 0.0, 2.9964]
    """

    C = math.sqrt(2.0 / math.pi)

    # --8<-- [start:gelu]
    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        self._x = x
        # x * x * x, not x**3: numpy's general power is ~20x slower on float32
        self._t = np.tanh(self.C * x * (1.0 + 0.044715 * x * x))      # tanh(u)
        return 0.5 * x * (1.0 + self._t)

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        x, t = self._x, self._t
        du = self.C * (1.0 + 3 * 0.044715 * x * x)                    # du/dx
        # d/dx [0.5 x (1 + t)] = 0.5 (1 + t) + 0.5 x (1 - t^2) du/dx, computed in place
        d = 1.0 - t * t
        d *= du
        d *= x
        d += 1.0
        d += t
        d *= 0.5
        return d * grad_out
    # --8<-- [end:gelu]


# --8<-- [start:attention-core]
def causal_softmax(scores: np.ndarray) -> np.ndarray:
    """Attention weights from scores ``(..., T, T)``: row ``t`` is a softmax over ``s <= t``.

    Entry ``[t, s]`` is how much position ``t`` takes from position ``s``; the future (``s > t``)
    gets exactly 0. ``scores`` is overwritten there with ``-inf``.

    >>> causal_softmax(np.zeros((3, 3))).round(3).tolist()
    [[1.0, 0.0, 0.0], [0.5, 0.5, 0.0], [0.333, 0.333, 0.333]]
    """
    T = scores.shape[-1]
    future = np.triu(np.ones((T, T), dtype=bool), k=1)    # (T, T): s > t is the future
    scores[..., future] = -np.inf                         # exp(-inf) = 0: no weight
    return softmax(scores, axis=-1)                       # over s: each row sums to 1


def causal_attention(q: np.ndarray, k: np.ndarray,
                     v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Scaled dot-product attention with a causal mask: ``q, k, v (..., T, dh)`` -> the output
    ``(..., T, dh)`` and the weights ``p (..., T, T)`` (the backward pass needs them).

    >>> q = k = np.zeros((4, 2)); v = np.arange(8.0).reshape(4, 2)
    >>> causal_attention(q, k, v)[0].tolist()  # equal scores: the mean of the past values
    [[0.0, 1.0], [1.0, 2.0], [2.0, 3.0], [3.0, 4.0]]
    """
    scale = 1.0 / math.sqrt(q.shape[-1])                  # scores of unit variance
    p = causal_softmax((q @ k.swapaxes(-1, -2)) * scale)  # (..., T, T)
    return p @ v, p                                       # (..., T, dh)


def causal_attention_backward(q: np.ndarray, k: np.ndarray, v: np.ndarray, p: np.ndarray,
                              dy: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(dq, dk, dv)`` for :func:`causal_attention`, given its weights ``p`` and ``dy``.

    >>> rng = np.random.default_rng(0); q, k, v = rng.standard_normal((3, 5, 2))
    >>> y, p = causal_attention(q, k, v)
    >>> dq, dk, dv = causal_attention_backward(q, k, v, p, np.ones_like(y))
    >>> bool(np.allclose(dv.sum(axis=0), 5.0))  # every row of p sums to 1
    True
    """
    scale = 1.0 / math.sqrt(q.shape[-1])
    dp = dy @ v.swapaxes(-1, -2)                          # (..., T, T)
    dv = p.swapaxes(-1, -2) @ dy                          # (..., T, dh)
    # softmax backward, row by row: ds = p * (dp - sum_j dp_j p_j); masked p are 0
    ds = p * (dp - (dp * p).sum(axis=-1, keepdims=True)) * scale
    return ds @ k, ds.swapaxes(-1, -2) @ q, dv            # dq, dk, dv
# --8<-- [end:attention-core]


class CausalSelfAttention(Layer):
    """Multi-head causal self-attention with its output projection: ``(B, T, d)`` -> same.

    ``params``/``grads`` hold the four arrays of its two Dense layers (``qkv.W``, ``qkv.b``,
    ``proj.W``, ``proj.b``). Time O(B T d^2 + B T^2 d), memory O(B h T^2) for the attention
    weights kept for the backward pass.

    >>> att = CausalSelfAttention(8, 2, np.random.default_rng(0), dtype=np.float64)
    >>> x = np.random.default_rng(1).standard_normal((2, 5, 8))
    >>> y = att.forward(x)
    >>> x2 = x.copy(); x2[:, 3:] = 0  # change the future ...
    >>> bool(np.allclose(att.forward(x2)[:, :3], y[:, :3]))  # ... the past does not see it
    True
    """

    def __init__(self, d: int, n_head: int, rng: np.random.Generator, dtype=np.float32,
                 proj_std: float = 0.02) -> None:
        super().__init__()
        if d % n_head:
            raise ValueError(f"the width {d} must be a multiple of the number of heads {n_head}")
        self.d, self.h = d, n_head
        self.qkv = TimeDense(d, 3 * d, rng, dtype)
        self.proj = TimeDense(d, d, rng, dtype, std=proj_std)
        for name, layer in (("qkv", self.qkv), ("proj", self.proj)):
            for key in layer.params:
                self.params[f"{name}.{key}"] = layer.params[key]
                self.grads[f"{name}.{key}"] = layer.grads[key]

    def _heads(self, a: np.ndarray) -> np.ndarray:
        B, T, _ = a.shape                                     # (B, T, d) -> (B, h, T, dh)
        return a.reshape(B, T, self.h, self.d // self.h).transpose(0, 2, 1, 3)

    # --8<-- [start:attention-forward]
    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        B, T, d = x.shape                                     # x (B, T, d)
        qkv = self.qkv.forward(x)                             # (B, T, 3d)
        q, k, v = (self._heads(a) for a in np.split(qkv, 3, axis=-1))  # each (B, h, T, dh)
        y, p = causal_attention(q, k, v)                      # (B, h, T, dh), p (B, h, T, T)
        self._cache = (q, k, v, p)
        y = y.transpose(0, 2, 1, 3).reshape(B, T, d)          # heads side by side (B, T, d)
        return self.proj.forward(y)                           # (B, T, d)
    # --8<-- [end:attention-forward]

    # --8<-- [start:attention-backward]
    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        B, T, d = grad_out.shape
        dy = self._heads(self.proj.backward(grad_out))       # (B, h, T, dh)
        dq, dk, dv = causal_attention_backward(*self._cache, dy)  # each (B, h, T, dh)
        merged = [a.transpose(0, 2, 1, 3).reshape(B, T, d) for a in (dq, dk, dv)]
        return self.qkv.backward(np.concatenate(merged, axis=-1))  # (B, T, d)
    # --8<-- [end:attention-backward]
