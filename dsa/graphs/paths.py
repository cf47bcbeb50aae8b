"""Reading a path back out of a predecessor map.

Every search here records, for each vertex it reaches, the vertex it came from: ``parent[v]``
(with ``parent[source] = None``). Those links form a tree rooted at the source — the BFS tree,
the shortest-path tree — so the path to any reached vertex is its chain of parents, reversed.
Storing one parent per vertex is O(V) however many paths you later ask for.

Time O(length of the path), space O(length of the path).
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

__all__ = ["path_to"]

V = TypeVar("V", bound=Hashable)


def path_to(parent: Mapping[V, V | None], target: V) -> list[V]:
    """Return the path from the root of ``parent``'s tree to ``target``, or ``[]`` if unreached.

    >>> path_to({"s": None, "a": "s", "b": "a"}, "b")
    ['s', 'a', 'b']
    >>> path_to({"s": None}, "z")
    []
    """
    if target not in parent:
        return []
    path = [target]
    seen = {target}
    while (previous := parent[path[-1]]) is not None:
        if previous in seen:
            raise ValueError(f"the predecessor map loops at {previous!r}; it is not a tree")
        seen.add(previous)
        path.append(previous)
    path.reverse()
    return path
