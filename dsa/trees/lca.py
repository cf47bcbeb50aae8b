"""Lowest common ancestor by binary lifting: jump up a rooted tree in powers of two.

In a rooted tree the *lowest common ancestor* ``lca(u, v)`` is the deepest vertex that has both
``u`` and ``v`` below it (a vertex counts as its own ancestor). It gives distances in a tree
(``depth(u) + depth(v) - 2·depth(lca)``), the meeting point of two paths, and the most recent
common ancestor in a family or evolutionary tree.

Walking both vertices up one parent at a time costs O(depth) per query — O(n) on a long path.
*Binary lifting* stores, for every vertex ``v`` and every ``j``, its ``2^j``-th ancestor:

    up[0][v] = parent(v)
    up[j][v] = up[j-1][up[j-1][v]]

(two jumps of ``2^(j-1)`` make one of ``2^j``). Any climb of ``k`` levels is then one jump per
1-bit of ``k``. To answer ``lca(u, v)``:

1. lift the deeper vertex by the depth difference, so both are at the same depth;
2. if they now coincide, that is the answer; otherwise, for ``j`` from large to small, jump both
   by ``2^j`` whenever their ``2^j``-th ancestors *differ*.

Invariant of step 2: ``u`` and ``v`` are at equal depth, distinct, and their LCA is above
them; a jump that would land on a common ancestor might overshoot the lowest one, so only jumps
that keep them apart are taken. When no jump is left, they are the two children of the LCA on
the way down, and the answer is their parent. (This is binary search on the depth of the LCA.)

The root is its own parent in the table, so jumps past it stay there.

| operation | time | space |
|---|---|---|
| build (:class:`BinaryLifting`) | O(n log n) | O(n log n) |
| :meth:`~BinaryLifting.lca`, :meth:`~BinaryLifting.distance` | O(log n) jumps | O(1) |
| :meth:`~BinaryLifting.ancestor` (k-th ancestor) | O(log k) jumps | O(1) |

The tree is a :class:`dsa.structures.graph.Graph` (undirected, connected, ``n - 1`` edges) and
a root; it is explored breadth-first, so deep trees are fine.

>>> from dsa.structures.graph import Graph
>>> tree = Graph.from_edges([(1, 2), (1, 3), (2, 4), (2, 5), (5, 6)])
>>> lift = BinaryLifting(tree, root=1)
>>> lift.lca(4, 6), lift.lca(6, 3), lift.distance(4, 6), lift.ancestor(6, 2)
(2, 1, 3, 2)
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable
from typing import Generic, TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["BinaryLifting"]


class BinaryLifting(Generic[V]):
    """Answer ancestor and lowest-common-ancestor queries on a rooted tree in O(log n).

    ``jumps`` counts the table lookups made by queries so far (the tests check the O(log n)
    claim with it).

    >>> BinaryLifting(Graph.from_edges([("r", "a")]), "r").depth["a"]
    1
    >>> BinaryLifting(Graph.from_edges([(1, 2), (2, 3), (3, 1)]), 1)
    Traceback (most recent call last):
        ...
    ValueError: not a tree: 3 vertices need exactly 2 edges, found 3
    """

    def __init__(self, tree: Graph[V], root: V) -> None:
        if tree.directed:
            raise ValueError("give the tree as an undirected graph; the root orients it")
        if root not in tree:
            raise KeyError(f"root {root!r} is not in the tree")
        if tree.edge_count != len(tree) - 1:
            raise ValueError(f"not a tree: {len(tree)} vertices need exactly {len(tree) - 1} "
                             f"edges, found {tree.edge_count}")
        self.depth: dict[V, int] = {root: 0}
        parent: dict[V, V] = {root: root}
        queue = deque([root])
        while queue:
            u = queue.popleft()
            for v in tree.neighbors(u):
                if v not in self.depth:
                    self.depth[v], parent[v] = self.depth[u] + 1, u
                    queue.append(v)
        if len(self.depth) != len(tree):
            raise ValueError("not a tree: it is not connected (with n - 1 edges, it has a cycle)")
        self._up = [parent]
        for _ in range(max(self.depth.values()).bit_length() - 1):
            half = self._up[-1]
            self._up.append({v: half[half[v]] for v in half})
        self.jumps = 0

    def ancestor(self, v: V, k: int) -> V:
        """The ``k``-th ancestor of ``v`` (``k = 0`` is ``v``; past the root, the root).

        >>> BinaryLifting(Graph.from_edges([(0, 1), (1, 2), (2, 3)]), 0).ancestor(3, 2)
        1
        """
        if k < 0:
            raise ValueError(f"k={k}: an ancestor is a non-negative number of levels up")
        self._require(v)
        k = min(k, self.depth[v])
        j = 0
        while k:
            if k & 1:
                v = self._up[j][v]
                self.jumps += 1
            k >>= 1
            j += 1
        return v

    def lca(self, u: V, v: V) -> V:
        """The lowest common ancestor of ``u`` and ``v``.

        >>> BinaryLifting(Graph.from_edges([(0, 1), (0, 2)]), 0).lca(1, 2)
        0
        """
        self._require(u)
        self._require(v)
        if self.depth[u] < self.depth[v]:
            u, v = v, u
        u = self.ancestor(u, self.depth[u] - self.depth[v])
        if u == v:
            return u
        for table in reversed(self._up):
            self.jumps += 1
            if table[u] != table[v]:
                u, v = table[u], table[v]
        self.jumps += 1
        return self._up[0][u]

    def distance(self, u: V, v: V) -> int:
        """The number of edges on the tree path between ``u`` and ``v``.

        >>> BinaryLifting(Graph.from_edges([(0, 1), (0, 2), (2, 3)]), 0).distance(1, 3)
        3
        """
        return self.depth[u] + self.depth[v] - 2 * self.depth[self.lca(u, v)]

    def _require(self, v: V) -> None:
        if v not in self.depth:
            raise KeyError(f"vertex {v!r} is not in the tree")
