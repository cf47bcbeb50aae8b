"""Tests for group-anagrams: examples, edge cases, a pairwise oracle and the largest size."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def normal(groups):
    """Groups in a fixed order (by first word), so any order of groups compares equal."""
    return sorted(groups)


def oracle(words):
    """Brute force: put each word in the first group whose first word has the same letter counts."""
    groups = []
    for word in words:
        for group in groups:
            if sorted(group[0]) == sorted(word):
                group.append(word)
                break
        else:
            groups.append([word])
    return groups


def check(sol, words):
    got = sol.group_anagrams(list(words))
    expect_true(isinstance(got, list) and all(isinstance(g, list) for g in got),
                f"expected a list of lists, got {type(got).__name__}", words=words)
    expect(normal(got), normal(oracle(words)), words=words)


def test_example_1(sol):
    check(sol, ["eat", "tea", "tan", "ate", "nat", "bat"])


def test_example_2_counts_matter(sol):
    check(sol, ["aab", "abb", "ab"])


def test_example_3_empty_word(sol):
    check(sol, [""])


def test_no_words(sol):
    expect(sol.group_anagrams([]), [], words=[])


def test_repeated_words(sol):
    check(sol, ["ab", "ba", "ab", "c", "c"])


@given(words=st.lists(st.text(alphabet="abc", max_size=4), max_size=15))
def test_matches_pairwise_oracle(sol, words):
    check(sol, words)


LETTERS = "abcdefghijklmnopqrstuvwxyz"


@given(words=st.lists(st.text(alphabet=LETTERS, max_size=20), max_size=15))
def test_matches_pairwise_oracle_all_letters(sol, words):
    check(sol, words)


def test_same_sums_different_letters(sol):
    # equal length, letter-code sum and sum of squared codes, yet not anagrams
    check(sol, ["accc", "bbbd", "cacc", "dbbb"])
    check(sol, ["wyyy", "xxxz", "yyyw"])


def test_one_letter_many_times(sol):
    # a letter 16 or 20 times must not look like the next letter once
    check(sol, ["a" * 16, "b", "a" * 20, "bbbb", "a" * 16 + "b", "bb", "z" * 20, "y" * 20])
    check(sol, [LETTERS[:20], LETTERS[6:], LETTERS[:20][::-1], LETTERS[6:][::-1]])


def test_largest_size(sol):
    # 20,000 words in 10,000 groups of two: word i holds letter j as often as base-3 digit j
    # of i says (so no two bases are anagrams), and its partner is the same word reversed.
    bases = []
    for i in range(1, 10_001):
        bases.append("".join(chr(ord("a") + j) * (i // 3**j % 3) for j in range(10)))
    words = bases + [b[::-1] for b in bases]
    got = sol.group_anagrams(list(words))
    want = [[b, b[::-1]] for b in bases]
    expect(normal(got), normal(want), words="10,000 words, then each of them reversed")
