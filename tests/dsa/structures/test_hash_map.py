"""Both hash maps against dict, with their invariants checked after every step."""

import tracemalloc

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.structures.hash_map import ChainedHashMap, OpenAddressingHashMap, _home

MAPS = [ChainedHashMap, OpenAddressingHashMap]
keys = st.one_of(st.integers(-30, 30), st.text(max_size=2))
ops = st.lists(st.tuples(st.sampled_from(["set", "del", "get"]), keys, st.integers()))


# A hash whose home in a fresh 8-slot table is the last slot, so a probe walk has to wrap.
LAST_SLOT_HASH = next(h for h in range(1000) if _home(h, 8) == 7)


class Collide:
    """A key whose hash is always the same: the worst case, every key sharing one home."""

    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return LAST_SLOT_HASH

    def __eq__(self, other):
        return isinstance(other, Collide) and other.n == self.n


@pytest.mark.parametrize("cls", MAPS)
@given(operations=ops)
def test_matches_dict(cls, operations):
    m, model = cls(), {}
    for op, k, v in operations:
        if op == "set":
            m[k] = v
            model[k] = v
        elif op == "del":
            if k in model:
                del m[k]
                del model[k]
            else:
                with pytest.raises(KeyError) as err:
                    del m[k]
                assert err.value.args == (k,)
        else:
            assert m.get(k) == model.get(k)
            assert (k in m) == (k in model)
        m._check()
    assert dict(m.items()) == model and len(m) == len(model)
    assert m == model  # Mapping equality from the mixin


@pytest.mark.parametrize("cls", MAPS)
def test_colliding_keys_still_work(cls):
    m = cls((Collide(i), i) for i in range(50))
    for i in range(0, 50, 2):
        del m[Collide(i)]
    m._check()
    assert sorted(m.values()) == list(range(1, 50, 2))
    assert Collide(4) not in m and m[Collide(5)] == 5


@pytest.mark.parametrize("cls", MAPS)
def test_capacity_doubles_and_load_stays_bounded(cls):
    m = cls()
    for i in range(10_000):
        m[i * 7919] = i
        assert m.load_factor <= cls.max_load
    assert m.capacity <= 4 * len(m) / cls.max_load
    m._check()


@pytest.mark.parametrize("cls", MAPS)
def test_average_probes_per_lookup_is_constant(cls):
    # Lookups of present keys at doubling sizes: probes per lookup must not grow with n.
    per_lookup = []
    for n in (1000, 2000, 4000, 8000):
        m = cls((k * 2654435761 % 2**31, k) for k in range(n))
        m.probes = 0
        for k in range(n):
            m[k * 2654435761 % 2**31]
        per_lookup.append(m.probes / n)
    assert max(per_lookup) < 3.0, per_lookup


@pytest.mark.parametrize("cls", MAPS)
@pytest.mark.parametrize("stride", [2**16, 2**20, 2**32])
def test_keys_sharing_their_low_bits_still_cost_constant_probes(cls, stride):
    # Python hashes an int to itself, so with home = hash % capacity every multiple of 2**16
    # had home 0 (in tables up to 2**16 slots): n / 2 probes per lookup, 1,000 for these keys.
    n = 2000
    m = cls((k * stride, k) for k in range(n))
    m.probes = 0
    assert all(m[k * stride] == k for k in range(n))
    assert m.probes / n < 3.0, m.probes / n
    m._check()


def test_tombstones_are_reused_and_cleared_by_rehash():
    m = OpenAddressingHashMap()
    for round_ in range(200):  # churn: insert and delete new keys, never more than 3 live
        m[round_] = round_
        if round_ >= 3:
            del m[round_ - 3]
        m._check()
    assert len(m) == 3 and m.capacity <= 16  # rehashing cleared the tombstones: no growth


def test_insert_reuses_the_first_tombstone_on_its_walk():
    m = OpenAddressingHashMap({Collide(0): 0, Collide(1): 1})  # slots 7 and 0 (wrapped)
    del m[Collide(0)]
    assert m._keys[7] is not Collide(0) and m._used == 2
    m[Collide(2)] = 2  # walks 7 (tombstone), 0 (key 1), 1 (empty): stored at 7
    assert m._keys[7] == Collide(2) and m._used == 2
    m._check()


@pytest.mark.parametrize("cls", MAPS)
def test_mapping_protocol(cls):
    m = cls({"a": 1})
    assert m.setdefault("b", 2) == 2 and m.pop("a") == 1 and m.pop("zz", None) is None
    m.update(c=3)
    assert sorted(m) == ["b", "c"] and repr(m).startswith(cls.__name__)
    m.clear()
    assert len(m) == 0 and list(m) == []
    with pytest.raises(KeyError):
        m["b"]
    with pytest.raises(TypeError):
        m[[1]] = 1  # unhashable, as for dict


class HashMapMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.maps = [cls() for cls in MAPS]
        self.model = {}

    @rule(k=st.integers(0, 40), v=st.integers())
    def set(self, k, v):
        for m in self.maps:
            m[k] = v
        self.model[k] = v

    @rule(k=st.integers(0, 40))
    def delete(self, k):
        for m in self.maps:
            if k in self.model:
                del m[k]
            else:
                with pytest.raises(KeyError):
                    del m[k]
        self.model.pop(k, None)

    @invariant()
    def same_as_dict(self):
        for m in self.maps:
            m._check()
            assert len(m) == len(self.model)
            assert dict(m.items()) == self.model


TestHashMapMachine = HashMapMachine.TestCase


@pytest.mark.parametrize("cls", MAPS)
def test_iteration_uses_constant_extra_space(cls):
    # The table says O(1) extra space; the probing map used to copy its whole key table.
    m = cls((k, k) for k in range(20_000))
    tracemalloc.start()
    try:
        total = sum(1 for _ in m)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert total == 20_000 and peak < 10_000, peak
