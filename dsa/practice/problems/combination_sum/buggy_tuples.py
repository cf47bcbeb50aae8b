"""Wrong type: collects the combinations as tuples in a set to drop repeats, returns the tuples."""


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    found: set[tuple[int, ...]] = set()

    def extend(path: list[int], total: int) -> None:
        if total == target:
            found.add(tuple(sorted(path)))
            return
        for value in candidates:
            if total + value <= target and (not path or value >= path[-1]):
                extend([*path, value], total + value)

    extend([], 0)
    return list(found)
