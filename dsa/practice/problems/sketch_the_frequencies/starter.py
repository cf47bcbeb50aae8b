"""Estimate how often, in little memory: a count-min sketch."""

P = 2**61 - 1


def count_min_estimates(stream: list[int], queries: list[int], width: int,
                        hashes: list[list[int]]) -> list[int]:
    """Return the count-min sketch's estimate for each query (see the statement's hashes)."""
    raise NotImplementedError("write your solution here")
