"""Interval scheduling: the most non-overlapping intervals, and the fewest rooms to hold them all.

**Activity selection.** Given talks with start and end times and one lecture hall, schedule as
many talks as possible. Many greedy rules sound right and fail — shortest talk first, earliest
start first, fewest conflicts first all have counterexamples. The one that works: *always take
the compatible talk that ends earliest.* Sort by end time, sweep once, keep a talk if it starts
no earlier than the last kept talk ended.

Why it is optimal (the exchange argument). Let ``g1`` be the talk that ends first, and take any
optimal schedule ``O``; its first talk ``o1`` ends no earlier than ``g1``. Swap ``o1`` for ``g1``:
``g1`` ends no later, so it clashes with nothing else in ``O``, and the schedule is still
optimal — so *some* optimal schedule starts with the greedy choice. What remains is the same
problem on the talks that start after ``g1`` ends, and the argument repeats. Invariant of the
sweep: the talks kept so far are a prefix of some optimal schedule.

**Interval partitioning.** Now keep every talk and ask for the fewest halls. No schedule can use
fewer halls than the *depth* — the most talks in progress at one moment. Sweeping talks by
start time and reusing any hall that is already free (the one that frees earliest, kept in a
heap) never opens a hall unless all are busy, i.e. unless depth many talks overlap; so it uses
exactly depth halls, which is optimal.

Intervals are half-open, ``[start, end)`` with ``start < end``: a talk ending at 10 and one
starting at 10 do not clash.

| function | time | extra space |
|---|---|---|
| :func:`select_activities` | O(n log n) — the sort; the sweep is one pass | O(n) |
| :func:`partition_intervals` | O(n log n) — the sort and n heap operations | O(n) |

>>> select_activities([(1, 4), (3, 5), (0, 6), (5, 7), (3, 9), (5, 9), (6, 10), (8, 11)])
[(1, 4), (5, 7), (8, 11)]
>>> partition_intervals([(0, 3), (1, 4), (3, 5)])
[0, 1, 0]
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from dsa.structures.binary_heap import MinHeap

Interval = tuple[Any, Any]

__all__ = ["partition_intervals", "select_activities"]


def _check(intervals: Sequence[Interval]) -> None:
    for start, end in intervals:
        if not start < end:
            raise ValueError(f"interval ({start!r}, {end!r}) is empty or reversed; "
                             "give (start, end) with start < end")


def select_activities(intervals: Sequence[Interval]) -> list[Interval]:
    """Return a largest set of pairwise non-overlapping intervals, in order of end time.

    Among equal end times the earlier-listed interval is preferred (the sort is stable).

    >>> select_activities([(0, 10), (1, 2), (2, 3), (3, 4)])
    [(1, 2), (2, 3), (3, 4)]
    >>> select_activities([])
    []
    >>> select_activities([(5, 1)])
    Traceback (most recent call last):
        ...
    ValueError: interval (5, 1) is empty or reversed; give (start, end) with start < end
    """
    _check(intervals)
    chosen: list[Interval] = []
    for start, end in sorted(intervals, key=lambda interval: interval[1]):
        if not chosen or not start < chosen[-1][1]:
            chosen.append((start, end))
    return chosen


def partition_intervals(intervals: Sequence[Interval]) -> list[int]:
    """Assign each interval a room number so that no two overlapping intervals share a room.

    Returns ``rooms[i]`` for ``intervals[i]``, numbered from 0; ``max(rooms) + 1`` rooms are
    used, which equals the depth and so is the fewest possible.

    >>> partition_intervals([(9, 12), (9, 10), (10, 11), (11, 12)])
    [0, 1, 1, 1]
    """
    _check(intervals)
    rooms = [0] * len(intervals)
    free_at: MinHeap[tuple[Any, int]] = MinHeap(key=lambda entry: entry[0])  # (ends, room)
    opened = 0
    for i in sorted(range(len(intervals)), key=lambda i: intervals[i][0]):
        start, end = intervals[i]
        if free_at and not start < free_at.peek()[0]:
            room = free_at.pop()[1]
        else:
            room, opened = opened, opened + 1
        rooms[i] = room
        free_at.push((end, room))
    return rooms
