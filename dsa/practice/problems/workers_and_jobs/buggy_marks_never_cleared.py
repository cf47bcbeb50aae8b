"""Kuhn's algorithm with one set of visited marks for all workers: a job tried for an earlier
worker is never tried again, so later augmenting paths through it are missed."""


def most_assignments(workers: int, jobs: int, can_do: list[list[int]]) -> int:
    adj: list[list[int]] = [[] for _ in range(workers)]
    for w, j in can_do:
        adj[w].append(j)
    worker_of = [-1] * jobs
    seen = [False] * jobs

    def try_worker(w):
        stack, path = [(w, 0)], []
        while stack:
            v, i = stack.pop()
            if i == len(adj[v]):
                if path:
                    path.pop()
                continue
            stack.append((v, i + 1))
            j = adj[v][i]
            if seen[j]:
                continue
            seen[j] = True
            path.append((v, j))
            if worker_of[j] == -1:
                for u, job in path:
                    worker_of[job] = u
                return True
            stack.append((worker_of[j], 0))
        return False

    return sum(try_worker(w) for w in range(workers))
