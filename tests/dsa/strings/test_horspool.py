"""Horspool against str.startswith at every position; its text reads, best and worst case."""

import random

from hypothesis import given
from hypothesis import strategies as st

from dsa.counting import CountingList, Tally
from dsa.strings import horspool_search, shift_table


def all_occurrences(text, pattern):
    return [i for i in range(len(text) + 1) if text.startswith(pattern, i)]


@given(text=st.text("ab", max_size=40) | st.text("abcd", max_size=40) | st.text(max_size=20),
       pattern=st.text("ab", max_size=5) | st.text("abcd", max_size=3) | st.text(max_size=2))
def test_finds_every_occurrence(text, pattern):
    assert horspool_search(text, pattern) == all_occurrences(text, pattern)


@given(pattern=st.text("abc", min_size=1, max_size=8))
def test_shift_is_the_distance_from_the_last_earlier_copy_to_the_end(pattern):
    m = len(pattern)
    for c, shift in shift_table(pattern).items():
        assert shift == m - 1 - max(j for j in range(m - 1) if pattern[j] == c)
    assert set(shift_table(pattern)) == set(pattern[:-1])


def reads(text, pattern):
    tally = Tally()
    found = horspool_search(CountingList(text, tally), pattern)
    assert found == all_occurrences(text, pattern)
    return tally.reads


def test_absent_characters_let_it_read_about_n_over_m():
    n = 10_000
    for m in (5, 10, 50):
        pattern = "".join(chr(ord("a") + k % 26) for k in range(m))
        assert reads("Z" * n, pattern) == (n - m) // m + 1


def test_worst_case_reads_every_pattern_character_at_every_alignment():
    n = 2000
    for m in (5, 10, 20):
        assert reads("a" * n, "b" + "a" * (m - 1)) == (n - m + 1) * m


def test_random_text_reads_fewer_characters_than_its_length():
    rng = random.Random(8)
    text = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(20_000))
    pattern = text[12_345:12_357]
    assert reads(text, pattern) < len(text) / 5  # KMP and Z read all 20,000
