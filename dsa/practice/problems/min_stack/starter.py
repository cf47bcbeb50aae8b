"""Min stack."""


class MinStack:
    """A stack of integers whose smallest element can be read in O(1)."""

    def __init__(self) -> None:
        """Create an empty stack."""
        raise NotImplementedError("write your solution here")

    def push(self, value: int) -> None:
        """Put ``value`` on top of the stack."""
        raise NotImplementedError("write your solution here")

    def pop(self) -> int:
        """Remove and return the top value; ``IndexError`` if the stack is empty."""
        raise NotImplementedError("write your solution here")

    def top(self) -> int:
        """Return the top value; ``IndexError`` if the stack is empty."""
        raise NotImplementedError("write your solution here")

    def get_min(self) -> int:
        """Return the smallest value on the stack; ``IndexError`` if the stack is empty."""
        raise NotImplementedError("write your solution here")
