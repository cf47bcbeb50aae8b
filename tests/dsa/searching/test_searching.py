"""Binary searches against :mod:`bisect`, and the predicate search against a linear scan."""

import bisect

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import CountingList, Tally
from dsa.searching import binary_search, bisect_left, bisect_right, first_true, search_rotated

sorted_lists = st.lists(st.integers(-20, 20), max_size=40).map(sorted)


@given(a=sorted_lists, x=st.integers(-25, 25))
def test_bisects_match_the_standard_library(a, x):
    assert bisect_left(a, x) == bisect.bisect_left(a, x)
    assert bisect_right(a, x) == bisect.bisect_right(a, x)


@given(a=sorted_lists, x=st.integers(-25, 25), data=st.data())
def test_bisects_with_bounds_match(a, x, data):
    lo = data.draw(st.integers(0, len(a)))
    hi = data.draw(st.integers(lo, len(a)))
    assert bisect_left(a, x, lo, hi) == bisect.bisect_left(a, x, lo, hi)
    assert bisect_right(a, x, lo, hi) == bisect.bisect_right(a, x, lo, hi)


@given(a=sorted_lists, x=st.integers(-25, 25))
def test_bisects_with_key_match(a, x):
    pairs = [(v, str(v)) for v in a]
    first = lambda p: p[0]  # noqa: E731
    assert bisect_left(pairs, x, key=first) == bisect.bisect_left(pairs, x, key=first)
    assert bisect_right(pairs, x, key=first) == bisect.bisect_right(pairs, x, key=first)


@given(a=sorted_lists, x=st.integers(-25, 25))
def test_binary_search_finds_leftmost_or_minus_one(a, x):
    expected = a.index(x) if x in a else -1
    assert binary_search(a, x) == expected


@given(lo=st.integers(-50, 50), size=st.integers(0, 60), cut=st.integers(-60, 120))
def test_first_true_matches_linear_scan(lo, size, cut):
    hi = lo + size
    pred = lambda i: i >= cut  # noqa: E731
    expected = next((i for i in range(lo, hi) if pred(i)), hi)
    assert first_true(lo, hi, pred) == expected


def test_bad_ranges_raise():
    with pytest.raises(ValueError, match="lo=5"):
        first_true(5, 2, bool)
    with pytest.raises(ValueError, match="non-negative"):
        bisect_left([1, 2], 1, lo=-1)


@given(values=st.sets(st.integers(-50, 50), max_size=30), shift=st.integers(0, 30))
def test_search_rotated_finds_every_value_and_misses_the_rest(values, shift):
    a = sorted(values)
    if a:
        k = shift % len(a)
        a = a[k:] + a[:k]
    for x in range(-51, 52):
        expected = a.index(x) if x in a else -1
        assert search_rotated(a, x) == expected


@given(values=st.lists(st.integers(0, 4), max_size=30), shift=st.integers(0, 30))
def test_search_rotated_with_duplicates_finds_every_present_value(values, shift):
    # Before the fix, [1, 1, 1, 0, 1] and 0 gave -1: equal ends sent the search the wrong way.
    a = sorted(values)
    if a:
        k = shift % len(a)
        a = a[k:] + a[:k]
    for x in range(-1, 6):
        i = search_rotated(a, x)
        assert (a[i] == x) if x in a else (i == -1)


def test_search_rotated_duplicates_cost_at_most_linear_reads():
    # The O(n) worst case the docstring states: all ones and a single zero.
    for n in (64, 256):
        for where in range(0, n, 7):
            a = [1] * n
            a[where] = 0
            tally = Tally()
            assert search_rotated(CountingList(a, tally), 0) == where
            assert tally.reads <= 3 * n
