"""Matrix-chain order: the cheapest way to parenthesise a product of matrices.

Matrix ``A_i`` has shape ``dims[i-1] × dims[i]``; multiplying a ``p × q`` by a ``q × r`` matrix
costs ``p·q·r`` scalar multiplications. Associativity means every parenthesisation gives the same
product, but their costs differ wildly. ``cost[i][j]`` is the least cost of computing
``A_i ⋯ A_j``; the last multiplication splits it at some ``k``:

    cost[i][j] = min over i <= k < j of  cost[i][k] + cost[k+1][j] + dims[i-1]·dims[k]·dims[j]

Filling the table by increasing chain length guarantees both halves are known. ``split[i][j]``
remembers the best ``k`` and rebuilds the parenthesisation.

Time O(n³), space O(n²) for ``n`` matrices.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["matrix_chain_order"]


def matrix_chain_order(dims: Sequence[int]) -> tuple[int, str]:
    """Return ``(least scalar multiplications, parenthesisation)`` for matrices of ``dims``.

    ``dims`` has one more entry than there are matrices; the matrices are named A1, A2, ...

    >>> matrix_chain_order([10, 30, 5, 60])
    (4500, '((A1A2)A3)')
    >>> matrix_chain_order([40, 20, 30, 10, 30])
    (26000, '((A1(A2A3))A4)')
    >>> matrix_chain_order([5, 7])
    (0, 'A1')
    """
    if len(dims) < 2:
        raise ValueError(f"dims needs at least 2 entries (one matrix), got {len(dims)}")
    if any(d <= 0 for d in dims):
        raise ValueError(f"matrix dimensions must be positive, got {list(dims)}")
    n = len(dims) - 1
    cost = [[0] * (n + 1) for _ in range(n + 1)]
    split = [[0] * (n + 1) for _ in range(n + 1)]
    for length in range(2, n + 1):
        for i in range(1, n - length + 2):
            j = i + length - 1
            cost[i][j] = -1
            for k in range(i, j):
                candidate = cost[i][k] + cost[k + 1][j] + dims[i - 1] * dims[k] * dims[j]
                if cost[i][j] < 0 or candidate < cost[i][j]:
                    cost[i][j], split[i][j] = candidate, k
    return cost[1][n], _parenthesise(split, 1, n)


def _parenthesise(split: Sequence[Sequence[int]], i: int, j: int) -> str:
    """Spell out the best order for ``A_i ⋯ A_j`` from the ``split`` table, without recursion.

    The tree of splits can be a path n deep (a chain multiplied strictly left to right), so
    the walk keeps its own stack rather than the interpreter's: text is emitted left to right,
    and a pending range expands into "(", its left half, its right half, ")".

    >>> split = [[0] * 4 for _ in range(4)]; split[1][3], split[1][2] = 2, 1
    >>> _parenthesise(split, 1, 3)
    '((A1A2)A3)'
    """
    parts: list[str] = []
    pending: list[tuple[int, int] | str] = [(i, j)]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        lo, hi = item
        if lo == hi:
            parts.append(f"A{lo}")
            continue
        k = split[lo][hi]
        pending.extend([")", (k + 1, hi), (lo, k)])  # popped in reverse: "(", left, right, ")"
        parts.append("(")
    return "".join(parts)
