r"""The bigram model: count which character follows which. The baseline every model must beat.

Training is counting. ``N[a, b]`` is how often character ``b`` follows character ``a`` in the
training text, and the model's guess for the next character after ``a`` is the row normalised,

    P(b | a) = (N[a, b] + alpha) / (sum_c N[a, c] + alpha V),

with ``alpha`` (add-alpha smoothing, 1 by default) so that a pair never seen in training gets a
small probability instead of zero: one unseen pair in the validation text would otherwise make its
log-likelihood minus infinity. This is the maximum-likelihood answer (plus the smoothing): no
gradient descent could find a better table for one character of context.

Its score is the **negative log-likelihood per character**, the mean of ``-log P(next | previous)``
over a text, in nats: ``log V = 4.17`` for uniform guessing over 65 characters; tinyshakespeare's
validation text costs the bigram about 2.45. Each later model sees more context and must do
better.

>>> m = Bigram(vocab_size=2)
>>> m.fit(np.array([0, 1, 0, 1, 0]))
>>> np.round(m.probabilities(), 3).tolist()  # after 0 always 1, after 1 always 0 (+ smoothing)
[[0.2, 0.8], [0.75, 0.25]]
"""

from __future__ import annotations

import numpy as np

__all__ = ["Bigram"]


class Bigram:
    """Counts ``(V, V)``; ``fit`` counts, ``evaluate`` gives the NLL per character."""

    kind = "bigram"

    def __init__(self, vocab_size: int, alpha: float = 1.0) -> None:
        if not alpha > 0:
            raise ValueError(f"the smoothing alpha must be positive, got {alpha}")
        self.vocab_size, self.alpha = int(vocab_size), float(alpha)
        self.params = {"counts": np.zeros((self.vocab_size, self.vocab_size))}

    def settings(self) -> dict:
        return {"vocab_size": self.vocab_size, "alpha": self.alpha}

    # --8<-- [start:fit]
    def fit(self, ids: np.ndarray) -> None:
        """Count every pair ``(ids[i], ids[i+1])``: O(len(ids) + V^2)."""
        V = self.vocab_size
        pairs = ids[:-1] * V + ids[1:]                    # one integer per pair: a*V + b
        self.params["counts"][...] = np.bincount(pairs, minlength=V * V).reshape(V, V)

    def probabilities(self) -> np.ndarray:
        """``P[a, b] = P(b | a)``, rows summing to 1."""
        smoothed = self.params["counts"] + self.alpha     # (V, V)
        return smoothed / smoothed.sum(axis=1, keepdims=True)

    def evaluate(self, ids: np.ndarray) -> float:
        """Mean ``-log P(ids[i+1] | ids[i])``: nats per character."""
        return float(-np.log(self.probabilities()[ids[:-1], ids[1:]]).mean())
    # --8<-- [end:fit]

    def loss(self, x: np.ndarray, y: np.ndarray, training: bool = False) -> float:
        """Mean NLL of targets ``y`` given the characters ``x`` just before them."""
        return float(-np.log(self.probabilities()[x, y]).mean())

    # sampling (ml.text.sampling): the state is the last character
    def start(self, prompt_ids: np.ndarray):
        last = int(prompt_ids[-1]) if len(prompt_ids) else 0
        return np.log(self.probabilities()[last]), last

    def advance(self, state: int, next_id: int):
        return np.log(self.probabilities()[next_id]), next_id
