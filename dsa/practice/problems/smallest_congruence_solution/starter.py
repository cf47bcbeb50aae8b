"""The smallest x with a·x ≡ b (mod m): a linear congruence."""


def smallest_solutions(queries: list[list[int]]) -> list[int]:
    """For each ``[a, b, m]`` return the smallest x >= 0 with (a*x - b) % m == 0, or -1."""
    raise NotImplementedError("write your solution here")
