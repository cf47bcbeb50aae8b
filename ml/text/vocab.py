"""Characters to integers and back, and the batches a character-level model trains on.

A character-level model sees text as a sequence of ids, one per character, drawn from the set of
characters the training text uses (65 for tinyshakespeare: letters, punctuation, space and
newline; no digits). The ids are the characters' positions in sorted order, so the same text always
gives the same vocabulary.

>>> vocab = Vocabulary.from_text("hello")
>>> vocab.chars, vocab.encode("hole").tolist(), vocab.decode([3, 2, 0])
('ehlo', [1, 3, 2, 0], 'ole')
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["Vocabulary", "random_windows"]


@dataclass(frozen=True)
class Vocabulary:
    """The sorted characters of a text; id ``i`` is ``chars[i]``."""

    chars: str

    @classmethod
    def from_text(cls, text: str) -> Vocabulary:
        return cls("".join(sorted(set(text))))

    @property
    def size(self) -> int:
        return len(self.chars)

    def encode(self, text: str) -> np.ndarray:
        """The ids of ``text`` as int64; a character outside the vocabulary is a ValueError.

        >>> Vocabulary("ab").encode("abc")
        Traceback (most recent call last):
        ...
        ValueError: the character 'c' is not in the model's vocabulary of 2 characters
        """
        index = {c: i for i, c in enumerate(self.chars)}
        try:
            return np.fromiter((index[c] for c in text), dtype=np.int64, count=len(text))
        except KeyError as err:
            raise ValueError(f"the character {err.args[0]!r} is not in the model's vocabulary "
                             f"of {self.size} characters") from None

    def decode(self, ids) -> str:
        return "".join(self.chars[int(i)] for i in ids)


def random_windows(ids: np.ndarray, batch: int, length: int,
                   rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    """``batch`` random windows: inputs ``x (batch, length)`` and targets ``y``, ``x`` moved one on.

    ``y[b, t]`` is the character that follows ``x[b, t]``: every position is a training example.

    >>> x, y = random_windows(np.arange(10), 2, 3, np.random.default_rng(0))
    >>> x.shape, bool(np.all(y == x + 1))
    ((2, 3), True)
    """
    if len(ids) < length + 1:
        raise ValueError(f"the text has {len(ids)} characters; windows of {length} need "
                         f"at least {length + 1}")
    starts = rng.integers(0, len(ids) - length, size=batch)
    offsets = np.arange(length)
    x = ids[starts[:, None] + offsets]
    return x, ids[starts[:, None] + offsets + 1]
