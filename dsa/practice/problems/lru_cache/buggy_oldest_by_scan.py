"""Too slow: stamps each key with the time of its last use and finds the least recently used by
scanning every key, O(capacity) per eviction instead of O(1)."""


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.values: dict[int, int] = {}
        self.used_at: dict[int, int] = {}
        self.clock = 0

    def _touch(self, key: int) -> None:
        self.clock += 1
        self.used_at[key] = self.clock

    def get(self, key: int) -> int:
        if key not in self.values:
            return -1
        self._touch(key)
        return self.values[key]

    def put(self, key: int, value: int) -> None:
        if key not in self.values and len(self.values) == self.capacity:
            oldest = None
            for other, stamp in self.used_at.items():
                if oldest is None or stamp < self.used_at[oldest]:
                    oldest = other
            del self.values[oldest], self.used_at[oldest]
        self.values[key] = value
        self._touch(key)
