"""Tests for choose-modulo-prime: examples, edges, math.comb as oracle, Pascal's rule at the
largest size."""

import math
import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true

M = 1_000_000_007
TOP = 1_000_000
HALF_OF_TOP = 996_692_777  # math.comb(10**6, 5 * 10**5) % M, computed once (it takes seconds)


def _check(sol, ns, ks, want=None, shown=None):
    if want is None:
        want = [math.comb(n, k) % M for n, k in zip(ns, ks, strict=False)]
    got = sol.binomials_mod(list(ns), list(ks))
    expect(got, want, **(shown or {"ns": ns, "ks": ks}))


def test_example_1(sol):
    _check(sol, [5, 10, 3, 0], [2, 0, 4, 0], [10, 1, 0, 1])


def test_example_2(sol):
    _check(sol, [TOP], [TOP // 2], [HALF_OF_TOP])


def test_edges(sol):
    _check(sol, [0, 1, 1, 2, 7, 7, 0], [1, 0, 1, 1, 7, 8, TOP], [0, 1, 1, 2, 1, 0, 0])


def test_values_past_the_modulus(sol):
    # C(40, 20) = 137,846,528,820 > M, so the remainder matters.
    _check(sol, [40, 60, 100], [20, 30, 50])


@given(pairs=st.lists(st.tuples(st.integers(0, 400), st.integers(0, 450)), min_size=1,
                      max_size=40))
def test_matches_math_comb(sol, pairs):
    _check(sol, [n for n, _ in pairs], [k for _, k in pairs])


def test_largest_size_pascal_and_symmetry(sol):
    # 100,000 questions with n up to 10⁶, in groups of three, (n, k), (n - 1, k - 1), (n - 1, k):
    # Pascal's rule must hold between them; a few answers are known exactly.
    rng = random.Random(TOP)
    ns, ks = [TOP, 0, TOP, 5, 3_000, 3_000], [TOP // 2, 0, TOP, TOP, 1_234, 1_766]
    known = [HALF_OF_TOP, 1, 1, 0, math.comb(3_000, 1_234) % M, math.comb(3_000, 1_766) % M]
    while len(ns) < 99_999:
        n = rng.randint(2, TOP)
        k = rng.randint(1, n - 1)
        ns += [n, n - 1, n - 1]
        ks += [k, k - 1, k]
    ns.append(TOP)
    ks.append(1)
    got = sol.binomials_mod(list(ns), list(ks))
    shown = {"ns": "100,000 values up to 10**6", "ks": "Pascal triples"}
    expect_true(type(got) is list and len(got) == len(ns) and all(type(v) is int for v in got),
                "expected a list of one int per question", **shown)
    expect(got[:6], known, **shown)
    expect(got[-1], TOP, ns=TOP, ks=1)
    for i in range(6, len(ns) - 1, 3):
        expect_true(got[i] == (got[i + 1] + got[i + 2]) % M and 0 <= got[i] < M,
                    f"C({ns[i]}, {ks[i]}) != C({ns[i] - 1}, {ks[i] - 1}) + C({ns[i] - 1}, "
                    f"{ks[i]}) mod M", **shown)
