"""Report the running median of a stream of integers."""


class MedianFinder:
    """Receives integers one at a time and reports the median so far."""

    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def add_num(self, num: int) -> None:
        """Record ``num``."""
        raise NotImplementedError("write your solution here")

    def find_median(self) -> float:
        """The median of the numbers so far; ``ValueError`` if there are none."""
        raise NotImplementedError("write your solution here")
