"""Min stack: every entry remembers the minimum of the stack below and including it.

Each push stores the pair ``(value, min(value, minimum so far))``. The minimum of the whole stack
is then the second half of the top pair, and popping a pair restores the minimum the stack had
before that push, with no searching.

Every operation is O(1) time; space O(n) for n values.
"""


class MinStack:
    """A stack of integers whose smallest element can be read in O(1)."""

    def __init__(self) -> None:
        """Create an empty stack."""
        self._entries: list[tuple[int, int]] = []

    def push(self, value: int) -> None:
        """Put ``value`` on top of the stack."""
        minimum = min(value, self._entries[-1][1]) if self._entries else value
        self._entries.append((value, minimum))

    def pop(self) -> int:
        """Remove and return the top value; ``IndexError`` if the stack is empty."""
        self._require_values("pop")
        return self._entries.pop()[0]

    def top(self) -> int:
        """Return the top value; ``IndexError`` if the stack is empty."""
        self._require_values("top")
        return self._entries[-1][0]

    def get_min(self) -> int:
        """Return the smallest value on the stack; ``IndexError`` if the stack is empty."""
        self._require_values("get_min")
        return self._entries[-1][1]

    def _require_values(self, operation: str) -> None:
        if not self._entries:
            raise IndexError(f"{operation} from an empty MinStack; push a value first")
