"""Largest counter: reports the most collided counter instead of the least."""

P = 2**61 - 1


def count_min_estimates(stream: list[int], queries: list[int], width: int,
                        hashes: list[list[int]]) -> list[int]:
    table = [[0] * width for _ in hashes]
    for (a, b), row in zip(hashes, table, strict=False):
        for x in stream:
            row[(a * x + b) % P % width] += 1
    return [max(row[(a * y + b) % P % width] for (a, b), row in zip(hashes, table, strict=False))
            for y in queries]
