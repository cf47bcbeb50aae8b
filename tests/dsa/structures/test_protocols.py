"""Every structure against the collections.abc protocol of the standard type it stands in for.

One check per protocol, run over every structure that claims it: value equality like ``list``
and ``deque`` (and ``__hash__ = None``, since they are mutable), membership that answers False
for a value of the wrong type instead of raising, and for the maps, views and the ``dict``
methods compared with a ``dict`` doing the same.
"""

from collections.abc import (
    Collection,
    ItemsView,
    KeysView,
    MutableMapping,
    MutableSequence,
    Sequence,
    ValuesView,
)

import pytest

from dsa.structures.avl_tree import AVLTree
from dsa.structures.binary_search_tree import BinarySearchTree
from dsa.structures.deque import Deque, Queue
from dsa.structures.dynamic_array import DynamicArray
from dsa.structures.fenwick_tree import FenwickTree
from dsa.structures.hash_map import ChainedHashMap, OpenAddressingHashMap
from dsa.structures.linked_list import DoublyLinkedList, SinglyLinkedList
from dsa.structures.lru_cache import LRUCache
from dsa.structures.segment_tree import SegmentTree
from dsa.structures.skip_list import SkipList
from dsa.structures.stack import Stack
from dsa.structures.trie import Trie

# Each builds the structure from a list of items, in the order its iteration gives them back.
COLLECTIONS = {
    "DynamicArray": DynamicArray,
    "Deque": Deque,
    "Queue": Queue,
    "Stack": lambda items: Stack(reversed(items)),  # iterates from the top down
    "SinglyLinkedList": SinglyLinkedList,
    "DoublyLinkedList": DoublyLinkedList,
    "FenwickTree": FenwickTree,
    "SegmentTree": SegmentTree,
}
SEQUENCES = {"DynamicArray": MutableSequence, "Deque": Sequence, "FenwickTree": Sequence,
             "SegmentTree": Sequence}
SORTED_MAPS = [BinarySearchTree, AVLTree, SkipList]
MAPS = {
    "ChainedHashMap": ChainedHashMap,
    "OpenAddressingHashMap": OpenAddressingHashMap,
    "BinarySearchTree": BinarySearchTree,
    "AVLTree": AVLTree,
    "SkipList": SkipList,
    "LRUCache": lambda items: LRUCache(100) if not items else _filled_cache(items),
}


def _filled_cache(items):
    cache = LRUCache(100)
    cache.update(items)
    return cache


@pytest.mark.parametrize("name", COLLECTIONS)
def test_collections_compare_by_value_and_answer_membership(name):
    build = COLLECTIONS[name]
    items = [3, 1, 4, 1, 5]
    x = build(items)
    assert isinstance(x, Collection) and list(x) == items and len(x) == 5
    assert build(items) == x and not build(items) != x  # a fresh copy: equal by value
    assert build([3, 1, 4, 1, 6]) != x and build(items[:-1]) != x
    assert all(v in x for v in items) and 9 not in x
    assert "not a number" not in x and object() not in x  # False, as for a list: no TypeError
    with pytest.raises(TypeError):
        hash(x)


@pytest.mark.parametrize("name", SEQUENCES)
def test_sequences_follow_the_sequence_protocol(name):
    items = [3, 1, 4, 1, 5]
    x = COLLECTIONS[name](items)
    assert isinstance(x, SEQUENCES[name])
    assert [x[i] for i in range(-5, 5)] == [items[i] for i in range(-5, 5)]
    assert list(reversed(x)) == items[::-1]
    assert (x.index(1), x.count(1), x.index(5)) == (1, 2, 4)
    with pytest.raises(IndexError):
        x[5]
    with pytest.raises(ValueError):
        x.index(9)


def test_sequences_other_than_dynamic_array_are_not_equal_to_a_list():
    # Like deque([1]) != [1]. DynamicArray stands in for list itself and equals a list.
    for name, build in COLLECTIONS.items():
        assert (build([1, 2]) == [1, 2]) is (name == "DynamicArray"), name


@pytest.mark.parametrize("name", MAPS)
def test_maps_follow_the_mutable_mapping_protocol_like_dict(name):
    build = MAPS[name]
    pairs = {5: "e", 2: "b", 8: "h", 1: "a"}
    m, model = build(list(pairs.items())), dict(pairs)
    assert isinstance(m, MutableMapping)
    assert isinstance(m.keys(), KeysView) and isinstance(m.items(), ItemsView)
    assert isinstance(m.values(), ValuesView)
    assert m == model and m == build(list(pairs.items())) and m != {5: "e"}
    keys, items = m.keys(), m.items()
    m[9], model[9] = "i", "i"
    assert 9 in keys and (9, "i") in items and len(items) == len(model)  # live views
    assert sorted(m.values()) == sorted(model.values()) and (9, "x") not in items
    assert m.get(7) is None and m.get(2) == "b" and m.pop(2) == model.pop(2)
    assert m.pop(2, "gone") == "gone" and m.setdefault(3, "c") == model.setdefault(3, "c")
    m.update({4: "d"})
    m.update([(6, "f")])
    model.update({4: "d"})
    model.update([(6, "f")])
    assert m == model
    key, value = m.popitem()
    assert model.pop(key) == value and m == model
    with pytest.raises(KeyError):
        m[2]
    m.clear()
    assert len(m) == 0 and m == {} and list(m.items()) == []
    with pytest.raises(TypeError):
        hash(m)


@pytest.mark.parametrize("cls", SORTED_MAPS)
def test_sorted_maps_share_min_max_floor_ceiling(cls):
    m = cls.fromkeys([30, 10, 20])
    assert (m.min(), m.max(), m.floor(25), m.ceiling(25)) == (10, 30, 20, 30)
    empty = cls()
    for method in (empty.min, empty.max):
        with pytest.raises(ValueError, match="empty"):
            method()


def test_trie_is_a_collection_of_strings_like_a_set():
    t = Trie(["b", "a", "ab"])
    assert isinstance(t, Collection) and len(t) == 3 and list(t) == ["a", "ab", "b"]
    assert "ab" in t and "c" not in t and 5 not in t and None not in t
    assert t == Trie(["ab", "a", "b"]) and t != Trie(["a"])
    with pytest.raises(TypeError):
        hash(t)
