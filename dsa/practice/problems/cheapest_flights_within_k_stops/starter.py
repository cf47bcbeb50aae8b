"""Cheapest trip between two cities using at most k stops."""


def find_cheapest_price(n: int, flights: list[list[int]], src: int, dst: int, k: int) -> int:
    """Return the cheapest price from ``src`` to ``dst`` with at most ``k`` stops, or -1."""
    raise NotImplementedError("write your solution here")
