"""Wrong type: pop() removes the top value but returns None instead of the value."""


class MinStack:
    def __init__(self) -> None:
        self._entries: list[tuple[int, int]] = []

    def push(self, value: int) -> None:
        minimum = min(value, self._entries[-1][1]) if self._entries else value
        self._entries.append((value, minimum))

    def pop(self) -> None:
        self._entries.pop()

    def top(self) -> int:
        return self._entries[-1][0]

    def get_min(self) -> int:
        return self._entries[-1][1]
