"""The critical cables (bridges) of a network."""


def critical_links(n: int, links: list[list[int]]) -> list[list[int]]:
    """Return every cable whose cut disconnects two machines, as sorted ``[a, b]`` with a < b."""
    raise NotImplementedError("write your solution here")
