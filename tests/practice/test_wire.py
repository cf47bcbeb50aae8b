"""The wire format between the checker and the learner's process: what may cross, identity and
in-place changes kept, and garbage refused with :class:`WireError` (never another exception)."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from practice import wire
from practice.types import ListNode, TreeNode, build_list, build_tree, list_values, tree_values
from practice.wire import BadType, Mirror, WireError, dumps, loads


def across(sender: Mirror, receiver: Mirror, *values):
    return receiver.decode(*loads(dumps({"m": sender.encode(list(values))}))["m"])


def test_exact_types_survive():
    values = [None, True, 0, -7, 10**30, 2.5, -0.0, math.inf, "é\ud800", b"\x00\xff",
              (1, (2.0,)), frozenset({1, "a"}), {1: [2], (3, 4): "x"}, {5, 6}]
    got = across(Mirror(1), Mirror(-1), *values)
    assert got == values
    assert [type(v) for v in got] == [type(v) for v in values]
    assert math.copysign(1, got[6]) == -1  # -0.0 stays negative
    nan = across(Mirror(1), Mirror(-1), math.nan)[0]
    assert math.isnan(nan)


def test_nodes_cycles_and_aliases():
    parent, child = Mirror(1), Mirror(-1)
    head = build_list(list(range(1000)))
    tail = head
    while tail.next is not None:
        tail = tail.next
    tail.next = head.next  # a cycle back to the second node
    tree = build_tree([4, 2, 7, None, 3])
    shared = [1]
    got_head, got_tree, a, b = across(parent, child, head, tree, shared, shared)
    assert got_head.val == 0 and got_head.next.val == 1
    node = got_head
    for _ in range(1000):
        node = node.next
    assert node is got_head.next
    assert tree_values(got_tree) == [4, 2, 7, None, 3] and a is b


def test_changes_come_back_in_place():
    parent, child = Mirror(1), Mirror(-1)
    head = build_list([1, 2, 3])
    grid = [[1, 2], [3, 4]]
    rows, last = list(grid), head.next.next
    theirs_head, theirs_grid = across(parent, child, head, grid)
    previous, node = None, theirs_head
    while node is not None:  # reverse the list over there
        node.next, previous, node = previous, node, node.next
    theirs_grid[0][0] = 9
    theirs_grid.append([5])
    new_head, _, _ = parent.decode(*loads(dumps({"m": child.encode(
        [previous, theirs_head, theirs_grid])}))["m"])
    assert list_values(new_head) == [3, 2, 1] and new_head is last
    assert head.next is None  # the caller's first node is now the last
    assert grid == [[9, 2], [3, 4], [5]] and grid[0] is rows[0]


def test_an_unchanged_object_is_not_sent_again():
    parent, child = Mirror(1), Mirror(-1)
    big = list(range(10_000))
    root = TreeNode(1, TreeNode(0), TreeNode(2))
    first = parent.encode([big, root])
    across(Mirror(1), child, 0)  # unrelated traffic
    child.decode(*loads(dumps({"m": first}))["m"])
    again = parent.encode([big, root])
    assert again[1] == []  # both known and unchanged: references only
    big[0] = -1
    root.left.val = 5
    changed = parent.encode([big, root])
    assert sorted(entry[1] for entry in changed[1]) == ["l", "n"]


@pytest.mark.parametrize(("value", "phrase"), [
    (type("Yes", (list,), {"__eq__": lambda self, other: True})(),
     "Yes, a subclass of list: use a plain list"),
    (type("Sly", (int,), {})(3), "Sly, a subclass of int"),
    (type("Node", (ListNode,), {})(), "Node, a subclass of ListNode"),
    (object(), "a object, which is not plain data"),
    ([1, {2: range(3)}], "a range, which is not plain data"),
])
def test_values_that_are_not_plain_data_are_named(value, phrase):
    with pytest.raises(BadType, match=phrase):
        Mirror(-1).encode([value], "your code returned")


GARBAGE = [
    [[[1]], []], [[[1]], [[1, "l", "x"]]], [[[1]], [[1, "n", "Nope", []]]],
    [[[1]], [[1, "d", [1]]]], [[[1]], [[1, "b", "zz"]]], [[[1]], [[1, "s", [[2]]], [2, "l", []]]],
    [[[1]], [[1, "c", [1, 2], [0], None]]], [[[1]], [[1, ["l"], []]]], [[{"a": 1}], []],
    [[[1, 2]], []], [[[1]], [[1, "h", "X"]]],
]


@pytest.mark.parametrize("message", GARBAGE)
def test_garbage_is_a_wire_error(message):
    with pytest.raises(WireError):
        Mirror(1).decode(*message)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=3),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=2), inner,
                                                                  max_size=3), max_leaves=20)


@settings(max_examples=300, derandomize=True)
@given(roots=st.lists(json_values, max_size=3), entries=st.lists(json_values, max_size=4))
def test_any_json_either_decodes_or_is_a_wire_error(roots, entries):
    try:
        Mirror(1).decode(roots, entries)
    except WireError:
        pass


def test_loads_refuses_what_is_not_a_message():
    for data in (b"[1]", b"\xff", b"{" * 100_000, json.dumps({"ok": 1}).encode()[:-1]):
        with pytest.raises(WireError):
            loads(data)


# -- numpy arrays ----------------------------------------------------------------------------

def test_an_array_keeps_dtype_shape_values_and_identity():
    import numpy as np

    parent, child = wire.Mirror(1), wire.Mirror(-1)
    weights = np.arange(6, dtype=np.float32).reshape(2, 3).T  # not contiguous
    sent = parent.encode([weights, [weights], np.int16(7)])
    theirs, holder, scalar = child.decode(*json.loads(json.dumps(sent)))
    assert type(theirs) is np.ndarray and theirs.dtype == np.float32
    assert (theirs == weights).all() and holder[0] is theirs
    assert type(scalar) is np.int16 and scalar == 7


def test_an_unchanged_array_is_not_sent_again_and_a_changed_one_updates_in_place():
    import numpy as np

    parent, child = wire.Mirror(1), wire.Mirror(-1)
    images = np.zeros((1000, 784), dtype=np.uint8)
    theirs, = child.decode(*json.loads(json.dumps(parent.encode([images]))))
    assert parent.encode([images])[1] == []          # a second call: only the reference
    theirs[0, 0] = 9                                 # the learner's code changes it in place
    parent.decode(*json.loads(json.dumps(child.encode([None, theirs]))))
    assert images[0, 0] == 9


@pytest.mark.parametrize("payload", [
    ["|O8", [1], "AAAAAAAAAAA=", False],             # an object dtype, forged
    ["<f8", [2], "AAAAAAAAAAA=", False],             # two floats promised, one sent
    ["<f8", [-1], "AAAAAAAAAAA=", False],            # a negative length
    ["<f8", [1], "not base64!", False],
])
def test_a_forged_array_entry_is_a_wire_error(payload):
    with pytest.raises(wire.WireError):
        wire.Mirror(1).decode([[-1]], [[-1, "a", payload]])


def test_an_array_may_not_change_shape_in_place():
    import numpy as np

    parent = wire.Mirror(1)
    weights = np.zeros(3)
    parent.encode([weights])
    wid = parent.wids[id(weights)]
    bigger = wire._array_payload(np.zeros(4))
    with pytest.raises(wire.WireError, match="shape"):
        parent.decode([[wid]], [[wid, "a", bigger]])
