"""Smith-Waterman's floor in a global alignment: max(..., 0) lets a bad prefix be forgotten."""


def nw_score(x: str, y: str, match: float = 1, mismatch: float = -1, gap: float = 1) -> float:
    previous = [-gap * j for j in range(len(y) + 1)]
    for i in range(1, len(x) + 1):
        current = [-gap * i]
        for j in range(1, len(y) + 1):
            pair = match if x[i - 1] == y[j - 1] else mismatch
            current.append(max(previous[j - 1] + pair, previous[j] - gap, current[j - 1] - gap,
                               0))
        previous = current
    return previous[-1]
