"""Tests for dictionary-hit-counts: examples, overlaps, a brute-force oracle, the largest sizes."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect


def _brute(text, words):
    return [sum(text.startswith(w, i) for i in range(len(text))) for w in words]


def _check(sol, text, words, want=None, shown=None):
    if want is None:
        want = _brute(text, words)
    got = sol.count_hits(text, list(words))
    if shown is None:
        shown = {"text": text, "words": words}
    expect(got, want, **shown)


def test_example_1(sol):
    _check(sol, "ushers", ["he", "she", "his", "hers"], [1, 1, 0, 1])


def test_example_2_overlaps(sol):
    _check(sol, "aaaa", ["a", "aa", "aaa", "b"], [4, 3, 2, 0])


def test_example_3_repeated_word(sol):
    _check(sol, "abab", ["ab", "ab", "bab"], [2, 2, 1])


def test_word_longer_than_text(sol):
    _check(sol, "ab", ["abc", "b"], [0, 1])


def test_suffix_words_inside_a_failed_branch(sol):
    # After 'abcx' the walk must fall back from 'abc' to 'bc'… and still count 'c' and 'cx'.
    _check(sol, "abcxbcd", ["abcd", "bcx", "c", "cx", "bcd", "d"])


def test_non_ascii(sol):
    _check(sol, "добро пожаловать, добро", ["добро", "о", "ать", "🙂"], [2, 6, 1, 0])


@given(text=st.text(alphabet="abc", min_size=1, max_size=30),
       words=st.lists(st.text(alphabet="abc", min_size=1, max_size=5), min_size=1, max_size=8))
def test_matches_brute_force(sol, text, words):
    _check(sol, text, words)


@given(text=st.text(min_size=1, max_size=20), data=st.data())
def test_matches_brute_force_any_characters(sol, text, data):
    pieces = st.integers(0, len(text) - 1).flatmap(
        lambda i: st.integers(i + 1, len(text)).map(lambda j: text[i:j]))
    words = data.draw(st.lists(pieces | st.text(min_size=1, max_size=3), min_size=1,
                               max_size=6), label="words")
    _check(sol, text, words)


def test_largest_text_many_nested_words(sol):
    # 'a', 'aa', …, 447 'a's (total length 100,128 > limit, so stop at 446): each text position
    # ends ~446 matches. Listing matches one by one is ~44 million steps.
    n = 100_000
    words = ["a" * k for k in range(1, 447)]
    want = [n - k + 1 for k in range(1, 447)]
    _check(sol, "a" * n, words, want,
           {"text": f"'a' * {n}", "words": "'a', 'aa', …, 'a' * 446"})


def test_largest_word_count(sol):
    # 10,000 random words of length 10 over four letters, in random text: each found about
    # 100,000 / 4**10 times; checked against str.find loops (fine here, with no long runs).
    rng = random.Random(10_000)
    n = 100_000
    text = "".join(rng.choice("acgt") for _ in range(n - 2)) + "ðÐ"
    words = []
    for k in range(10_000):
        if k % 3 == 0:
            i = rng.randrange(n - 10)
            words.append(text[i:i + 10])
        else:
            words.append("".join(rng.choice("acgt") for _ in range(10)))
    words[-1] = "ðÐ"
    want = []
    for w in words:
        count, i = 0, text.find(w)
        while i >= 0:
            count += 1
            i = text.find(w, i + 1)
        want.append(count)
    _check(sol, text, words, want,
           {"text": f"{n} random letters of 'acgt' ending in 'ðÐ'", "words": "10,000 words"})


def test_longest_word(sol):
    # One word of 1,000 letters found 99 times in a periodic text, and its failed near-copies.
    unit = "é" + "b" * 9
    word = unit * 100
    text = unit * 10_000
    words = [word, word[:-1] + "c", "b" * 9 + "é", "bé"]
    want = [9_901, 0, 9_999, 9_999]
    _check(sol, text, words, want,
           {"text": "('é' + 'b' * 9) * 10,000", "words": "the unit * 100 and three others"})
