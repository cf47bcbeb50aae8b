"""Loses duplicates: the minimum stack only takes strictly smaller values, but pops on equality."""


class MinStack:
    def __init__(self) -> None:
        self._values: list[int] = []
        self._minimums: list[int] = []

    def push(self, value: int) -> None:
        self._values.append(value)
        if not self._minimums or value < self._minimums[-1]:
            self._minimums.append(value)

    def pop(self) -> int:
        if not self._values:
            raise IndexError("pop from an empty MinStack")
        value = self._values.pop()
        if value == self._minimums[-1]:
            self._minimums.pop()
        return value

    def top(self) -> int:
        if not self._values:
            raise IndexError("top from an empty MinStack")
        return self._values[-1]

    def get_min(self) -> int:
        if not self._minimums:
            raise IndexError("get_min from an empty MinStack")
        return self._minimums[-1]
