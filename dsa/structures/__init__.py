"""Fundamental data structures, one module each, written to be read and checked against the stdlib.

Each module opens with the idea, the invariant it keeps, and a table of what each operation
costs; every public class and method carries a doctest. The tests in ``tests/dsa/structures``
drive each structure against a simple oracle from the standard library (``list``, ``dict``,
``heapq``, ``collections.deque``, ``OrderedDict``, brute force), re-check the invariant after
every step of a random sequence of operations, and count comparisons or copies to confirm the
costs in the tables.

| module | structures | stands in for |
|---|---|---|
| `dynamic_array` | `DynamicArray` (capacity and copy count visible) | `list` |
| `linked_list` | `SinglyLinkedList`, `DoublyLinkedList` | — |
| `stack` | `Stack` | `list` used as a stack |
| `deque` | `Deque`, `Queue` on a ring buffer | `collections.deque` |
| `binary_heap` | `MinHeap`, `MaxHeap` | `heapq` |
| `indexed_priority_queue` | `IndexedMinPQ` with `decrease_key` | — |
| `hash_map` | `ChainedHashMap`, `OpenAddressingHashMap` | `dict` |
| `binary_search_tree` | `BinarySearchTree` | `dict` + `bisect` on sorted keys |
| `avl_tree` | `AVLTree` | `dict` + `bisect` on sorted keys |
| `skip_list` | `SkipList` | `dict` + `bisect` on sorted keys |
| `trie` | `Trie` | a `set` of strings, filtered by prefix |
| `union_find` | `UnionFind` | — |
| `lru_cache` | `LRUCache`, `memoize` | `functools.lru_cache`, `OrderedDict` |
| `fenwick_tree` | `FenwickTree` | `sum(a[i:j])` |
| `segment_tree` | `SegmentTree` | `functools.reduce` over a slice |
| `bloom_filter` | `BloomFilter` | a `set`, with false positives |
| `graph` | `Graph` (adjacency lists, used by `dsa.graphs`) | — |

Import from the module, e.g. ``from dsa.structures.binary_heap import MinHeap``.
"""
