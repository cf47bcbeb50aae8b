"""Pow(x, n): raise a float to an integer power in logarithmic time."""


def my_pow(x: float, n: int) -> float:
    """Return x raised to the integer power n (n may be negative or zero)."""
    raise NotImplementedError("write your solution here")
