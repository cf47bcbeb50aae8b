"""How much oil gets through: the maximum flow from one station to another, by Dinic."""

from collections import deque


def _levels(n, head, room, out, source):
    """Breadth-first distances from ``source`` over edges that still have room (-1: unreached)."""
    level = [-1] * n
    level[source] = 0
    queue = deque([source])
    while queue:
        u = queue.popleft()
        for e in out[u]:
            if room[e] > 0 and level[head[e]] < 0:
                level[head[e]] = level[u] + 1
                queue.append(head[e])
    return level


def _push_path(head, room, out, level, nxt, source, sink):
    """Find one source→sink path going one level deeper each step, push its bottleneck; 0 if
    none is left. ``nxt[u]`` skips edges already found useless in this phase (current arcs)."""
    path, u = [], source
    while u != sink:
        while nxt[u] < len(out[u]):
            e = out[u][nxt[u]]
            if room[e] > 0 and level[head[e]] == level[u] + 1:
                break
            nxt[u] += 1
        else:  # dead end: retreat and never try this station again in the phase
            if not path:
                return 0
            level[u] = -1
            e = path.pop()
            u = head[e ^ 1]
            nxt[u] += 1
            continue
        path.append(e)
        u = head[e]
    pushed = min(room[e] for e in path)
    for e in path:
        room[e] -= pushed
        room[e ^ 1] += pushed  # edge e ^ 1 is e's partner: flow sent can be sent back
    return pushed


def max_throughput(n: int, pipes: list[list[int]], source: int, sink: int) -> int:
    """Return the most barrels per hour that can flow from ``source`` to ``sink``.

    Dinic's algorithm on a residual graph stored flat: edge 2i is pipe i, edge 2i + 1 its partner
    running backwards with the flow sent so far as its room. Each phase labels stations by BFS
    distance and pushes flow along level-increasing paths until none is left; distances grow
    every phase, so there are at most n phases. O(n² m) time, O(n + m) extra space.
    """
    head, room = [], []
    out: list[list[int]] = [[] for _ in range(n)]
    for u, v, c in pipes:
        out[u].append(len(head))
        head.append(v)
        room.append(c)
        out[v].append(len(head))
        head.append(u)
        room.append(0)
    total = 0
    while True:
        level = _levels(n, head, room, out, source)
        if level[sink] < 0:
            return total
        nxt = [0] * n
        while pushed := _push_path(head, room, out, level, nxt, source, sink):
            total += pushed
