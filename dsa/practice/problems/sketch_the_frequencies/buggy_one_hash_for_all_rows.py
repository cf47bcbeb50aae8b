"""One hash for every row: uses hashes[0] in all rows, so extra rows never reduce collisions."""

P = 2**61 - 1


def count_min_estimates(stream: list[int], queries: list[int], width: int,
                        hashes: list[list[int]]) -> list[int]:
    a, b = hashes[0]
    row = [0] * width
    for x in stream:
        row[(a * x + b) % P % width] += 1
    return [row[(a * y + b) % P % width] for y in queries]
