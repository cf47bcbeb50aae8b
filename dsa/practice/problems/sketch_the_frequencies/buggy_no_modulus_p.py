"""Skips the mod P: hashes (a·x + b) % width directly, which differs for a·x + b >= P."""


def count_min_estimates(stream: list[int], queries: list[int], width: int,
                        hashes: list[list[int]]) -> list[int]:
    table = [[0] * width for _ in hashes]
    for (a, b), row in zip(hashes, table, strict=False):
        for x in stream:
            row[(a * x + b) % width] += 1
    return [min(row[(a * y + b) % width] for (a, b), row in zip(hashes, table, strict=False))
            for y in queries]
