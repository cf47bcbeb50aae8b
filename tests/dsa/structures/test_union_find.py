"""UnionFind against brute-force component labelling, plus rank and path-compression checks."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.structures.union_find import UnionFind


def components(n, edges):
    """Label each vertex with the smallest vertex it can reach, by repeated relaxation."""
    label = list(range(n))
    changed = True
    while changed:
        changed = False
        for a, b in edges:
            low = min(label[a], label[b])
            if label[a] != low or label[b] != low:
                label[a] = label[b] = low
                changed = True
    return label


edge_lists = st.integers(1, 25).flatmap(
    lambda n: st.tuples(
        st.just(n), st.lists(st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)))
    )
)


@given(edge_lists)
def test_matches_brute_force_components(case):
    n, edges = case
    uf = UnionFind(n)
    for a, b in edges:
        uf.union(a, b)
    label = components(n, edges)
    for a in range(n):
        for b in range(n):
            assert uf.connected(a, b) == (label[a] == label[b])
    assert uf.count == len(set(label))
    assert len(uf) == n
    assert sorted(map(sorted, uf.groups())) == sorted(
        sorted(v for v in range(n) if label[v] == root) for root in set(label)
    )


@given(edge_lists)
def test_union_reports_whether_it_merged(case):
    n, edges = case
    uf = UnionFind(n)
    for a, b in edges:
        before = uf.count
        was_apart = not uf.connected(a, b)
        assert uf.union(a, b) == was_apart
        assert uf.count == before - was_apart


def test_rank_is_logarithmic_under_worst_case_unions():
    # Merging equal-size trees pairwise is what makes ranks grow; they still stay <= log2 n.
    n = 1024
    uf = UnionFind(n)
    width = 1
    while width < n:
        for start in range(0, n, 2 * width):
            uf.union(start, start + width)
        width *= 2
    assert uf.count == 1
    assert uf.rank(0) == math.log2(n)


def test_path_compression_points_path_at_root():
    uf = UnionFind(8)
    for a, b in [(0, 1), (2, 3), (0, 2), (4, 5), (6, 7), (4, 6), (0, 4)]:
        uf.union(a, b)
    root = uf.find(7)
    assert all(uf._parent[x] == root for x in range(8) if x in (7, 6, 4))


def test_hashable_elements_and_errors():
    uf = UnionFind()
    assert uf.add("a") and uf.add(("b", 1)) and not uf.add("a")
    assert uf.union("a", ("b", 1))
    assert "a" in uf and "c" not in uf
    with pytest.raises(KeyError, match="not an element"):
        uf.find("c")
    with pytest.raises(KeyError, match="not an element"):
        uf.union("a", "c")
    with pytest.raises(ValueError, match="n >= 0"):
        UnionFind(-1)
    with pytest.raises(TypeError, match="int number"):
        UnionFind(2.5)
    assert repr(uf) == "UnionFind([['a', ('b', 1)]])"
    assert list(uf) == ["a", ("b", 1)]


class UnionFindMachine(RuleBasedStateMachine):
    """Model: a dict from element to a frozenset of its group."""

    def __init__(self):
        super().__init__()
        self.uf = UnionFind(4)
        self.group = {i: frozenset([i]) for i in range(4)}

    @rule(x=st.integers(0, 12))
    def add(self, x):
        assert self.uf.add(x) == (x not in self.group)
        self.group.setdefault(x, frozenset([x]))

    @rule(a=st.integers(0, 12), b=st.integers(0, 12))
    def union(self, a, b):
        if a not in self.group or b not in self.group:
            with pytest.raises(KeyError):
                self.uf.union(a, b)
            return
        merged = self.group[a] | self.group[b]
        assert self.uf.union(a, b) == (self.group[a] != self.group[b])
        for x in merged:
            self.group[x] = merged

    @invariant()
    def same_partition(self):
        assert self.uf.count == len(set(self.group.values()))
        assert len(self.uf) == len(self.group)
        for x, g in self.group.items():
            assert all(self.uf.connected(x, y) for y in g)
        # rank bounds height: every element reaches its root in at most rank(root) steps
        for x in self.group:
            steps, y = 0, x
            while self.uf._parent[y] != y:
                y, steps = self.uf._parent[y], steps + 1
            assert steps <= self.uf._rank[y]
            assert 2 ** self.uf._rank[y] <= len(self.group[x])


TestUnionFindMachine = UnionFindMachine.TestCase
