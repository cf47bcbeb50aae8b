r"""A GPT-style transformer over characters: embeddings, a few pre-norm blocks, a linear head.

For a window of ``T`` character ids (shapes for a batch of ``B`` windows, width ``d``)::

    x = E[ids] + P[:T]                         (B, T, d)   token + position embeddings
    for each block:
        x = x + Attention(LayerNorm(x))        (B, T, d)   positions exchange information
        x = x + MLP(LayerNorm(x))              (B, T, d)   each position thinks alone
    logits = LayerNorm(x) @ W_head + b_head    (B, T, V)

``MLP`` is Dense(d, 4d) -> GELU -> Dense(4d, d). The residual connections (``x + ...``) give the
gradient a path around every block, so a deep stack trains as easily as a shallow one; the
pre-norm placement (normalise the branch's input, not the sum) keeps that path clean. Position
``t``'s logits predict character ``t + 1`` and, by the causal mask, depend on characters
``0..t`` only, so one forward pass trains ``T`` predictions at once.

Backward runs the same steps in reverse; a residual sum sends its gradient unchanged to both
branches, so ``dx = dx_out + branch.backward(dx_out)``.
"""

from __future__ import annotations

import math

import numpy as np

from ml.nn.layers import Layer
from ml.text.layers import GELU, CausalSelfAttention, Embedding, LayerNorm, TimeDense
from ml.text.model import LanguageModel

__all__ = ["Block", "Transformer"]


class Block(Layer):
    """One pre-norm transformer block; ``params`` named ``ln1.gamma``, ``attn.qkv.W``, ...

    >>> block = Block(8, 2, 1, np.random.default_rng(0), dtype=np.float64)
    >>> block.forward(np.zeros((1, 3, 8))).shape
    (1, 3, 8)
    """

    def __init__(self, d: int, n_head: int, n_layer: int, rng: np.random.Generator,
                 dtype=np.float32) -> None:
        super().__init__()
        proj_std = 0.02 / math.sqrt(2 * n_layer)  # each residual sum adds 2 n_layer branches
        self.parts: dict[str, Layer] = {
            "ln1": LayerNorm(d, dtype),
            "attn": CausalSelfAttention(d, n_head, rng, dtype, proj_std),
            "ln2": LayerNorm(d, dtype), "fc": TimeDense(d, 4 * d, rng, dtype),
            "gelu": GELU(), "proj": TimeDense(4 * d, d, rng, dtype, std=proj_std)}
        for name, part in self.parts.items():
            for key in part.params:
                self.params[f"{name}.{key}"] = part.params[key]
                self.grads[f"{name}.{key}"] = part.grads[key]

    # --8<-- [start:block]
    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        p = self.parts
        x = x + p["attn"].forward(p["ln1"].forward(x))                          # (B, T, d)
        h = p["gelu"].forward(p["fc"].forward(p["ln2"].forward(x)))             # (B, T, 4d)
        return x + p["proj"].forward(h)                                         # (B, T, d)

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        p = self.parts
        g = p["fc"].backward(p["gelu"].backward(p["proj"].backward(grad_out)))  # (B, T, d)
        dx = grad_out + p["ln2"].backward(g)            # the residual adds both paths
        return dx + p["ln1"].backward(p["attn"].backward(dx))
    # --8<-- [end:block]


class Positions(Layer):
    """Learned position embeddings ``P (block_size, d)``, added to the input."""

    def __init__(self, block_size: int, d: int, rng: np.random.Generator, dtype) -> None:
        super().__init__()
        self.params = {"P": (rng.standard_normal((block_size, d)) * 0.02).astype(dtype)}
        self.grads = {"P": np.zeros_like(self.params["P"])}

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        T = x.shape[1]
        if T > len(self.params["P"]):
            raise ValueError(f"windows of {T} characters, but the model knows only "
                             f"{len(self.params['P'])} positions")
        self._T = T
        return x + self.params["P"][:T]

    def backward(self, grad_out: np.ndarray) -> np.ndarray:
        self.grads["P"][...] = 0
        self.grads["P"][: self._T] = grad_out.sum(axis=0)
        return grad_out


class Transformer(LanguageModel):
    """GPT-style character model. ``logits(ids (B, T)) -> (B, T, V)``, with ``T <= block_size``.

    >>> m = Transformer(vocab_size=5, block_size=4, d=8, n_head=2, n_layer=1, seed=0)
    >>> x = np.array([[0, 1, 2, 3]]); loss = m.loss(x, np.array([[1, 2, 3, 4]]))
    >>> bool(abs(loss - np.log(5)) < 0.05)  # untrained: about uniform over 5 characters
    True
    """

    kind = "transformer"

    def __init__(self, vocab_size: int, block_size: int = 128, d: int = 128, n_head: int = 4,
                 n_layer: int = 4, seed: int = 0, dtype=np.float32) -> None:
        super().__init__(vocab_size, dtype)
        rng = np.random.default_rng(seed)
        self.block_size, self.d, self.n_head, self.n_layer, self.seed = (
            block_size, d, n_head, n_layer, seed)
        self._layers: dict[str, Layer] = {"tok": Embedding(vocab_size, d, rng, dtype),
                                          "pos": Positions(block_size, d, rng, dtype)}
        for i in range(n_layer):
            self._layers[f"blocks.{i}"] = Block(d, n_head, n_layer, rng, dtype)
        self._layers["ln_f"] = LayerNorm(d, dtype)
        self._layers["head"] = TimeDense(d, vocab_size, rng, dtype)

    def layers(self) -> dict[str, Layer]:
        return self._layers

    def settings(self) -> dict:
        return {"vocab_size": self.vocab_size, "block_size": self.block_size, "d": self.d,
                "n_head": self.n_head, "n_layer": self.n_layer, "seed": self.seed}

    def logits(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        h = x
        for layer in self._layers.values():
            h = layer.forward(h, training)
        self._logit_shape = h.shape
        return h

    def backward_logits(self, grad: np.ndarray) -> None:
        for layer in reversed(list(self._layers.values())):
            grad = layer.backward(grad)

    # sampling: the state is the ids so far; each step reruns the last block_size of them
    def start(self, prompt_ids: np.ndarray):
        ids = list(int(i) for i in prompt_ids) or [0]
        return self._next(ids), ids

    def advance(self, state: list[int], next_id: int):
        state.append(int(next_id))
        return self._next(state), state

    def _next(self, ids: list[int]) -> np.ndarray:
        window = np.array(ids[-self.block_size:], dtype=np.int64)[None, :]
        return self.logits(window)[0, -1]
