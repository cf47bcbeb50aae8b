"""Needleman-Wunsch: the best score of a global alignment of two sequences."""


def nw_score(x: str, y: str, match: float = 1, mismatch: float = -1, gap: float = 1) -> float:
    """The score of the best global alignment of x with y; each gap symbol costs ``gap``.

    F[i][j], the best score of x[:i] against y[:j], is kept one row at a time: O(len(x) len(y))
    time, O(len(y)) memory. Row 0 and column 0 align a prefix against nothing but gaps.
    """
    previous = [-gap * j for j in range(len(y) + 1)]
    for i in range(1, len(x) + 1):
        current = [-gap * i]
        for j in range(1, len(y) + 1):
            pair = match if x[i - 1] == y[j - 1] else mismatch
            current.append(max(previous[j - 1] + pair, previous[j] - gap, current[j - 1] - gap))
        previous = current
    return previous[-1]
