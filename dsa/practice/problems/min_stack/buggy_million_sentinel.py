"""Bad sentinel: the stack of minimums starts with 10**6 as "larger than any value", but
values reach 10**9, so the minimum of large values is reported as 10**6."""


class MinStack:
    def __init__(self) -> None:
        self._values: list[int] = []
        self._mins = [10**6]

    def push(self, value: int) -> None:
        self._values.append(value)
        self._mins.append(min(value, self._mins[-1]))

    def pop(self) -> int:
        self._mins.pop()
        return self._values.pop()

    def top(self) -> int:
        return self._values[-1]

    def get_min(self) -> int:
        if not self._values:
            raise IndexError("get_min from an empty MinStack")
        return self._mins[-1]
