"""String search against every ``str.startswith`` occurrence; suffix arrays against sorting."""

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from dsa.strings import (
    kmp_search,
    lcp_array,
    prefix_function,
    rabin_karp_search,
    suffix_array,
    suffix_array_search,
    z_function,
    z_search,
)


def common_prefix_length(a, b):
    shorter = min(len(a), len(b))
    return next((k for k in range(shorter) if a[k] != b[k]), shorter)


def all_occurrences(text, pattern):
    return [i for i in range(len(text) + 1) if text.startswith(pattern, i)]


texts = st.text("ab", max_size=30) | st.text("abcd", max_size=30)
patterns = st.text("ab", max_size=4) | st.text("abcd", max_size=3)


@given(text=texts, pattern=patterns)
def test_searches_find_every_occurrence(text, pattern):
    expected = all_occurrences(text, pattern)
    assert kmp_search(text, pattern) == expected
    assert rabin_karp_search(text, pattern) == expected
    assert z_search(text, pattern) == expected
    assert suffix_array_search(text, pattern) == expected


@given(text=texts, pattern=patterns, modulus=st.integers(2, 7))
def test_rabin_karp_is_exact_even_when_hashes_collide(text, pattern, modulus):
    assert rabin_karp_search(text, pattern, modulus=modulus) == all_occurrences(text, pattern)


@given(text=st.text(max_size=20), pattern=st.text(max_size=3))
def test_searches_on_any_unicode(text, pattern):
    expected = all_occurrences(text, pattern)
    assert kmp_search(text, pattern) == rabin_karp_search(text, pattern) == expected
    assert z_search(text, pattern) == suffix_array_search(text, pattern) == expected


@given(s=texts)
def test_prefix_function_matches_definition(s):
    expected = [
        max(k for k in range(i + 1) if s[:k] == s[i + 1 - k : i + 1] and k <= i)
        for i in range(len(s))
    ]
    assert prefix_function(s) == expected


@given(s=texts)
def test_z_function_matches_definition(s):
    def common_prefix(i):
        k = 0
        while i + k < len(s) and s[k] == s[i + k]:
            k += 1
        return k

    assert z_function(s) == [common_prefix(i) for i in range(len(s))]


@given(s=st.text("ab", max_size=40) | st.text(max_size=20))
def test_suffix_array_matches_sorting_suffixes(s):
    sa = suffix_array(s)
    assert sa == sorted(range(len(s)), key=lambda i: s[i:])
    expected_lcp = [0][: len(s)] + [common_prefix_length(s[a:], s[b:]) for a, b in pairwise(sa)]
    assert lcp_array(s, sa) == expected_lcp == lcp_array(s)


def test_suffix_array_published_example():
    assert suffix_array("mississippi") == [10, 7, 4, 1, 0, 9, 8, 6, 3, 5, 2]
    assert suffix_array("aaaa") == [3, 2, 1, 0]


def test_bad_arguments():
    import pytest

    with pytest.raises(ValueError, match="modulus"):
        rabin_karp_search("abc", "a", modulus=1)
    with pytest.raises(ValueError, match="permutation"):
        lcp_array("abc", [0, 0, 1])
