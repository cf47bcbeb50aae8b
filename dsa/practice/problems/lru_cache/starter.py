"""LRU cache."""


class LRUCache:
    """A key-value store of bounded size that evicts the least recently used key."""

    def __init__(self, capacity: int) -> None:
        """Create an empty cache holding at most ``capacity`` pairs."""
        raise NotImplementedError("write your solution here")

    def get(self, key: int) -> int:
        """Return the value for ``key`` (marking it as used), or -1 if it is absent."""
        raise NotImplementedError("write your solution here")

    def put(self, key: int, value: int) -> None:
        """Store ``value`` for ``key`` (marking it as used), evicting the least recent if full."""
        raise NotImplementedError("write your solution here")
