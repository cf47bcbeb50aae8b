"""Return every combination of candidates (reusable) that sums to a target."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    """Return each distinct multiset of ``candidates`` summing to ``target``, in any order."""
    raise NotImplementedError("write your solution here")
