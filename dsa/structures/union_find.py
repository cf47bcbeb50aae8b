"""Union-find (disjoint sets): which group is this element in, and merge two groups.

Each group is a tree of elements whose root names the group. ``find(x)`` walks parent links
from ``x`` up to the root; ``union(a, b)`` hangs one root under the other. Two tricks keep the
trees shallow:

* **union by rank**: a root's *rank* bounds the height of its tree; the root of lower rank goes
  under the root of higher rank, so height grows only when two equal ranks meet, and a tree of
  rank ``r`` has at least ``2**r`` elements, so ranks stay ``<= log2 n``;
* **path compression**: after a ``find``, every element on the walked path points straight at
  the root, so the next ``find`` from any of them takes one step.

Together they make any sequence of ``m`` operations on ``n`` elements cost
O(m α(n)), where α is the inverse Ackermann function, below 5 for any ``n`` that fits in
this universe: effectively constant per operation.

Invariant: following ``parent`` from any element reaches a root (``parent[r] == r``) without a
cycle, and each root's rank is at least the height of its tree.

| operation          | time           | extra space |
|--------------------|----------------|-------------|
| ``UnionFind(n)``   | O(n)           | O(n)        |
| ``add``            | O(1) average   | O(1)        |
| ``find``           | O(α(n)) amort. | O(1)        |
| ``union``          | O(α(n)) amort. | O(1)        |
| ``connected``      | O(α(n)) amort. | O(1)        |
| ``count``, ``len`` | O(1)           | O(1)        |

>>> uf = UnionFind(5)
>>> uf.union(0, 1), uf.union(1, 2), uf.union(0, 2)
(True, True, False)
>>> uf.connected(0, 2), uf.connected(0, 3), uf.count
(True, False, 3)
"""

from __future__ import annotations

from collections.abc import Hashable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T", bound=Hashable)

__all__ = ["UnionFind"]


class UnionFind(Generic[T]):
    """Disjoint sets over ``0..n-1`` plus any hashable elements added later with :meth:`add`.

    >>> uf = UnionFind()
    >>> [uf.add(city) for city in ["Oslo", "Bergen", "Rome"]]
    [True, True, True]
    >>> uf.union("Oslo", "Bergen")
    True
    >>> uf.connected("Bergen", "Oslo"), uf.count, len(uf)
    (True, 2, 3)
    """

    def __init__(self, n: int = 0) -> None:
        if isinstance(n, bool) or not isinstance(n, int):
            raise TypeError(f"UnionFind(n) needs an int number of elements, got {type(n).__name__}")
        if n < 0:
            raise ValueError(f"UnionFind(n) needs n >= 0 elements, got {n}")
        self._parent: dict = {i: i for i in range(n)}
        self._rank: dict = dict.fromkeys(range(n), 0)
        self._count = n

    def add(self, x: T) -> bool:
        """Add ``x`` as a group of its own; return False (and do nothing) if already present.

        >>> uf = UnionFind(); uf.add("a"), uf.add("a"), uf.count
        (True, False, 1)
        """
        if x in self._parent:
            return False
        self._parent[x] = x
        self._rank[x] = 0
        self._count += 1
        return True

    def find(self, x: T) -> T:
        """The root (representative) of the group holding ``x``. O(α(n)) amortised.

        >>> uf = UnionFind(3)
        >>> uf.union(1, 2)
        True
        >>> uf.find(1) == uf.find(2)
        True
        >>> uf.find(9)
        Traceback (most recent call last):
            ...
        KeyError: '9 is not an element; add it first (elements of UnionFind(n) are 0..n-1)'
        """
        parent = self._parent
        if x not in parent:
            raise KeyError(
                f"{x!r} is not an element; add it first (elements of UnionFind(n) are 0..n-1)"
            )
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:  # second pass: point the whole path at the root
            parent[x], x = root, parent[x]
        return root

    def union(self, a: T, b: T) -> bool:
        """Merge the groups of ``a`` and ``b``; True if they were apart. O(α(n)) amortised.

        >>> uf = UnionFind(2); uf.union(0, 1), uf.union(1, 0)
        (True, False)
        """
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        rank = self._rank
        if rank[ra] < rank[rb]:
            ra, rb = rb, ra
        self._parent[rb] = ra
        if rank[ra] == rank[rb]:
            rank[ra] += 1
        self._count -= 1
        return True

    def connected(self, a: T, b: T) -> bool:
        """Whether ``a`` and ``b`` are in the same group. O(α(n)) amortised.

        >>> uf = UnionFind(3)
        >>> uf.union(0, 2)
        True
        >>> uf.connected(2, 0), uf.connected(0, 1)
        (True, False)
        """
        return self.find(a) == self.find(b)

    @property
    def count(self) -> int:
        """The number of groups (disjoint sets). O(1).

        >>> UnionFind(4).count
        4
        """
        return self._count

    def groups(self) -> list[list[T]]:
        """The groups as lists, in order of first element added. O(n α(n)).

        >>> uf = UnionFind(4)
        >>> uf.union(0, 3), uf.union(1, 2)
        (True, True)
        >>> uf.groups()
        [[0, 3], [1, 2]]
        """
        by_root: dict = {}
        for x in self._parent:
            by_root.setdefault(self.find(x), []).append(x)
        return list(by_root.values())

    def rank(self, x: T) -> int:
        """The rank of ``x``'s root: an upper bound on its tree's height. O(α(n)).

        >>> uf = UnionFind(4)
        >>> uf.union(0, 1), uf.union(2, 3), uf.union(0, 2)
        (True, True, True)
        >>> uf.rank(3)
        2
        """
        return self._rank[self.find(x)]

    def __contains__(self, x: object) -> bool:
        """Whether ``x`` is an element. O(1) average.

        >>> 2 in UnionFind(3), 3 in UnionFind(3)
        (True, False)
        """
        return x in self._parent

    def __len__(self) -> int:
        """The number of elements (not groups). O(1).

        >>> len(UnionFind(6))
        6
        """
        return len(self._parent)

    def __iter__(self) -> Iterator[T]:
        """The elements, in order added. O(n).

        >>> list(UnionFind(3))
        [0, 1, 2]
        """
        return iter(list(self._parent))

    def __repr__(self) -> str:
        """Show the groups.

        >>> uf = UnionFind(3)
        >>> uf.union(0, 1)
        True
        >>> uf
        UnionFind([[0, 1], [2]])
        """
        return f"UnionFind({self.groups()!r})"
