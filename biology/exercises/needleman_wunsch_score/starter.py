"""Needleman-Wunsch: the best score of a global alignment of two sequences.

Write ``nw_score``: fill the table F[i][j] = best score of x[:i] against y[:j] and return the
score of all of x against all of y.
"""


def nw_score(x: str, y: str, match: float = 1, mismatch: float = -1, gap: float = 1) -> float:
    """The best global alignment score of ``x`` with ``y``.

    An aligned pair scores ``match`` if the letters are equal and ``mismatch`` if not; each gap
    symbol scores ``-gap`` (``gap`` is a penalty, >= 0).
    """
    raise NotImplementedError("write your solution here")
