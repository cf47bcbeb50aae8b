"""Plain BFS over both directions: counts streets driven, not fines."""

from collections import deque


def fewest_fines(n: int, streets: list[list[int]]) -> int:
    moves: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v in streets:
        moves[u].append((v, 0))
        moves[v].append((u, 1))
    fines = [-1] * n
    fines[0] = 0
    queue = deque([0])
    while queue:
        junction = queue.popleft()
        for nxt, fine in moves[junction]:
            if fines[nxt] < 0:
                fines[nxt] = fines[junction] + fine
                queue.append(nxt)
    return fines[n - 1]
