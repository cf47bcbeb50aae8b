"""Reads don't count: get returns the value without marking the key as recently used."""

from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._entries: OrderedDict[int, int] = OrderedDict()

    def get(self, key: int) -> int:
        return self._entries.get(key, -1)

    def put(self, key: int, value: int) -> None:
        if key in self._entries:
            self._entries.move_to_end(key)
        elif len(self._entries) == self.capacity:
            self._entries.popitem(last=False)
        self._entries[key] = value
