"""Too slow: picks the nearest remaining point by a full scan, k times: O(n·k), not O(n log k)."""


def k_closest(points: list[list[int]], k: int) -> list[list[int]]:
    left = [[x, y] for x, y in points]
    chosen = []
    for _ in range(k):
        best = 0
        for i in range(1, len(left)):
            x, y = left[i]
            if x * x + y * y < left[best][0] ** 2 + left[best][1] ** 2:
                best = i
        chosen.append(left[best])
        left[best] = left[-1]
        left.pop()
    return chosen
