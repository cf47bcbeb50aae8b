r"""Recurrent networks: a vanilla RNN and a GRU, trained by truncated backpropagation through time.

A recurrent network reads one character at a time and carries a hidden state ``h`` (width ``H``)
from each step to the next, so in principle it sees the whole text so far, not a fixed window.

**Vanilla RNN**: ``h_t = tanh(x_t Wx + h_{t-1} Wh + b)``.

**GRU** (Cho et al. 2014; the gate order and biases of PyTorch's ``nn.GRU``)::

    r_t = sigmoid(x_t Wx_r + bx_r + h_{t-1} Wh_r + bh_r)          reset gate
    z_t = sigmoid(x_t Wx_z + bx_z + h_{t-1} Wh_z + bh_z)          update gate
    n_t = tanh(x_t Wx_n + bx_n + r_t * (h_{t-1} Wh_n + bh_n))     candidate
    h_t = (1 - z_t) * n_t + z_t * h_{t-1}

**Backpropagation through time** is the chain rule on the unrolled network: walking the steps
backwards, the gradient reaching ``h_t`` is what its own output sends plus what step ``t + 1``
sends back through ``Wh``. In a vanilla RNN that second part is multiplied by
``diag(1 - h^2) Wh^T`` at every step, so over many steps it shrinks to nothing (vanishing: the
network cannot learn long-range effects) or grows without bound (exploding) depending on the size
of ``Wh``. The GRU's update gate gives a path ``h_t = z_t * h_{t-1}`` with no squashing and no
matrix, along which a gradient survives many steps; clipping the global gradient norm
(:func:`ml.text.model.clip_global_norm`) tames the rare explosion.

**Truncated BPTT**: the training text is cut into ``B`` long streams read side by side in chunks of
``T`` characters. The hidden state at the end of one chunk starts the next (the model keeps
reading), but gradients stop at the chunk boundary, so memory and time stay O(T) per step.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import numpy as np

from ml.nn.layers import Layer
from ml.special import sigmoid
from ml.text.layers import Embedding, TimeDense
from ml.text.model import LanguageModel

__all__ = ["GRU", "RecurrentLanguageModel", "VanillaRNN"]


def _uniform(shape, scale: float, rng: np.random.Generator, dtype) -> np.ndarray:
    return rng.uniform(-scale, scale, size=shape).astype(dtype)


class VanillaRNN(Layer):
    """``(B, T, d_in)`` -> hidden states ``(B, T, H)``; ``h0`` (B, H) starts it (zeros if None).

    After ``backward``, ``dh0`` is the gradient for ``h0`` and ``dh_norms[t]`` the mean norm
    of the gradient reaching ``h_t`` (the vanishing/exploding-gradient figure plots it).

    >>> rnn = VanillaRNN(3, 4, np.random.default_rng(0), dtype=np.float64)
    >>> rnn.forward(np.ones((2, 5, 3))).shape
    (2, 5, 4)
    """

    def __init__(self, d_in: int, hidden: int, rng: np.random.Generator, dtype=np.float32) -> None:
        super().__init__()
        s = 1.0 / np.sqrt(hidden)
        self.params = {"Wx": _uniform((d_in, hidden), s, rng, dtype),
                       "Wh": _uniform((hidden, hidden), s, rng, dtype),
                       "b": np.zeros(hidden, dtype=dtype)}
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}

    # --8<-- [start:rnn]
    def forward(self, x: np.ndarray, training: bool = False, h0: np.ndarray | None = None):
        B, T, _ = x.shape
        Wh = self.params["Wh"]
        h = np.zeros((B, Wh.shape[0]), x.dtype) if h0 is None else h0
        ax = x @ self.params["Wx"] + self.params["b"]          # (B, T, H): all inputs at once
        hs = np.empty_like(ax)
        for t in range(T):
            h = np.tanh(ax[:, t] + h @ Wh)                      # (B, H)
            hs[:, t] = h
        self._cache = (x, hs, np.zeros_like(h) if h0 is None else h0)
        return hs

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        x, hs, h0 = self._cache
        Wh = self.params["Wh"]
        da = np.empty_like(hs)                                  # dL/d(pre-activation)
        dh_next = np.zeros_like(h0)
        self.dh_norms = np.empty(hs.shape[1])
        for t in reversed(range(hs.shape[1])):
            dh = grad_out[:, t] + dh_next                       # own output + the future
            self.dh_norms[t] = np.linalg.norm(dh, axis=1).mean()
            da[:, t] = dh * (1.0 - hs[:, t] ** 2)               # tanh'
            dh_next = da[:, t] @ Wh.T                           # to h_{t-1}
        h_prev = np.concatenate([h0[:, None], hs[:, :-1]], axis=1)  # (B, T, H)
        H = hs.shape[-1]
        self.grads["Wx"][...] = x.reshape(-1, x.shape[-1]).T @ da.reshape(-1, H)
        self.grads["Wh"][...] = h_prev.reshape(-1, H).T @ da.reshape(-1, H)
        self.grads["b"][...] = da.reshape(-1, H).sum(axis=0)
        self.dh0 = dh_next
        return da @ self.params["Wx"].T                         # (B, T, d_in)
    # --8<-- [end:rnn]


class GRU(Layer):
    """Gated recurrent unit, ``(B, T, d_in)`` -> ``(B, T, H)``; same interface as VanillaRNN.

    ``Wx (d_in, 3H)``, ``Wh (H, 3H)``, ``bx``, ``bh (3H,)``, gates in the order r, z, n.

    >>> gru = GRU(3, 4, np.random.default_rng(0), dtype=np.float64)
    >>> gru.forward(np.ones((2, 5, 3))).shape
    (2, 5, 4)
    """

    def __init__(self, d_in: int, hidden: int, rng: np.random.Generator, dtype=np.float32) -> None:
        super().__init__()
        s = 1.0 / np.sqrt(hidden)
        self.params = {"Wx": _uniform((d_in, 3 * hidden), s, rng, dtype),
                       "Wh": _uniform((hidden, 3 * hidden), s, rng, dtype),
                       "bx": _uniform((3 * hidden,), s, rng, dtype),
                       "bh": _uniform((3 * hidden,), s, rng, dtype)}
        self.grads = {k: np.zeros_like(v) for k, v in self.params.items()}

    # --8<-- [start:gru-forward]
    def forward(self, x: np.ndarray, training: bool = False, h0: np.ndarray | None = None):
        B, T, _ = x.shape
        H = self.params["Wh"].shape[0]
        h = np.zeros((B, H), x.dtype) if h0 is None else h0
        gx = x @ self.params["Wx"] + self.params["bx"]          # (B, T, 3H)
        hs, gates = np.empty((B, T, H), x.dtype), np.empty((B, T, 4 * H), x.dtype)
        for t in range(T):
            gh = h @ self.params["Wh"] + self.params["bh"]      # (B, 3H)
            rz = sigmoid(gx[:, t, :2 * H] + gh[:, :2 * H])      # (B, 2H): r | z
            r, z = rz[:, :H], rz[:, H:]
            n = np.tanh(gx[:, t, 2 * H:] + r * gh[:, 2 * H:])   # (B, H)
            h = n + z * (h - n)                                 # (1 - z) n + z h
            hs[:, t] = h
            gates[:, t] = np.concatenate([rz, n, gh[:, 2 * H:]], axis=1)
        self._cache = (x, hs, gates, np.zeros_like(h) if h0 is None else h0)
        return hs
    # --8<-- [end:gru-forward]

    # --8<-- [start:gru-backward]
    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        x, hs, gates, h0 = self._cache
        B, T, H = hs.shape
        Wh = self.params["Wh"]
        dgx, dgh = np.empty((B, T, 3 * H), hs.dtype), np.empty((B, T, 3 * H), hs.dtype)
        dh_next = np.zeros_like(h0)
        self.dh_norms = np.empty(T)
        for t in reversed(range(T)):
            r, z, n, ghn = np.split(gates[:, t], 4, axis=1)
            h_prev = hs[:, t - 1] if t else h0
            dh = grad_out[:, t] + dh_next
            self.dh_norms[t] = np.linalg.norm(dh, axis=1).mean()
            dn = dh * (1.0 - z) * (1.0 - n * n)                 # through n and its tanh
            dz = dh * (h_prev - n) * z * (1.0 - z)              # through z and its sigmoid
            dr = dn * ghn * r * (1.0 - r)
            dgx[:, t] = np.concatenate([dr, dz, dn], axis=1)
            dgh[:, t] = np.concatenate([dr, dz, dn * r], axis=1)
            dh_next = dh * z + dgh[:, t] @ Wh.T                 # the gate path + the matrix path
        h_prev = np.concatenate([h0[:, None], hs[:, :-1]], axis=1)
        flat = lambda a: a.reshape(-1, a.shape[-1])  # noqa: E731
        self.grads["Wx"][...] = flat(x).T @ flat(dgx)
        self.grads["bx"][...] = flat(dgx).sum(axis=0)
        self.grads["Wh"][...] = flat(h_prev).T @ flat(dgh)
        self.grads["bh"][...] = flat(dgh).sum(axis=0)
        self.dh0 = dh_next
        return dgx @ self.params["Wx"].T                        # (B, T, d_in)
    # --8<-- [end:gru-backward]


class RecurrentLanguageModel(LanguageModel):
    """Embedding -> VanillaRNN or GRU -> TimeDense head; ``logits(x (B, T)) -> (B, T, V)``.

    While training, the hidden state at the end of each chunk starts the next one
    (:meth:`batches` reads the text in order); evaluation starts from zeros or from the state
    it is given, and never disturbs the training state.

    >>> m = RecurrentLanguageModel(vocab_size=5, cell="gru", d_embed=4, hidden=8, seed=0)
    >>> m.logits(np.zeros((2, 3), dtype=int)).shape
    (2, 3, 5)
    """

    kind = "rnn"
    CELLS: ClassVar[dict[str, type[Layer]]] = {"rnn": VanillaRNN, "gru": GRU}

    def __init__(self, vocab_size: int, cell: str = "gru", d_embed: int = 32, hidden: int = 256,
                 seed: int = 0, dtype=np.float32) -> None:
        super().__init__(vocab_size, dtype)
        if cell not in self.CELLS:
            raise ValueError(f"unknown cell {cell!r}; choose one of {sorted(self.CELLS)}")
        rng = np.random.default_rng(seed)
        self.cell, self.d_embed, self.hidden, self.seed = cell, d_embed, hidden, seed
        self.emb = Embedding(vocab_size, d_embed, rng, dtype, std=1.0)
        self.rnn = self.CELLS[cell](d_embed, hidden, rng, dtype)
        self.head = TimeDense(hidden, vocab_size, rng, dtype, std=1.0 / np.sqrt(hidden))
        self._train_h: np.ndarray | None = None

    def layers(self) -> dict[str, Layer]:
        return {"emb": self.emb, "rnn": self.rnn, "head": self.head}

    def settings(self) -> dict:
        return {"vocab_size": self.vocab_size, "cell": self.cell, "d_embed": self.d_embed,
                "hidden": self.hidden, "seed": self.seed}

    def logits(self, x: np.ndarray, training: bool = False, h0: np.ndarray | None = None):
        if training and self._train_h is not None and len(self._train_h) == len(x):
            h0 = self._train_h                                  # carry on reading
        hs = self.rnn.forward(self.emb.forward(x), training, h0=h0)
        if training:
            self._train_h = hs[:, -1].copy()                    # no gradient flows back into it
        self.last_h = hs[:, -1]
        z = self.head.forward(hs)
        self._logit_shape = z.shape
        return z

    def backward_logits(self, grad: np.ndarray) -> None:
        self.emb.backward(self.rnn.backward(self.head.backward(grad)))

    def batches(self, ids: np.ndarray, batch: int, length: int,
                rng: np.random.Generator) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """Chunks of ``batch`` streams read in order; each pass starts at a random offset."""
        while True:
            offset = int(rng.integers(0, length))
            stream_len = (len(ids) - 1 - offset) // batch
            if stream_len < length:
                raise ValueError(f"{len(ids)} characters are too few for {batch} streams "
                                 f"of windows of {length}")
            starts = offset + np.arange(batch)[:, None] * stream_len
            self._train_h = None                                # a new pass: forget
            for t in range(0, stream_len - length + 1, length):
                s = starts + t + np.arange(length)
                yield ids[s], ids[s + 1]

    def evaluate(self, ids: np.ndarray, chunk: int = 256) -> float:
        """Mean NLL of ``ids[1:]``, reading the whole text once with the state carried."""
        h, total = None, 0.0
        for lo in range(0, len(ids) - 1, chunk):
            x, y = ids[lo: lo + chunk][None, :], ids[lo + 1: lo + chunk + 1][None, :]
            x = x[:, : y.shape[1]]
            z = self.logits(x, h0=h)
            h = self.last_h.copy()
            total += self.loss_fn.forward(z.reshape(-1, z.shape[-1]), y.reshape(-1)) * y.size
        return total / (len(ids) - 1)

    # sampling: the state is the hidden state after the text so far
    def start(self, prompt_ids: np.ndarray):
        ids = np.asarray(prompt_ids if len(prompt_ids) else [0])[None, :]
        z = self.logits(ids)
        return z[0, -1], self.last_h.copy()

    def advance(self, state: np.ndarray, next_id: int):
        z = self.logits(np.array([[next_id]]), h0=state)
        return z[0, -1], self.last_h.copy()
