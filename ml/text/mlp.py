r"""An MLP language model over a fixed context of characters (Bengio et al., 2003).

The bigram sees one character. This model sees the last ``k`` and learns what they mean:

    e_j = E[c_{t-k+j}]                   (k vectors of width e)   a learned embedding per character
    u   = [e_1, ..., e_k]                (k e,)                   side by side
    a   = tanh(u W1 + b1)                (H,)                     ml.nn.Dense, ml.nn.Tanh
    z   = a W2 + b2                      (V,)                     scores for the next character

and is trained by the same softmax cross-entropy and Adam as the MNIST network (``ml.nn``). The
embedding is what makes it generalise: characters that behave alike (the vowels, say) get nearby
vectors, so what the model learns about one helps the others, where a table of counts over
``V^k`` contexts would see most of them never.

For speed the model reads a whole window of ``T`` characters at once and predicts each of its
last ``T - k + 1`` positions from the ``k`` characters before it (like a one-dimensional
convolution): ``x (B, T) -> logits (B, T-k+1, V)``, targets ``y[:, k-1:]``.
"""

from __future__ import annotations

import numpy as np

from ml.nn.activations import Tanh
from ml.nn.layers import Dense, Layer
from ml.text.layers import Embedding
from ml.text.model import LanguageModel

__all__ = ["MLPLanguageModel"]


class MLPLanguageModel(LanguageModel):
    """``context`` characters -> embeddings ``(d_embed)`` -> tanh layer ``(hidden)`` -> ``V``.

    >>> m = MLPLanguageModel(vocab_size=5, context=3, d_embed=2, hidden=8, seed=0)
    >>> m.logits(np.zeros((4, 6), dtype=int)).shape  # 6 - 3 + 1 predictions per window
    (4, 4, 5)
    """

    kind = "mlp"

    def __init__(self, vocab_size: int, context: int = 8, d_embed: int = 24, hidden: int = 512,
                 seed: int = 0, dtype=np.float32) -> None:
        super().__init__(vocab_size, dtype)
        rng = np.random.default_rng(seed)
        self.context, self.d_embed, self.hidden, self.seed = context, d_embed, hidden, seed
        self.block_size = context
        self.emb = Embedding(vocab_size, d_embed, rng, dtype, std=1.0)
        self.fc = Dense(context * d_embed, hidden, init="xavier", rng=rng, dtype=dtype)
        self.act = Tanh()
        self.out = Dense(hidden, vocab_size, init="xavier", rng=rng, dtype=dtype)
        self.out.params["W"] *= 0.1  # small first logits: the first loss is about log V

    def layers(self) -> dict[str, Layer]:
        return {"emb": self.emb, "fc": self.fc, "out": self.out}

    def settings(self) -> dict:
        return {"vocab_size": self.vocab_size, "context": self.context,
                "d_embed": self.d_embed, "hidden": self.hidden, "seed": self.seed}

    # --8<-- [start:forward]
    def logits(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        B, T = x.shape
        k, n = self.context, T - self.context + 1          # n predictions per window
        if n < 1:
            raise ValueError(f"windows of {T} characters; the model needs at least {k}")
        e = self.emb.forward(x)                             # (B, T, e)
        u = np.concatenate([e[:, j: j + n] for j in range(k)], axis=-1)  # (B, n, k e)
        a = self.act.forward(self.fc.forward(u.reshape(B * n, -1)))      # (B n, H)
        z = self.out.forward(a)                             # (B n, V)
        self._shape = (B, T, n)
        return z.reshape(B, n, -1)

    def backward_logits(self, grad: np.ndarray) -> None:
        B, T, n = self._shape
        du = self.fc.backward(self.act.backward(self.out.backward(grad.reshape(B * n, -1))))
        du = du.reshape(B, n, self.context, self.d_embed)  # (B, n, k, e)
        de = np.zeros((B, T, self.d_embed), dtype=du.dtype)
        for j in range(self.context):                       # undo the side-by-side copies
            de[:, j: j + n] += du[:, :, j]
        self.emb.backward(de)
    # --8<-- [end:forward]

    def loss(self, x: np.ndarray, y: np.ndarray, training: bool = False) -> float:
        z = self.logits(x, training)
        self._logit_shape = z.shape
        return self.loss_fn.forward(z.reshape(-1, z.shape[-1]),
                                    y[:, self.context - 1:].reshape(-1))

    def evaluate(self, ids: np.ndarray, batch: int = 4096) -> float:
        """Mean NLL of every character of ``ids`` after the first ``context``."""
        k = self.context
        total, count = 0.0, 0
        for lo in range(0, len(ids) - k, batch):
            hi = min(lo + batch, len(ids) - k)
            x = ids[lo: hi + k - 1][None, :]                # one long window: hi - lo predictions
            total += self.loss(x, ids[lo + 1: hi + k][None, :]) * (hi - lo)
            count += hi - lo
        return total / count

    # sampling: the state is the ids so far
    def start(self, prompt_ids: np.ndarray):
        ids = [0] * self.context + [int(i) for i in prompt_ids]  # pad with id 0 ("\n")
        return self._next(ids), ids

    def advance(self, state: list[int], next_id: int):
        state.append(int(next_id))
        return self._next(state), state

    def _next(self, ids: list[int]) -> np.ndarray:
        return self.logits(np.array(ids[-self.context:])[None, :])[0, -1]
