"""Kuhn's algorithm by recursion: right on small inputs, but an augmenting path through a
thousand workers goes past Python's recursion limit."""


def most_assignments(workers: int, jobs: int, can_do: list[list[int]]) -> int:
    adj: list[list[int]] = [[] for _ in range(workers)]
    for w, j in can_do:
        adj[w].append(j)
    worker_of = [-1] * jobs

    def try_worker(w, seen):
        for j in adj[w]:
            if not seen[j]:
                seen[j] = True
                if worker_of[j] == -1 or try_worker(worker_of[j], seen):
                    worker_of[j] = w
                    return True
        return False

    return sum(try_worker(w, [False] * jobs) for w in range(workers))
