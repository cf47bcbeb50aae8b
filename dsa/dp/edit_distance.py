"""Edit (Levenshtein) distance, with the operations that achieve it.

The distance between ``a`` and ``b`` is the fewest single-item insertions, deletions and
substitutions that turn ``a`` into ``b``. ``cost[i][j]`` is the distance between the prefixes
``a[:i]`` and ``b[:j]``; the last step of a cheapest edit either deletes ``a[i-1]``, inserts
``b[j-1]``, or matches/substitutes ``a[i-1]`` by ``b[j-1]``:

    cost[i][j] = min(cost[i-1][j] + 1,                            # delete
                     cost[i][j-1] + 1,                            # insert
                     cost[i-1][j-1] + (a[i-1] != b[j-1]))         # match or substitute

with ``cost[i][0] = i`` and ``cost[0][j] = j``. The traceback from ``(len(a), len(b))`` gives an
*alignment*: the list of operations, left to right.

Row ``i`` of the table needs only row ``i - 1``, so :func:`edit_distance`, which wants the
number alone, keeps just two rows, each as long as the shorter input: time O(len(a) · len(b)),
extra space O(min(len(a), len(b))). :func:`edit_script` needs the whole table for its
traceback: time and space O(len(a) · len(b)).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

__all__ = ["Edit", "apply_edits", "edit_distance", "edit_script"]


class Edit(NamedTuple):
    """One step of an alignment: ``op`` is ``"match"``, ``"substitute"``, ``"insert"`` or
    ``"delete"``; ``source`` / ``target`` are the items of ``a`` / ``b`` involved (``None`` if
    none).

    >>> Edit("substitute", "k", "s")
    Edit(op='substitute', source='k', target='s')
    """

    op: str
    source: Any
    target: Any


def _table(a: Sequence[Any], b: Sequence[Any]) -> list[list[int]]:
    m, n = len(a), len(b)
    cost = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        cost[i][0] = i
    for j in range(n + 1):
        cost[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            cost[i][j] = min(
                cost[i - 1][j] + 1,
                cost[i][j - 1] + 1,
                cost[i - 1][j - 1] + (a[i - 1] != b[j - 1]),
            )
    return cost


def edit_distance(a: Sequence[Any], b: Sequence[Any]) -> int:
    """Return the Levenshtein distance between ``a`` and ``b``.

    >>> edit_distance("kitten", "sitting")
    3
    >>> edit_distance("", "abc"), edit_distance([1, 2], [1, 2])
    (3, 0)
    """
    if len(b) > len(a):
        a, b = b, a  # the distance is symmetric; the rows run along the shorter input
    previous = list(range(len(b) + 1))  # row 0: j insertions
    for i in range(1, len(a) + 1):
        current = [i]
        for j in range(1, len(b) + 1):
            current.append(min(previous[j] + 1,
                               current[j - 1] + 1,
                               previous[j - 1] + (a[i - 1] != b[j - 1])))
        previous = current
    return previous[-1]


def edit_script(a: Sequence[Any], b: Sequence[Any]) -> tuple[int, list[Edit]]:
    """Return ``(distance, operations)``: a cheapest alignment turning ``a`` into ``b``.

    Every operation that is not a ``"match"`` costs one, so they number exactly ``distance``.

    >>> distance, ops = edit_script("kitten", "sitting")
    >>> distance
    3
    >>> [op.op[0] for op in ops]   # m=match, s=substitute, i=insert
    ['s', 'm', 'm', 'm', 's', 'm', 'i']
    """
    cost = _table(a, b)
    ops: list[Edit] = []
    i, j = len(a), len(b)
    while i > 0 or j > 0:
        if i > 0 and j > 0 and cost[i][j] == cost[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            op = "match" if a[i - 1] == b[j - 1] else "substitute"
            ops.append(Edit(op, a[i - 1], b[j - 1]))
            i, j = i - 1, j - 1
        elif i > 0 and cost[i][j] == cost[i - 1][j] + 1:
            ops.append(Edit("delete", a[i - 1], None))
            i -= 1
        else:
            ops.append(Edit("insert", None, b[j - 1]))
            j -= 1
    ops.reverse()
    return cost[len(a)][len(b)], ops


def apply_edits(a: Sequence[Any], ops: Sequence[Edit]) -> list[Any]:
    """Replay an alignment on ``a`` and return the result as a list (a check on a traceback).

    >>> "".join(apply_edits("kitten", edit_script("kitten", "sitting")[1]))
    'sitting'
    """
    result = []
    i = 0
    for op in ops:
        if op.op in ("match", "substitute", "delete"):
            if i >= len(a) or a[i] != op.source:
                raise ValueError(f"operation {op} does not fit the input at position {i}")
            i += 1
        if op.op in ("match", "substitute", "insert"):
            result.append(op.target)
    if i != len(a):
        raise ValueError(f"the operations consumed {i} of {len(a)} input items")
    return result
