"""As many jobs as possible, one per worker: a maximum bipartite matching by Hopcroft–Karp."""

from collections import deque

FREE = -1


def _layer(adj, job_of, worker_of):
    """BFS distances from every free worker along alternating paths; True if a free job is
    reachable (then ``dist`` layers the shortest augmenting paths)."""
    dist = [FREE] * len(adj)
    queue = deque(w for w in range(len(adj)) if job_of[w] == FREE)
    for w in queue:
        dist[w] = 0
    found = False
    while queue:
        w = queue.popleft()
        for j in adj[w]:
            other = worker_of[j]
            if other == FREE:
                found = True
            elif dist[other] == FREE:
                dist[other] = dist[w] + 1
                queue.append(other)
    return dist, found


def _augment(start, adj, job_of, worker_of, dist, nxt):
    """Follow one layered augmenting path from free worker ``start`` with an explicit stack and
    flip it; False if every path from it is a dead end (those workers are then dropped)."""
    stack = [start]
    while stack:
        w = stack[-1]
        if nxt[w] == len(adj[w]):
            dist[w] = FREE  # a dead end for the rest of this phase
            stack.pop()
            continue
        j = adj[w][nxt[w]]
        nxt[w] += 1
        other = worker_of[j]
        if other == FREE:
            for v in reversed(stack):  # each worker takes the job it was reaching for
                j_next = adj[v][nxt[v] - 1]
                job_of[v], worker_of[j_next] = j_next, v
            return True
        if dist[other] == dist[w] + 1:
            stack.append(other)
    return False


def most_assignments(workers: int, jobs: int, can_do: list[list[int]]) -> int:
    """Return the most jobs that can be given out at once (a maximum matching).

    Hopcroft–Karp: each phase finds, by BFS then DFS, a maximal set of vertex-disjoint shortest
    augmenting paths; the shortest length grows every phase and O(√v) phases suffice, each
    O(m). O(m √v) time, O(v + m) extra space. Searches use explicit stacks: a path may be as long
    as the number of workers.
    """
    adj: list[list[int]] = [[] for _ in range(workers)]
    for w, j in can_do:
        adj[w].append(j)
    job_of, worker_of = [FREE] * workers, [FREE] * jobs
    size = 0
    while True:
        dist, found = _layer(adj, job_of, worker_of)
        if not found:
            return size
        nxt = [0] * workers
        for w in range(workers):
            if job_of[w] == FREE and _augment(w, adj, job_of, worker_of, dist, nxt):
                size += 1
