"""Hard-coded modulus: reduces the count modulo 10**9 + 7 out of habit; the exact count is asked."""


def unique_paths(grid: list[list[int]]) -> int:
    mod = 10**9 + 7
    n = len(grid[0])
    ways = [0] * n
    ways[0] = 1
    for row in grid:
        for c in range(n):
            if row[c] == 1:
                ways[c] = 0
            elif c:
                ways[c] = (ways[c] + ways[c - 1]) % mod
    return ways[-1]
