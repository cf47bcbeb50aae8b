"""What a problem's tests use to say what went wrong: ``expect`` and ``expect_true``.

A failed check raises :class:`Mismatch`, which carries the inputs, the expected value and the
actual one, so the checker can show the learner the smallest failing case (hypothesis shrinks the
inputs before the last, reported failure).
"""

from __future__ import annotations

from typing import Any


class Mismatch(AssertionError):
    """A check failed: ``inputs`` gave ``actual`` where ``expected`` was wanted.

    >>> m = Mismatch("wrong answer", {"n": 3}, 6, 5)
    >>> m.inputs, m.expected, m.actual
    ({'n': 3}, 6, 5)
    """

    def __init__(self, message: str, inputs: dict[str, Any], expected: Any = None,
                 actual: Any = None) -> None:
        super().__init__(message)
        self.message = message
        self.inputs = inputs
        self.expected = expected
        self.actual = actual


def _type_family(value: Any) -> type | tuple[type, ...]:
    # bool is an int subclass, but a learner returning True where 1 is meant has a real bug.
    if isinstance(value, bool):
        return bool
    if isinstance(value, int | float):
        return (int, float)
    return type(value)


def _compatible(actual: Any, expected: Any) -> bool:
    if expected is None:
        return True
    family = _type_family(expected)
    if isinstance(actual, bool) and family is not bool:
        return False
    return isinstance(actual, family)


def expect(actual: Any, expected: Any, /, **inputs: Any) -> None:
    """Raise :class:`Mismatch` unless ``actual == expected`` with a compatible type.

    ``int`` and ``float`` are compatible; ``bool`` is not an ``int`` here; ``None`` as expected
    accepts any type.

    >>> expect(3, 3, n=1)
    >>> expect(None, [0, 1], nums=[1, 2], target=3)
    Traceback (most recent call last):
    ...
    dsa.practice.checking.Mismatch: wrong return type: got NoneType, expected list
    >>> expect([1, 0], [0, 1], nums=[1, 2], target=3)
    Traceback (most recent call last):
    ...
    dsa.practice.checking.Mismatch: wrong answer
    """
    if not _compatible(actual, expected):
        message = (f"wrong return type: got {type(actual).__name__}, "
                   f"expected {type(expected).__name__}")
        raise Mismatch(message, inputs, expected, actual)
    if actual != expected:
        raise Mismatch("wrong answer", inputs, expected, actual)


def expect_true(condition: bool, message: str, /, **inputs: Any) -> None:
    """Raise :class:`Mismatch` with ``message`` unless ``condition`` holds.

    For answers that have no single expected value (any valid order, any valid path).

    >>> expect_true(True, "never shown", grid=[[1]])
    >>> expect_true(False, "path is not connected", path=[(0, 0), (2, 2)])
    Traceback (most recent call last):
    ...
    dsa.practice.checking.Mismatch: path is not connected
    """
    if not condition:
        raise Mismatch(message, inputs)
