"""Forgets the old minimum: one variable holds the minimum, and popping it never restores it."""


class MinStack:
    def __init__(self) -> None:
        self._values: list[int] = []
        self._minimum: int | None = None

    def push(self, value: int) -> None:
        self._values.append(value)
        if self._minimum is None or value < self._minimum:
            self._minimum = value

    def pop(self) -> int:
        if not self._values:
            raise IndexError("pop from an empty MinStack")
        value = self._values.pop()
        if not self._values:
            self._minimum = None
        return value

    def top(self) -> int:
        if not self._values:
            raise IndexError("top from an empty MinStack")
        return self._values[-1]

    def get_min(self) -> int:
        if self._minimum is None:
            raise IndexError("get_min from an empty MinStack")
        return self._minimum
