"""Tests for alien-dictionary: any valid order is accepted; contradictions must give ""."""

import random
from itertools import pairwise, permutations

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _sorted_under(order, words):
    rank = {c: i for i, c in enumerate(order)}
    keys = [[rank[c] for c in word] for word in words]
    return all(a <= b for a, b in pairwise(keys))


def _some_order_exists(words):
    letters = sorted({c for word in words for c in word})
    return any(_sorted_under(p, words) for p in permutations(letters))


def _check(sol, words, possible=None):
    if possible is None:
        possible = _some_order_exists(words)
    got = sol.alien_order(list(words))
    expect_true(isinstance(got, str), "return a string", words=words, got=got)
    if not possible:
        expect(got, "", words=words)
        return
    letters = {c for word in words for c in word}
    expect_true(len(got) == len(set(got)) and set(got) == letters,
                "the answer must hold every letter of the words exactly once", words=words,
                got=got)
    expect_true(_sorted_under(got, words), "the words are not sorted under this order",
                words=words, got=got)


def test_example_1_prefix_after_word(sol):
    _check(sol, ["bad", "bat", "tab", "ta"], possible=False)


def test_example_2(sol):
    _check(sol, ["cab", "cat", "bat", "tb"], possible=True)


def test_example_3_cycle(sol):
    _check(sol, ["x", "y", "x"], possible=False)


def test_example_4_single_word(sol):
    _check(sol, ["moon"], possible=True)


def test_only_first_difference_counts(sol):
    # "ab" before "ba" says a < b; the second letters (b, a) say nothing.
    _check(sol, ["ab", "ba"], possible=True)


def test_longer_cycle(sol):
    _check(sol, ["ab", "bc", "ca", "ab"], possible=False)
    _check(sol, ["az", "bz", "ca", "ab"], possible=False)


def test_duplicates_and_prefix_first(sol):
    _check(sol, ["ab", "ab", "abc", "b"], possible=True)


@given(words=st.lists(st.text(alphabet="abcde", min_size=1, max_size=4), min_size=1,
                      max_size=6))
def test_matches_permutation_oracle(sol, words):
    _check(sol, words)


@given(alphabet=st.permutations("abcde"),
       words=st.lists(st.text(alphabet="abcde", min_size=1, max_size=4), min_size=1,
                      max_size=8))
def test_consistent_lists_get_an_order(sol, alphabet, words):
    rank = {c: i for i, c in enumerate(alphabet)}
    ordered = sorted(words, key=lambda w: [rank[c] for c in w])
    _check(sol, ordered, possible=True)


def test_largest_size(sol):
    rng = random.Random(26)
    alphabet = list("abcdefghijklmnopqrstuvwxyz")
    rng.shuffle(alphabet)
    rank = {c: i for i, c in enumerate(alphabet)}
    words = ["".join(rng.choices(alphabet, k=rng.randint(1, 20))) for _ in range(10_000)]
    words.sort(key=lambda w: [rank[c] for c in w])
    _check(sol, words, possible=True)
    # Consecutive first letters already pin the whole alphabet, so moving the first word to the
    # end (after a word with the last letter) contradicts it.
    _check(sol, [*words[1:], words[0]], possible=False)
