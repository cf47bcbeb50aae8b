"""Missing a case: on a mismatch only a's last letter is dropped, never b's."""


def longest_common_subsequence(a: str, b: str) -> int:
    """Return the length, but a mismatch only looks at L[i - 1][j] instead of the best of both."""
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = previous[j]
        previous = current
    return previous[len(b)]
