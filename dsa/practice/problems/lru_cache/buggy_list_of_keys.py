"""Linear recency: keeps keys in a Python list, so each use costs an O(n) remove."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._values: dict[int, int] = {}
        self._order: list[int] = []

    def get(self, key: int) -> int:
        if key not in self._values:
            return -1
        self._order.remove(key)
        self._order.append(key)
        return self._values[key]

    def put(self, key: int, value: int) -> None:
        if key in self._values:
            self._order.remove(key)
        elif len(self._values) == self.capacity:
            del self._values[self._order.pop(0)]
        self._values[key] = value
        self._order.append(key)
