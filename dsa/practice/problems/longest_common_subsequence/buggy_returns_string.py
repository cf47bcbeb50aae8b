"""Wrong type: returns the common subsequence itself, a str, instead of its length."""


def longest_common_subsequence(a: str, b: str) -> int:
    best = [[""] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                best[i][j] = best[i - 1][j - 1] + a[i - 1]
            else:
                best[i][j] = max(best[i - 1][j], best[i][j - 1], key=len)
    return best[len(a)][len(b)]
