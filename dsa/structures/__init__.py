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

Every structure is importable from the package, ``from dsa.structures import MinHeap``, and
from its module, ``from dsa.structures.binary_heap import MinHeap``.

The names follow one convention. A container taken from one place (``Stack``, ``Queue``,
``MinHeap``, ``IndexedMinPQ``) has ``push``, ``pop`` and ``peek``; a container with two ends
(``Deque``, both linked lists) has ``collections.deque``'s ``append``, ``appendleft``, ``pop``
and ``popleft``. Range queries are ``query(start, stop)`` over ``values[start:stop]`` in both
range trees; a range outside ``[0, n]`` is an ``IndexError``, a reversed one (``start > stop``)
a ``ValueError``.

>>> from dsa.structures import FenwickTree, SegmentTree
>>> FenwickTree([1, 2, 3]).query(0, 2) == SegmentTree([1, 2, 3]).query(0, 2) == 3
True
"""

from dsa.structures.avl_tree import AVLNode, AVLTree
from dsa.structures.binary_heap import MaxHeap, MinHeap
from dsa.structures.binary_search_tree import BinarySearchTree
from dsa.structures.bloom_filter import BloomFilter
from dsa.structures.deque import Deque, Queue
from dsa.structures.dynamic_array import DynamicArray
from dsa.structures.fenwick_tree import FenwickTree
from dsa.structures.graph import Graph
from dsa.structures.hash_map import ChainedHashMap, OpenAddressingHashMap
from dsa.structures.indexed_priority_queue import IndexedMinPQ
from dsa.structures.linked_list import DoublyLinkedList, DoublyNode, SinglyLinkedList, SinglyNode
from dsa.structures.lru_cache import LRUCache, memoize
from dsa.structures.segment_tree import SegmentTree
from dsa.structures.skip_list import SkipList
from dsa.structures.stack import Stack
from dsa.structures.trie import Trie, TrieNode
from dsa.structures.union_find import UnionFind

__all__ = [
    "AVLNode",
    "AVLTree",
    "BinarySearchTree",
    "BloomFilter",
    "ChainedHashMap",
    "Deque",
    "DoublyLinkedList",
    "DoublyNode",
    "DynamicArray",
    "FenwickTree",
    "Graph",
    "IndexedMinPQ",
    "LRUCache",
    "MaxHeap",
    "MinHeap",
    "OpenAddressingHashMap",
    "Queue",
    "SegmentTree",
    "SinglyLinkedList",
    "SinglyNode",
    "SkipList",
    "Stack",
    "Trie",
    "TrieNode",
    "UnionFind",
    "memoize",
]
