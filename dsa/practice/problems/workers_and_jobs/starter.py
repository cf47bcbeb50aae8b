"""As many jobs as possible, one per worker: a maximum bipartite matching."""


def most_assignments(workers: int, jobs: int, can_do: list[list[int]]) -> int:
    """Return the most jobs that can be given out at once, one worker per job and one job per
    worker, where ``[w, j]`` in ``can_do`` means worker ``w`` can do job ``j``."""
    raise NotImplementedError("write your solution here")
