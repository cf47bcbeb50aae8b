"""Longest common subsequence of two strings: its length."""


def longest_common_subsequence(a: str, b: str) -> int:
    """Return the length of the longest string that is a subsequence of both a and b.

    Let L[i][j] be the answer for the prefixes a[:i] and b[:j]. If their last letters are equal, a
    longest common subsequence may as well end with that shared letter: L[i - 1][j - 1] + 1.
    Otherwise at least one of the two last letters is unused, so the answer is the better of
    dropping a's last letter or b's. Each row reads only the row above, so two rows suffice.

    Time O(m · n), extra space O(n) for n = len(b).
    """
    previous = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        current = [0] * (len(b) + 1)
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                current[j] = previous[j - 1] + 1
            else:
                current[j] = max(previous[j], current[j - 1])
        previous = current
    return previous[len(b)]
