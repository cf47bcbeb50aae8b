"""Range queries: answer questions about ``values[start:stop]`` faster than reading the slice.

Which structure depends on what changes and what is asked:

| module | updates | queries | cost per operation |
|---|---|---|---|
| ``sparse_table`` | none (static) | min, max, gcd of a range | O(1); O(n log n) to build |
| ``lazy_segment_tree`` | add to a range | sum, min, max of a range | O(log n) |
| ``treap`` | insert, delete keys | k-th smallest, rank; split, merge | O(log n) expected |

The point-update trees come first, in :mod:`dsa.structures`: a Fenwick tree
(:mod:`~dsa.structures.fenwick_tree`) for prefix sums and a segment tree
(:mod:`~dsa.structures.segment_tree`) for any associative operation. Ranges are half-open,
``[start, stop)``, as in Python slices; an end outside ``[0, n]`` is an ``IndexError`` and a
reversed range a ``ValueError``, as in those two.

>>> from dsa.range_queries import LazySegmentTree, SparseTable, Treap
>>> SparseTable([3, 1, 4, 1, 5]).query(2, 5)
1
>>> t = LazySegmentTree([3, 1, 4, 1, 5]); t.add(0, 3, 1); t.sum(0, 5)
17
>>> Treap([3, 1, 4, 1, 5]).kth(2)
4
"""

from dsa.range_queries.lazy_segment_tree import LazySegmentTree
from dsa.range_queries.sparse_table import SparseTable
from dsa.range_queries.treap import Treap

__all__ = ["LazySegmentTree", "SparseTable", "Treap"]
