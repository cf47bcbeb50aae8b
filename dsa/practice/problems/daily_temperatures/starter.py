"""Daily temperatures."""


def days_until_warmer(temps: list[int]) -> list[int]:
    """For each day, return the number of days until a strictly warmer one (0 if never)."""
    raise NotImplementedError("write your solution here")
