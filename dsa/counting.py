"""Count the work an algorithm does, so its growth can be seen and tested without a clock.

Timing a sort tells you about the machine; counting its comparisons tells you about the sort.
Wrap the values in :class:`Counted` and every comparison between them increments a shared
:class:`Tally`; wrap a sequence in :class:`CountingList` and every read is tallied. Doubling the
input and dividing the counts gives the growth ratio: about 2 for O(n), a little over 2 for
O(n log n), 4 for O(n²), and 1 plus a constant for O(log n) reads.

>>> tally = Tally()
>>> values = counted([3, 1, 2], tally)
>>> [c.value for c in sorted(values)]
[1, 2, 3]
>>> tally.comparisons > 0
True
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["Counted", "CountingList", "Tally", "counted"]


@dataclass
class Tally:
    """A running count of comparisons and reads.

    >>> t = Tally(); t.comparisons += 2; t
    Tally(comparisons=2, reads=0)
    """

    comparisons: int = 0
    reads: int = 0

    def reset(self) -> None:
        """Set both counts back to zero.

        >>> t = Tally(3, 4); t.reset(); t
        Tally(comparisons=0, reads=0)
        """
        self.comparisons = 0
        self.reads = 0


class Counted:
    """A value whose every comparison (``<``, ``==``, and the rest) is tallied.

    >>> t = Tally()
    >>> Counted(1, t) < Counted(2, t), t.comparisons
    (True, 1)
    """

    __slots__ = ("tally", "value")

    def __init__(self, value: Any, tally: Tally) -> None:
        self.value = value
        self.tally = tally

    def __lt__(self, other: Counted) -> bool:
        self.tally.comparisons += 1
        return self.value < other.value

    # Each operator is written out: derived ones (as functools.total_ordering makes) would
    # count two comparisons for one.
    def __le__(self, other: Counted) -> bool:
        self.tally.comparisons += 1
        return self.value <= other.value

    def __gt__(self, other: Counted) -> bool:
        self.tally.comparisons += 1
        return self.value > other.value

    def __ge__(self, other: Counted) -> bool:
        self.tally.comparisons += 1
        return self.value >= other.value

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Counted):
            return NotImplemented
        self.tally.comparisons += 1
        return self.value == other.value

    def __hash__(self) -> int:
        return hash(self.value)

    def __repr__(self) -> str:
        return f"Counted({self.value!r})"


def counted(values: Iterable[Any], tally: Tally) -> list[Counted]:
    """Wrap each value so that comparisons between them are tallied in ``tally``.

    >>> t = Tally()
    >>> max(counted([5, 9, 2], t)).value, t.comparisons
    (9, 2)
    """
    return [Counted(v, tally) for v in values]


class CountingList(Sequence):
    """A read-only sequence that tallies every element read.

    >>> t = Tally()
    >>> xs = CountingList([10, 20, 30], t)
    >>> xs[1], len(xs), t.reads
    (20, 3, 1)
    """

    def __init__(self, values: Sequence[Any], tally: Tally) -> None:
        self._values = list(values)
        self.tally = tally

    def __len__(self) -> int:
        return len(self._values)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            result = self._values[index]
            self.tally.reads += len(result)
            return result
        self.tally.reads += 1
        return self._values[index]

    def __repr__(self) -> str:
        return f"CountingList({self._values!r})"
