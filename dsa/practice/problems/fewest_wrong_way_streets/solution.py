"""Fewest wrong-way streets: a shortest path with 0/1 costs, by 0-1 BFS.

Each street gives a free move along it and a move against it costing one fine. With costs of 0
and 1 only, a deque keeps its entries in order of cost if a free move goes on the front and a
fined move on the back: the deque always holds costs d and d + 1, front first, as Dijkstra's heap
would. A junction's cost is final when it is popped; stale entries are skipped.

Time O(n + m); space O(n + m).
"""

from collections import deque


def fewest_fines(n: int, streets: list[list[int]]) -> int:
    """Return the fewest wrong-way uses of ``streets`` from 0 to ``n - 1``, or -1 if impossible."""
    moves: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    for u, v in streets:
        moves[u].append((v, 0))
        moves[v].append((u, 1))
    best = [n + 1] * n  # more fines than any route can need
    best[0] = 0
    done = [False] * n
    queue = deque([0])
    while queue:
        junction = queue.popleft()
        if done[junction]:
            continue
        done[junction] = True
        for nxt, fine in moves[junction]:
            cost = best[junction] + fine
            if cost < best[nxt]:
                best[nxt] = cost
                if fine:
                    queue.append(nxt)
                else:
                    queue.appendleft(nxt)
    return best[n - 1] if done[n - 1] else -1
