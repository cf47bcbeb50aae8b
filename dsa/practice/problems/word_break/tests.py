"""Tests for word-break."""

from itertools import product

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def splits_by_enumeration(s: str, words: list[str]) -> bool:
    """Brute force: try every way to place cuts between the characters of s."""
    vocabulary = set(words)
    if s == "":
        return True
    for cuts in product([False, True], repeat=len(s) - 1):
        pieces, start = [], 0
        for i, cut in enumerate(cuts, start=1):
            if cut:
                pieces.append(s[start:i])
                start = i
        pieces.append(s[start:])
        if all(p in vocabulary for p in pieces):
            return True
    return False


def check(sol, s, words, want):
    expect(sol.word_break(s, list(words)), want, s=s, words=words)


def test_example_two_ways(sol):
    check(sol, "sunflowerpot", ["sun", "flower", "flow", "erpot", "pot"], True)


def test_example_dead_ends(sol):
    check(sol, "catsand", ["cats", "cat", "sandy", "an"], False)


def test_example_reuse(sol):
    check(sol, "abab", ["ab"], True)


def test_empty_string(sol):
    check(sol, "", ["a"], True)


def test_single_letter(sol):
    check(sol, "q", ["q"], True)
    check(sol, "q", ["qq"], False)


def test_longest_match_is_a_trap(sol):
    check(sol, "aaab", ["aaa", "aa", "ab"], True)


def test_duplicate_words(sol):
    check(sol, "dogdog", ["dog", "dog", "do"], True)


@given(
    s=st.text(alphabet="ab", max_size=12),
    words=st.lists(st.text(alphabet="ab", min_size=1, max_size=4), min_size=1, max_size=6),
)
def test_matches_enumeration(sol, s, words):
    got = sol.word_break(s, list(words))
    expect(got, splits_by_enumeration(s, words), s=s, words=words)


def test_largest_no_split(sol):
    # Every prefix of a's splits, but the final "b" never does: without remembering failed
    # suffixes, the search retries them about 2**199 times.
    s = "a" * 199 + "b"
    words = ["a" * k for k in range(1, 21)]
    check(sol, s, words, False)


def test_largest_split(sol):
    s = "abcde" * 40
    words = ["abc", "de", "a", "bcd", "e", "ab", "cdeab"]
    check(sol, s, words, True)


def test_long_words_needed(sol):
    check(sol, "abcdefghijklmnopqrst" * 2, ["abcdefghijklmnopqrst", "abcdefghij", "ab"], True)
    check(sol, "abcdefghijklmnopqrst", ["abcdefghijk", "lmnopqrst", "abcdefghijklmnopqrs"],
          True)


def test_largest_dictionary(sol):
    # 1,000 words of 20 letters (base-26 numerals with a tail of z's) that never join up, one
    # extra word only usable whole: s is ten 20-letter words, the last of them the extra one.
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = []
    for i in range(999):
        word = letters[i // 26 % 26] + letters[i % 26] + "z" * 17 + "y"
        words.append(word)
    words.append("q" * 20)
    s = "".join(words[i * 97] for i in range(9)) + "q" * 20
    check(sol, s, words, True)
    check(sol, s[:-1] + "r", words, False)
    check(sol, s[:-1], words, False)
