"""The BWT against sorting every rotation, its inverse against the original, reads counted."""

import itertools
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import CountingList, Tally
from dsa.strings import FMIndex, bwt, inverse_bwt


def by_rotations(text, sentinel):
    """The definition, with the sentinel mapped to a code point below every other."""
    s = text + sentinel
    rotations = sorted((s[i:] + s[:i] for i in range(len(s))),
                       key=lambda r: [-1 if c == sentinel else ord(c) for c in r])
    return "".join(r[-1] for r in rotations)


texts = st.text("ab", max_size=40) | st.text("acgt", max_size=40) | st.text(max_size=15)


@given(text=texts)
def test_bwt_matches_sorted_rotations_and_inverts(text):
    sentinel = "$" if "$" not in text else "\x00"
    if sentinel in text:
        return
    transformed = bwt(text, sentinel)
    assert transformed == by_rotations(text, sentinel)
    assert sorted(transformed) == sorted(text + sentinel)  # a permutation
    assert inverse_bwt(transformed, sentinel) == text


def test_a_sentinel_that_sorts_above_the_text_still_works():
    # "~" > every letter, but it is treated as the smallest
    assert bwt("banana", "~") == "annb~aa" and inverse_bwt("annb~aa", "~") == "banana"


def test_bad_sentinels_are_named():
    with pytest.raises(ValueError, match="one character, got '##'"):
        bwt("abc", "##")
    with pytest.raises(ValueError, match="holds it 2 times"):
        inverse_bwt("a$$")


def test_runs_appear_in_repetitive_text():
    text = "to be or not to be that is the question " * 20
    runs = sum(1 for a, b in itertools.pairwise(bwt(text)) if a != b) + 1
    plain_runs = sum(1 for a, b in itertools.pairwise(text) if a != b) + 1
    assert runs < plain_runs / 5


def test_inverse_reads_each_character_twice():
    rng = random.Random(9)
    for n in (1000, 4000, 16000):
        last = bwt("".join(rng.choice("acgt") for _ in range(n)))
        tally = Tally()
        assert len(inverse_bwt(CountingList(last, tally))) == n
        # one pass to count (its iteration ends on one read past the end), one read per step
        assert tally.reads == (n + 2) + n


def all_occurrences(text, pattern):
    return [i for i in range(len(text) + 1) if text.startswith(pattern, i)]


@given(text=texts, pattern=st.text("ab", max_size=4) | st.text("acgt", max_size=3))
def test_fm_index_counts_and_locates_every_occurrence(text, pattern):
    if "$" in text:
        return
    index = FMIndex(text)
    expected = all_occurrences(text, pattern)
    assert index.count(pattern) == len(expected)
    assert index.locate(pattern) == expected


def test_the_sentinel_is_never_found_in_the_text():
    assert FMIndex("banana").count("a$") == 0 and FMIndex("banana").locate("$") == []


def test_a_search_costs_two_lookups_per_character_whatever_the_text_length():
    rng = random.Random(13)
    for n in (1000, 10_000):
        genome = "".join(rng.choice("acgt") for _ in range(n))
        index = FMIndex(genome)
        for start in range(0, n - 20, n // 10):
            read = genome[start : start + 12]
            index.lookups = 0
            assert start in index.locate(read)
            assert index.lookups == 2 * len(read)
