"""Edit distance: the fewest inserts, deletes and replacements turning one string into another."""


def min_distance(a: str, b: str) -> int:
    """Return the fewest single-character inserts, deletes and replacements turning a into b."""
    raise NotImplementedError("write your solution here")
