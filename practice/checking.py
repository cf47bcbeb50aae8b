"""What a problem's tests use to say what went wrong: ``expect`` and ``expect_true``.

A failed check raises :class:`Mismatch`, which carries the inputs, the expected value and the
actual one, so the checker can show the learner the smallest failing case (hypothesis shrinks the
inputs before the last, reported failure). These run in the checker's process, on plain data that
came back from the learner's process (:mod:`practice.wire`): the learner's code cannot reach
them, and every ``==`` here is a built-in type's own.
"""

from __future__ import annotations

from typing import Any

from practice.wire import type_name


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


def _path_text(path: str) -> str:
    return f" at {path}" if path else ""


def type_difference(actual: Any, expected: Any, path: str = "") -> str | None:
    """Where and how the type of ``actual`` differs from that of ``expected``, recursively.

    Types must match exactly: ``2.0`` is not an ``int``, ``6`` is not a ``float``, ``True`` is
    not ``1`` and a tuple is not a list. ``None`` if they match everywhere ``expected`` says.

    >>> type_difference([1, 2.0], [1, 2])
    'got float, expected int at [1]'
    >>> type_difference({"a": (1,)}, {"a": [1]})
    "got tuple, expected list at ['a']"
    >>> type_difference([[1]], [[1]]) is None
    True
    """
    if type(actual) is not type(expected):
        return f"got {type_name(actual)}, expected {type_name(expected)}{_path_text(path)}"
    if type(expected) in (list, tuple):
        for index, (a, e) in enumerate(zip(actual, expected, strict=False)):
            difference = type_difference(a, e, f"{path}[{index}]")
            if difference:
                return difference
    elif type(expected) is dict:
        for key, e in expected.items():
            if key in actual:
                difference = type_difference(actual[key], e, f"{path}[{key!r}]")
                if difference:
                    return difference
    elif type(expected) in (set, frozenset):
        wanted = {e: e for e in expected}
        for a in actual:
            if a in wanted:
                difference = type_difference(a, wanted[a], f"{path} (element {a!r})")
                if difference:
                    return difference
    return None


def expect(actual: Any, expected: Any, /, **inputs: Any) -> None:
    """Raise :class:`Mismatch` unless ``actual == expected`` with exactly the same types.

    Types are compared all the way down (see :func:`type_difference`); a float is compared
    exactly, so compute the expected float the same way the statement asks for.

    >>> expect(3, 3, n=1)
    >>> expect(None, [0, 1], nums=[1, 2], target=3)
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: wrong return type: got None, expected list
    >>> expect(6.0, 6, n=3)
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: wrong return type: got float, expected int
    >>> expect([1, 0], [0, 1], nums=[1, 2], target=3)
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: wrong answer
    """
    difference = type_difference(actual, expected)
    if difference is not None:
        raise Mismatch(f"wrong return type: {difference}", inputs, expected, actual)
    if actual != expected:
        raise Mismatch("wrong answer", inputs, expected, actual)


def expect_true(condition: bool, message: str, /, **inputs: Any) -> None:
    """Raise :class:`Mismatch` with ``message`` unless ``condition`` holds.

    For answers that have no single expected value (any valid order, any valid path).

    >>> expect_true(True, "never shown", grid=[[1]])
    >>> expect_true(False, "path is not connected", path=[(0, 0), (2, 2)])
    Traceback (most recent call last):
    ...
    practice.checking.Mismatch: path is not connected
    """
    if not condition:
        raise Mismatch(message, inputs)
