"""A counting integer for the number-theory tests: it tallies every division it takes part in.

Shared through the ``divisions`` fixture (test files do not import each other).
"""

from types import SimpleNamespace

import pytest


class Tallied(int):
    """An int whose divisions (``//``, ``%``, either side) are counted in a shared tally.

    ``tally.reductions`` counts only ``x % self``, reductions modulo this number.

    Arithmetic with it gives Tallied results, so the count follows the numbers through a loop.
    """

    def __new__(cls, value, tally):
        self = super().__new__(cls, value)
        self.tally = tally
        return self

    def _wrap(self, value):
        return Tallied(value, self.tally)

    def _divide(self, result):
        self.tally.divisions += 1
        return self._wrap(result)

    def __floordiv__(self, other):
        return self._divide(int(self) // int(other))

    def __rfloordiv__(self, other):
        return self._divide(int(other) // int(self))

    def __mod__(self, other):
        return self._divide(int(self) % int(other))

    def __rmod__(self, other):  # a reduction *by* this number: counted apart as well
        self.tally.reductions += 1
        self.tally.divisions += 1
        return int(other) % int(self)  # plain, so the next product is reduced by us again

    def __sub__(self, other):
        return self._wrap(int(self) - int(other))

    def __rsub__(self, other):
        return self._wrap(int(other) - int(self))

    def __mul__(self, other):
        return self._wrap(int(self) * int(other))

    __rmul__ = __mul__

    def __neg__(self):
        return self._wrap(-int(self))

    def __abs__(self):
        return self._wrap(abs(int(self)))


def tallied(*values):
    tally = SimpleNamespace(divisions=0, reductions=0)
    return tally, [Tallied(v, tally) for v in values]


@pytest.fixture(scope="session")
def divisions():
    """``tally, numbers = divisions(a, b, ...)``: the numbers, counting divisions in ``tally``."""
    return tallied
