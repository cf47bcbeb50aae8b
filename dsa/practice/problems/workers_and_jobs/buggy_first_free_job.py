"""Greedy: each worker takes the first free job it can do; nobody is ever moved."""


def most_assignments(workers: int, jobs: int, can_do: list[list[int]]) -> int:
    taken = [False] * jobs
    done = [False] * workers
    count = 0
    for w, j in sorted(can_do):
        if not done[w] and not taken[j]:
            done[w] = taken[j] = True
            count += 1
    return count
