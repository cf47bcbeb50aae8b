"""Turning a model's scores for the next character into a character, and a prompt into text.

Given the logits ``z`` (one score per character), sampling draws from ``softmax(z / temperature)``:

- **temperature** ``tau``: below 1 it sharpens the distribution (``tau -> 0`` always picks the most
  likely character, and repeats itself), above 1 it flattens it (more surprising, more typos);
- **top-k**: keep only the ``k`` most likely characters and renormalise, so a long tail of
  unlikely characters can never be drawn.

Every draw comes from one ``numpy`` generator made from ``seed``: the same model, prompt and seed
give the same text, character for character.

A model takes part by offering two methods: ``start(prompt_ids) -> (logits, state)`` and
``advance(state, next_id) -> (logits, state)``. The state is the model's business: the last
characters for the windowed models, the hidden state for a recurrent one.
"""

from __future__ import annotations

import numpy as np

from ml.special import softmax

__all__ = ["generate", "next_distribution"]


# --8<-- [start:next-distribution]
def next_distribution(logits: np.ndarray, temperature: float = 1.0,
                      top_k: int | None = None) -> np.ndarray:
    """The probabilities to sample the next character from (float64, sums to 1).

    >>> p = next_distribution(np.array([2.0, 1.0, 0.0]), temperature=1.0, top_k=2)
    >>> np.round(p, 4).tolist()
    [0.7311, 0.2689, 0.0]
    """
    if not temperature > 0:
        raise ValueError(f"--temperature must be positive, got {temperature}")
    z = np.asarray(logits, dtype=np.float64) / temperature
    if top_k is not None:
        if top_k < 1:
            raise ValueError(f"--top-k must be at least 1, got {top_k}")
        if top_k < z.size:
            kth = np.partition(z, -top_k)[-top_k]
            z = np.where(z >= kth, z, -np.inf)
    return softmax(z)


# --8<-- [end:next-distribution]


def generate(model, prompt_ids: np.ndarray, n_chars: int, temperature: float = 1.0,
             top_k: int | None = None, seed: int = 0) -> list[int]:
    """``n_chars`` new ids continuing ``prompt_ids``, drawn with one seeded generator.

    The draw is by inverse CDF on one uniform number per character (``searchsorted`` on the
    cumulative probabilities), the same rule the in-browser generator uses, so both produce the
    same text from the same numbers.

    >>> from ml.text.bigram import Bigram
    >>> m = Bigram(3); m.fit(np.array([0, 1, 2] * 20))
    >>> generate(m, np.array([0]), 6, seed=1) == generate(m, np.array([0]), 6, seed=1)
    True
    >>> generate(m, np.array([0]), 6, top_k=1)  # greedy: 0 -> 1 -> 2 -> 0 ...
    [1, 2, 0, 1, 2, 0]
    """
    rng = np.random.default_rng(seed)
    logits, state = model.start(np.asarray(prompt_ids, dtype=np.int64))
    out: list[int] = []
    for _ in range(n_chars):
        p = next_distribution(logits, temperature, top_k)
        i = int(np.searchsorted(np.cumsum(p), rng.random() * p.sum(), side="right"))
        i = min(i, p.size - 1)
        out.append(i)
        logits, state = model.advance(state, i)
    return out
