"""Tests for replace-words: examples, edges, a brute-force oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect


def _oracle(roots, sentence):
    out = []
    for word in sentence.split():
        fits = [r for r in roots if word.startswith(r)]
        out.append(min(fits, key=len) if fits else word)
    return " ".join(out)


def _check(sol, roots, sentence):
    expect(sol.replace_words(list(roots), sentence), _oracle(roots, sentence),
           roots=roots, sentence=sentence)


def test_example_1(sol):
    roots, sentence = ["re", "un", "undo"], "undone work redone"
    expect(sol.replace_words(list(roots), sentence), "un work re", roots=roots, sentence=sentence)


def test_example_2(sol):
    roots, sentence = ["cater", "cat", "dog"], "catering cat do"
    expect(sol.replace_words(list(roots), sentence), "cat cat do", roots=roots, sentence=sentence)


def test_empty_sentence(sol):
    expect(sol.replace_words(["a"], ""), "", roots=["a"], sentence="")


def test_no_roots(sol):
    expect(sol.replace_words([], "left as is"), "left as is", roots=[], sentence="left as is")


def test_single_letter_root_and_duplicates(sol):
    _check(sol, ["b", "b", "ba"], "banana b bb ab")


@given(roots=st.lists(st.text(alphabet="ab", min_size=1, max_size=4), max_size=8),
       words=st.lists(st.text(alphabet="ab", min_size=1, max_size=5), max_size=8))
def test_matches_brute_force(sol, roots, words):
    _check(sol, roots, " ".join(words))


def test_largest_size(sol):
    # 20,000 roots and 20,000 words: a trie walk per word is fast; trying every root is ~4e8 steps.
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    roots = ["".join(rng.choices(letters, k=rng.randint(3, 6))) for _ in range(20_000)]
    words = [
        rng.choice(roots) + "".join(rng.choices(letters, k=3)) if i % 2
        else "".join(rng.choices(letters, k=9))
        for i in range(20_000)
    ]
    root_set = set(roots)
    want = []
    for word in words:
        fits = [word[:n] for n in range(1, len(word) + 1) if word[:n] in root_set]
        want.append(fits[0] if fits else word)
    expect(sol.replace_words(list(roots), " ".join(words)), " ".join(want),
           roots="20,000 random roots of 3-6 letters", sentence="20,000 words")
