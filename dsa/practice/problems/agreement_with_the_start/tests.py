"""Tests for agreement-with-the-start: the examples, the empty string, a compare-from-scratch
oracle over small and non-ASCII alphabets, and 200,000 characters where comparing from scratch
is quadratic."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 200_000


def _from_scratch(s):
    n, z = len(s), []
    for i in range(n):
        k = 0
        while i + k < n and s[k] == s[i + k]:
            k += 1
        z.append(k)
    return z


def check(sol, s, want=None, shown=None):
    if want is None:
        want = _from_scratch(s)
    expect(sol.z_values(s), want, s=shown or s)


def test_example_1(sol):
    check(sol, "aabxaab", [7, 1, 0, 0, 3, 1, 0])


def test_example_2_non_ascii(sol):
    check(sol, "ééé", [3, 2, 1])


def test_example_3_empty(sol):
    check(sol, "", [])
    check(sol, "🎵", [1])


def test_window_must_be_capped(sol):
    # A value copied from inside a match window may claim more than the window vouches for.
    check(sol, "aabaaab", [7, 1, 0, 2, 3, 1, 0])
    check(sol, "aaabaaaa", [8, 2, 1, 0, 3, 3, 2, 1])


@given(s=st.text("ab", max_size=40))
def test_matches_from_scratch_two_letters(sol, s):
    check(sol, s)


@given(s=st.text(st.sampled_from("aé🎵"), max_size=30))
def test_matches_from_scratch_non_ascii(sol, s):
    check(sol, s)


def test_largest_size_one_letter(sol):
    check(sol, "é" * N, list(range(N, 0, -1)), shown="'é' * 200,000")


def test_largest_size_periodic(sol):
    # A primitive unit of 7 repeated: z[i] = n - i at multiples of 7, and below 7 elsewhere
    # (agreeing for a whole unit would make the unit equal to one of its rotations).
    unit = "ab🎵aab🎵"
    s = (unit * (N // 7 + 1))[:N]
    want = []
    for i in range(N):
        if i % 7 == 0:
            want.append(N - i)
        else:
            k = 0
            while i + k < N and s[k] == s[i + k]:
                k += 1
            want.append(k)
    check(sol, s, want, shown=f"{unit!r} repeated to 200,000 characters")


def test_largest_size_random(sol):
    rng = random.Random(22)
    s = "".join(rng.choice("ab") for _ in range(N))
    check(sol, s, shown="200,000 random characters from 'ab'")
