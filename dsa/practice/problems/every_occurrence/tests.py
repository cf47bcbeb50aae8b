"""Tests for every-occurrence: the examples, overlaps, patterns longer than the text, a
position-by-position oracle over small alphabets and non-ASCII text, and the largest sizes
where comparing at every start is quadratic."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect

N = 200_000


def _every_start(text, pattern):
    return [i for i in range(len(text) - len(pattern) + 1) if text.startswith(pattern, i)]


def check(sol, text, pattern, want=None, shown_text=None, shown_pattern=None):
    if want is None:
        want = _every_start(text, pattern)
    got = sol.occurrences(text, pattern)
    expect(got, want, text=shown_text or text, pattern=shown_pattern or pattern)


def test_example_1(sol):
    check(sol, "abababca", "abab", [0, 2])


def test_example_2_overlaps(sol):
    check(sol, "aaaa", "aa", [0, 1, 2])


def test_example_3_non_ascii(sol):
    check(sol, "héhéhé 🎵", "hé", [0, 2, 4])
    check(sol, "🎵🎶🎵🎶🎵", "🎵🎶🎵", [0, 2])


def test_example_4_pattern_longer(sol):
    check(sol, "short", "much longer", [])
    check(sol, "ab", "abc", [])


def test_whole_text_and_single_characters(sol):
    check(sol, "abc", "abc", [0])
    check(sol, "x", "x", [0])
    check(sol, "x", "y", [])
    check(sol, "abcabc", "c", [2, 5])


def test_fallback_inside_a_failed_attempt(sol):
    check(sol, "aaab", "aab", [1])
    check(sol, "abaabaabab", "abaabab", [3])
    check(sol, "ababcabababcab", "ababcab", [0, 7])


@given(text=st.text("ab", max_size=40), pattern=st.text("ab", min_size=1, max_size=6))
def test_matches_every_start_two_letters(sol, text, pattern):
    check(sol, text, pattern)


@given(text=st.text(st.sampled_from("aé🎵"), max_size=30),
       pattern=st.text(st.sampled_from("aé🎵"), min_size=1, max_size=5))
def test_matches_every_start_non_ascii(sol, text, pattern):
    check(sol, text, pattern)


@given(text=st.text(min_size=1, max_size=30), data=st.data())
def test_pattern_cut_from_the_text(sol, text, data):
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    check(sol, text, text[i:j])


def test_largest_size_long_near_miss(sol):
    # Every start matches 99,999 characters before failing: O(n · m) would take 10**10 steps.
    text = "a" * N
    pattern = "a" * 99_999 + "b"
    check(sol, text, pattern, [], shown_text="'a' * 200,000", shown_pattern="'a' * 99,999 + 'b'")


def test_largest_size_all_overlapping(sol):
    text = "é" * N
    check(sol, text, "é" * 100_000, list(range(100_001)), shown_text="'é' * 200,000",
          shown_pattern="'é' * 100,000")


def test_largest_size_pattern_is_the_text(sol):
    rng = random.Random(5)
    text = "".join(rng.choice("ab🎵") for _ in range(N))
    check(sol, text, text, [0], shown_text="200,000 random characters from 'ab🎵'",
          shown_pattern="the same text")
    check(sol, text, text[:-1] + "c", [], shown_text="200,000 random characters from 'ab🎵'",
          shown_pattern="the text with its last character changed")


def test_largest_size_random_periodic(sol):
    rng = random.Random(6)
    unit = "".join(rng.choice("xy") for _ in range(7))
    text = (unit * (N // 7 + 1))[:N]
    pattern = unit * 3 + unit[:4]
    check(sol, text, pattern, shown_text=f"{unit!r} repeated to 200,000 characters",
          shown_pattern=f"{unit!r} * 3 + {unit[:4]!r}")
