"""Consistent hashing: spread keys over servers so that adding one moves only its share.

The obvious way to spread keys over ``n`` servers is ``hash(key) mod n``. Add one server and
almost every key changes place: ``mod n`` and ``mod n+1`` agree for only about ``1/(n+1)`` of
the keys. For a cache, that is nearly every entry lost at once.

Consistent hashing (Karger et al., 1997) puts servers and keys on the same circle of hash
values. A key belongs to the first server at or after its position, going clockwise. A new
server takes over the arc just before it, from one neighbour, and nothing else moves; removing
a server hands its arc to the next one. About ``1/(n+1)`` of the keys move when the
``(n+1)``-th server arrives — the least any scheme can move while staying balanced.

One point per server makes uneven arcs: the largest of ``n`` random arcs is about ``ln n``
times the average. So each server gets ``replicas`` *virtual nodes*, points at ``hash(server,
i)``; a server's share is then a sum of many small arcs, and its load varies from the mean by
about ``1/√replicas`` of it (a standard deviation). The tests measure both figures on seeded
keys.

Invariant: the ring lists every server's ``replicas`` points in increasing order, and a key's
server owns the first point at or after the key's hash (wrapping to the first point).

| operation | time | space |
|---|---|---|
| :meth:`~ConsistentHashRing.node_for` | O(log(n·r)) comparisons, a binary search | — |
| ``add_node`` | ``r`` binary searches, and list inserts shifting O(n·r) | — |
| ``remove_node`` | one O(n·r) pass | — |
| the ring | — | ``n · r`` points for ``n`` servers, ``r`` replicas |

Hashes are 64-bit BLAKE2b, keyed by ``seed``: every process agrees where a key lives.

>>> ring = ConsistentHashRing(["alpha", "beta", "gamma"], replicas=50)
>>> ring.node_for("user:42")
'beta'
>>> ring.add_node("delta"); ring.node_for("user:42") in ("beta", "delta")
True
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from dsa.randomized._hashing import Item, hash64
from dsa.searching.binary_search import bisect_left

__all__ = ["ConsistentHashRing"]


class ConsistentHashRing:
    """Servers (``str`` names) on a hash ring, each at ``replicas`` points.

    >>> ConsistentHashRing().node_for("k")
    Traceback (most recent call last):
        ...
    LookupError: the ring has no nodes; add_node(...) first
    """

    def __init__(self, nodes: Iterable[str] = (), *, replicas: int = 100, seed: int = 0) -> None:
        if replicas < 1:
            raise ValueError(f"replicas must be at least 1, got {replicas}")
        self.replicas, self.seed = replicas, seed
        self._points: list[tuple[int, str]] = []  # (position, node), sorted
        self._nodes: set[str] = set()
        for node in nodes:
            self.add_node(node)

    def _positions(self, node: str) -> list[tuple[int, str]]:
        if not isinstance(node, str):
            raise TypeError(f"node names must be str, not {type(node).__name__}")
        return [(hash64(f"{node}#{i}", self.seed), node) for i in range(self.replicas)]

    def add_node(self, node: str) -> None:
        """Put ``node`` on the ring at its ``replicas`` points. O(n·r).

        >>> r = ConsistentHashRing(replicas=3); r.add_node("a"); r.add_node("a")
        Traceback (most recent call last):
            ...
        ValueError: node 'a' is already on the ring
        """
        if node in self._nodes:
            raise ValueError(f"node {node!r} is already on the ring")
        for point in self._positions(node):
            self._points.insert(bisect_left(self._points, point), point)
        self._nodes.add(node)

    def remove_node(self, node: str) -> None:
        """Take ``node`` off the ring; its keys pass to the next points clockwise. O(n·r).

        >>> r = ConsistentHashRing(["a", "b"]); r.remove_node("a"); r.node_for("anything")
        'b'
        """
        if node not in self._nodes:
            raise KeyError(f"node {node!r} is not on the ring")
        self._nodes.remove(node)
        self._points = [p for p in self._points if p[1] != node]

    def node_for(self, key: Item) -> str:
        """The node that owns ``key``: the first point at or after its hash, wrapping around.

        >>> ConsistentHashRing(["only"]).node_for(12345)
        'only'
        """
        if not self._points:
            raise LookupError("the ring has no nodes; add_node(...) first")
        position = hash64(key, self.seed, "ConsistentHashRing")
        # (position, "") sorts before every point at that same position, so a tie goes to it
        i = bisect_left(self._points, (position, ""))
        return self._points[i % len(self._points)][1]

    def __len__(self) -> int:
        """Number of nodes. O(1).

        >>> len(ConsistentHashRing(["a", "b"], replicas=2))
        2
        """
        return len(self._nodes)

    def __iter__(self) -> Iterator[str]:
        """The node names, sorted.

        >>> list(ConsistentHashRing(["b", "a"]))
        ['a', 'b']
        """
        return iter(sorted(self._nodes))
