"""How many groups after each bridge: connected components while edges are added."""


def groups_after_each(n: int, links: list[list[int]]) -> list[int]:
    """Return, after each ``[a, b]`` in ``links`` is built, how many groups islands 0..n-1 form."""
    raise NotImplementedError("write your solution here")
