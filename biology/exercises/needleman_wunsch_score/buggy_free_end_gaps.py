"""Gap penalty missing on the first row and column: F[i][0] = F[0][j] = 0, so end gaps are free."""


def nw_score(x: str, y: str, match: float = 1, mismatch: float = -1, gap: float = 1) -> float:
    previous = [0] * (len(y) + 1)
    for i in range(1, len(x) + 1):
        current = [0]
        for j in range(1, len(y) + 1):
            pair = match if x[i - 1] == y[j - 1] else mismatch
            current.append(max(previous[j - 1] + pair, previous[j] - gap, current[j - 1] - gap))
        previous = current
    return previous[-1]
