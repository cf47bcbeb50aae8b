"""Greedy algorithms: build the answer one locally best choice at a time, and never undo it.

A greedy algorithm is fast and short, and usually wrong — unless a proof says otherwise. The
standard proof is the **exchange argument**: take any optimal solution that differs from the
greedy one, and show that swapping one of its choices for the greedy choice keeps it feasible and
does not make it worse. Repeating the swap turns the optimal solution into the greedy one with
no loss, so the greedy one is optimal too. Each module here states its rule and its exchange:

* :mod:`~dsa.greedy.interval_scheduling` — earliest finish first keeps the most room for the rest;
  fewest rooms by reusing the earliest-freed room.
* :mod:`~dsa.greedy.huffman` — merge the two rarest symbols: they may as well be deepest siblings.
* :mod:`~dsa.greedy.fractional_knapsack` — densest first: swapping weight toward a denser item
  never loses value.

Greed also runs Dijkstra's algorithm, Prim's and Kruskal's (:mod:`dsa.graphs`), each with its own
exchange (the cut property). And it fails where no exchange exists: whole-item knapsack and coin
change with arbitrary coins need dynamic programming (:mod:`dsa.dp`).

>>> from dsa.greedy import select_activities
>>> select_activities([(0, 5), (1, 2), (3, 4)])
[(1, 2), (3, 4)]
"""

from dsa.greedy.fractional_knapsack import fractional_knapsack
from dsa.greedy.huffman import code_cost, decode, encode, huffman_code
from dsa.greedy.interval_scheduling import partition_intervals, select_activities

__all__ = [
    "code_cost",
    "decode",
    "encode",
    "fractional_knapsack",
    "huffman_code",
    "partition_intervals",
    "select_activities",
]
