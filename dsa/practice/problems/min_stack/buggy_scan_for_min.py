"""Linear get_min: scans the whole stack for its minimum on every call."""


class MinStack:
    def __init__(self) -> None:
        self._values: list[int] = []

    def push(self, value: int) -> None:
        self._values.append(value)

    def pop(self) -> int:
        if not self._values:
            raise IndexError("pop from an empty MinStack")
        return self._values.pop()

    def top(self) -> int:
        if not self._values:
            raise IndexError("top from an empty MinStack")
        return self._values[-1]

    def get_min(self) -> int:
        if not self._values:
            raise IndexError("get_min from an empty MinStack")
        return min(self._values)
