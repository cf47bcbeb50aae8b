"""Consistent hashing against a brute-force ring; keys moved and load balance, measured."""

import importlib
import math
import random
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import CountingList, Tally
from dsa.randomized import ConsistentHashRing
from dsa.randomized._hashing import hash64

module = importlib.import_module("dsa.randomized.consistent_hashing")


def brute_force_owner(nodes, replicas, key, seed=0):
    points = sorted((hash64(f"{n}#{i}", seed), n) for n in nodes for i in range(replicas))
    h = hash64(key, seed)
    after = [p for p in points if p[0] >= h]
    return (after[0] if after else points[0])[1]


@given(nodes=st.sets(st.text("abcxyz", min_size=1, max_size=4), min_size=1, max_size=6),
       keys=st.lists(st.integers() | st.text(max_size=5), max_size=30),
       replicas=st.integers(1, 8))
def test_owner_is_the_first_point_clockwise(nodes, keys, replicas):
    ring = ConsistentHashRing(nodes, replicas=replicas)
    for key in keys:
        assert ring.node_for(key) == brute_force_owner(nodes, replicas, key)


KEYS = [f"key:{i}" for i in range(40_000)]


def owners(ring):
    return {key: ring.node_for(key) for key in KEYS}


def test_a_new_node_takes_about_its_share_and_nothing_else_moves():
    nodes = [f"server{i}" for i in range(10)]
    ring = ConsistentHashRing(nodes, replicas=100)
    before = owners(ring)
    ring.add_node("server10")
    after = owners(ring)
    moved = [k for k in KEYS if before[k] != after[k]]
    assert all(after[k] == "server10" for k in moved)  # only to the newcomer
    assert abs(len(moved) / len(KEYS) - 1 / 11) < 0.03
    # hash mod n, for contrast, moves almost everything
    mod_moved = sum(hash64(k, 0) % 10 != hash64(k, 0) % 11 for k in KEYS)
    assert mod_moved / len(KEYS) > 0.85


def test_removing_a_node_moves_only_its_keys():
    ring = ConsistentHashRing([f"s{i}" for i in range(8)], replicas=50)
    before = owners(ring)
    ring.remove_node("s3")
    after = owners(ring)
    assert all(before[k] == "s3" for k in KEYS if before[k] != after[k])
    assert "s3" not in after.values()


def test_virtual_nodes_balance_the_load():
    loads = {}
    for replicas in (1, 200):
        ring = ConsistentHashRing([f"server{i}" for i in range(10)], replicas=replicas)
        counts = Counter(owners(ring).values())
        loads[replicas] = max(counts.values()) / (len(KEYS) / 10)
    # with r virtual nodes a share is a sum of r arcs: within about 1 ± 3/√r of the mean
    assert loads[200] < 1 + 3 / math.sqrt(200)
    assert loads[1] > 1.5  # one point each: arcs as uneven as random gaps


def test_lookup_reads_are_logarithmic(monkeypatch):
    tally = Tally()
    original = module.bisect_left
    monkeypatch.setattr(module, "bisect_left",
                        lambda a, x: original(CountingList(a, tally), x))
    rng = random.Random(4)
    for n in (10, 100):
        ring = ConsistentHashRing([f"n{i}" for i in range(n)], replicas=100)
        points = n * 100
        for _ in range(200):
            tally.reset()
            ring.node_for(rng.randrange(10**9))
            assert tally.reads <= math.ceil(math.log2(points + 1))
        tally.reset()
        ring.add_node("newcomer")  # one binary search per replica
        assert tally.reads <= 100 * math.ceil(math.log2(points + 100 + 1))


def test_misuse_is_named():
    ring = ConsistentHashRing(["a"])
    with pytest.raises(KeyError, match="node 'b' is not on the ring"):
        ring.remove_node("b")
    with pytest.raises(ValueError, match="replicas must be at least 1"):
        ConsistentHashRing(replicas=0)
    with pytest.raises(TypeError, match="node names must be str"):
        ring.add_node(3)
