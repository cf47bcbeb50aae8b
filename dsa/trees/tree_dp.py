"""Dynamic programming on a rooted tree: subtree sizes, the diameter, and a maximum independent set.

Many tree questions have an answer for a vertex that follows from the answers for its
children: the size of a subtree is one plus its children's sizes; the longest path going down
from a vertex is the longest child path plus its edge. So compute the answers *children first*
— in an order where every vertex comes after all its descendants — and each vertex's answer is
ready the moment it is needed. That order is the reverse of a breadth-first order from the root
(:func:`children_first`); no recursion needed, so a tree shaped like a long path is fine.

Invariant: when a vertex is processed, every child's value is final.

**Diameter** — the longest path between any two vertices (edge weights non-negative). With
``down[v]`` = the longest path from ``v`` down into its subtree, the longest path whose highest
vertex is ``v`` joins the two longest child branches: ``best two of (down[c] + w(v, c))``. The
diameter is the largest of these over all ``v``. (The "two sweeps" method — farthest vertex from
anywhere, then farthest from that — finds the same length; the DP also works as a pattern for
every "best path through a vertex" question.)

**Maximum-weight independent set** — vertices, no two adjacent, of largest total weight (NP-hard
on general graphs, linear on trees). Two values per vertex: ``take[v]`` = best in ``v``'s
subtree with ``v`` chosen (then no child is), ``skip[v]`` = best with ``v`` not chosen (then
each child is free): ``take[v] = w(v) + Σ skip[c]`` and ``skip[v] = Σ max(take[c], skip[c])``.

Each function is one pass over the vertices and their edges: time O(n), space O(n).

>>> from dsa.structures.graph import Graph
>>> tree = Graph.from_edges([(1, 2, 3), (1, 3, 1), (3, 4, 4), (3, 5, 2)])
>>> subtree_sizes(tree, 1)
{1: 5, 2: 1, 3: 3, 4: 1, 5: 1}
>>> tree_diameter(tree)
(8, [2, 1, 3, 4])
>>> max_independent_set(tree, {1: 1, 2: 1, 3: 1, 4: 1, 5: 1})
(3, [2, 4, 5])
"""

from __future__ import annotations

from collections import deque
from collections.abc import Hashable, Mapping
from typing import TypeVar

from dsa.structures.graph import Graph

V = TypeVar("V", bound=Hashable)

__all__ = ["children_first", "max_independent_set", "subtree_sizes", "tree_diameter"]


def children_first(tree: Graph[V], root: V) -> tuple[list[V], dict[V, V | None]]:
    """Return ``(order, parent)``: every vertex after all of its descendants, and the parents.

    ``order`` is a reversed breadth-first order from ``root``; it ends with the root.

    >>> children_first(Graph.from_edges([("r", "a"), ("a", "b")]), "r")
    (['b', 'a', 'r'], {'r': None, 'a': 'r', 'b': 'a'})
    """
    if tree.directed:
        raise ValueError("give the tree as an undirected graph; the root orients it")
    if root not in tree:
        raise KeyError(f"root {root!r} is not in the tree")
    if tree.edge_count != len(tree) - 1:
        raise ValueError(f"not a tree: {len(tree)} vertices need exactly {len(tree) - 1} edges, "
                         f"found {tree.edge_count}")
    parent: dict[V, V | None] = {root: None}
    order = [root]
    queue = deque([root])
    while queue:
        u = queue.popleft()
        for v in tree.neighbors(u):
            if v not in parent:
                parent[v] = u
                order.append(v)
                queue.append(v)
    if len(order) != len(tree):
        raise ValueError("not a tree: it is not connected (with n - 1 edges, it has a cycle)")
    order.reverse()
    return order, parent


def subtree_sizes(tree: Graph[V], root: V) -> dict[V, int]:
    """The number of vertices in each vertex's subtree, rooted at ``root``.

    >>> subtree_sizes(Graph.from_edges([(0, 1), (0, 2)]), 1)
    {1: 3, 0: 2, 2: 1}
    """
    order, parent = children_first(tree, root)
    size = dict.fromkeys(order, 1)
    for v in order:
        if (p := parent[v]) is not None:
            size[p] += size[v]
    return {v: size[v] for v in reversed(order)}


def tree_diameter(tree: Graph[V]) -> tuple[float, list[V]]:
    """The length of a longest path in the tree (edge weights non-negative) and the path.

    >>> tree_diameter(Graph.from_edges([("a", "b", 1)]))
    (1, ['a', 'b'])
    >>> tree_diameter(Graph.from_edges([], vertices=["x"]))
    (0, ['x'])
    """
    if len(tree) == 0:
        return 0, []
    for u, v, w in tree.edges():
        if w < 0:
            raise ValueError(f"edge {u!r} - {v!r} weighs {w}; the diameter DP needs "
                             "non-negative weights")
    order, parent = children_first(tree, next(iter(tree)))
    down: dict[V, float] = dict.fromkeys(order, 0)
    via: dict[V, V | None] = dict.fromkeys(order)  # the child on v's longest downward path
    best, top, branches = -1.0, order[-1], (None, None)
    for v in order:
        first = second = (0, None)  # the two longest branches (length, child) below v
        for c in tree.neighbors(v):
            if c != parent[v]:
                branch = (down[c] + tree.weight(v, c), c)
                if branch[0] > first[0]:
                    first, second = branch, first
                elif branch[0] > second[0]:
                    second = branch
        down[v], via[v] = first
        if first[0] + second[0] > best:
            best, top, branches = first[0] + second[0], v, (first[1], second[1])
    return best, _join(top, branches, via)


def _join(top: V, branches: tuple, via: dict) -> list[V]:
    """The path down ``branches[1]``'s side, up to ``top``, and down ``branches[0]``'s side."""
    sides = []
    for child in branches:
        side = []
        while child is not None:
            side.append(child)
            child = via[child]
        sides.append(side)
    return sides[1][::-1] + [top] + sides[0]


def max_independent_set(tree: Graph[V], weight: Mapping[V, float]) -> tuple[float, list[V]]:
    """The largest total weight of pairwise non-adjacent vertices, and one such set.

    Vertices with negative weight are never worth taking. The set is listed in the graph's
    vertex order.

    >>> max_independent_set(Graph.from_edges([(0, 1), (1, 2)]), {0: 2, 1: 5, 2: 2})
    (5, [1])
    """
    if len(tree) == 0:
        return 0, []
    order, parent = children_first(tree, next(iter(tree)))
    take = {v: weight[v] for v in order}
    skip = dict.fromkeys(order, 0)
    for v in order:
        if (p := parent[v]) is not None:
            take[p] += skip[v]
            skip[p] += max(take[v], skip[v])
    chosen: set[V] = set()
    for v in reversed(order):  # root first: decide each vertex knowing its parent's choice
        p = parent[v]
        if (p is None or p not in chosen) and take[v] > skip[v]:
            chosen.add(v)
    root = order[-1]
    return max(take[root], skip[root]), [v for v in tree if v in chosen]
