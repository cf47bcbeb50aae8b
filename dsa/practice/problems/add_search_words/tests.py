"""Tests for add-search-words: examples, edges, a brute-force oracle, and a large workload."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _matches(pattern: str, word: str) -> bool:
    if len(pattern) != len(word):
        return False
    return all(p in (".", w) for p, w in zip(pattern, word, strict=True))


def _run(sol, words, patterns):
    d = sol.WordDictionary()
    for word in words:
        d.add_word(word)
    got = [d.search(p) for p in patterns]
    wrong = [type(x).__name__ for x in got if type(x) is not bool]
    expect_true(not wrong, f"search must return a bool, got {wrong[:1]}", words=words,
                patterns=patterns)
    return got


def test_example_1(sol):
    words, patterns = ["lamp", "limp"], ["l.mp", "l..", "lam"]
    expect(_run(sol, words, patterns), [True, False, False], words=words, patterns=patterns)


def test_example_2(sol):
    words, patterns = ["ab", "cd"], [".d", "..", "a.d"]
    expect(_run(sol, words, patterns), [True, True, False], words=words, patterns=patterns)


def test_empty_dictionary(sol):
    patterns = ["", ".", "a"]
    expect(_run(sol, [], patterns), [False, False, False], words=[], patterns=patterns)


def test_empty_word_and_longer_word(sol):
    words, patterns = ["", "abc"], ["", ".", "...", "....", "ab"]
    want = [True, False, True, False, False]
    expect(_run(sol, words, patterns), want, words=words, patterns=patterns)


def test_dot_must_try_every_branch(sol):
    words, patterns = ["ax", "by", "cz"], [".z", ".y", ".x", ".w"]
    want = [True, True, True, False]
    expect(_run(sol, words, patterns), want, words=words, patterns=patterns)


def test_separate_dictionaries(sol):
    sol.WordDictionary().add_word("hello")
    expect(sol.WordDictionary().search("hello"), False,
           calls="a.add_word('hello'); WordDictionary().search('hello')")


@given(words=st.lists(st.text(alphabet="abc", max_size=4), max_size=12),
       patterns=st.lists(st.text(alphabet="abc.", max_size=4), min_size=1, max_size=12))
def test_matches_brute_force(sol, words, patterns):
    want = [any(_matches(p, w) for w in words) for p in patterns]
    expect(_run(sol, list(words), list(patterns)), want, words=words, patterns=patterns)


def test_large_workload(sol):
    # 10,000 words and 5,000 searches: a trie answers each quickly; scanning every word does not.
    rng = random.Random(66)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=10)) for _ in range(10_000)]
    stored = set(words)
    d = sol.WordDictionary()
    for word in words:
        d.add_word(word)
    got = want = 0
    for i in range(5_000):
        probe = list(words[i] if i % 2 else "".join(rng.choices(letters, k=10)))
        probe[rng.randrange(10)] = "."
        pattern = "".join(probe)
        got += d.search(pattern)
        # A random word with one dot collides with a stored one with probability ~1e-8.
        want += i % 2 == 1 or any(pattern.replace(".", c) in stored for c in letters)
    expect(got, want, words="10,000 random 10-letter words", searches="5,000 one-dot patterns")


@given(words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", max_size=6), max_size=12),
       patterns=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz.", max_size=6), min_size=1,
                         max_size=12))
def test_all_letters_match_brute_force(sol, words, patterns):
    want = [any(_matches(p, w) for w in words) for p in patterns]
    expect(_run(sol, list(words), list(patterns)), want, words=words, patterns=patterns)


def test_longest_words_three_dots(sol):
    # 5,000 words of the longest length, 25, and 3,000 patterns with three dots. The trie
    # follows the few branches that exist; trying all 26³ letters for the dots does not.
    rng = random.Random(25)
    letters = "abcdefghijklmnopqrstuvwxyz"
    words = ["".join(rng.choices(letters, k=25)) for _ in range(5_000)]
    d = sol.WordDictionary()
    for word in words:
        d.add_word(word)
    got, want = [], []
    for i in range(3_000):
        probe = list(words[i] if i % 2 else "".join(rng.choices(letters, k=25)))
        for spot in rng.sample(range(25), 3):
            probe[spot] = "."
        pattern = "".join(probe)
        got.append(d.search(pattern))
        # a random 22-letter remainder matches a stored word with probability ~10⁻²⁷
        want.append(i % 2 == 1)
    expect_true(all(type(x) is bool for x in got), "search must return a bool",
                words="5,000 random 25-letter words", searches="3,000 three-dot patterns")
    expect(got, want, words="5,000 random 25-letter words", searches="3,000 three-dot patterns")
