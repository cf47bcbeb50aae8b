"""Brute force: tries every multiset of r candidates for every r, instead of pruning by the sum."""

from itertools import combinations_with_replacement


def combination_sum(candidates: list[int], target: int) -> list[list[int]]:
    found = []
    for r in range(1, target // min(candidates) + 1):
        for combo in combinations_with_replacement(candidates, r):
            if sum(combo) == target:
                found.append(list(combo))
    return found
