"""Tests for replace-words: examples, edges, a brute-force oracle, and the largest size."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _oracle(roots, sentence):
    out = []
    for word in sentence.split():
        fits = [r for r in roots if word.startswith(r)]
        out.append(min(fits, key=len) if fits else word)
    return " ".join(out)


def _check(sol, roots, sentence):
    got = sol.replace_words(list(roots), sentence)
    expect_true(type(got) is str, f"expected a str, got {type(got).__name__}", roots=roots,
                sentence=sentence)
    expect(got, _oracle(roots, sentence), roots=roots, sentence=sentence)


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


def test_examples_return_a_str(sol):
    _check(sol, ["re", "un", "undo"], "undone work redone")
    _check(sol, ["cater", "cat", "dog"], "catering cat do")


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


@given(roots=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=3),
                      max_size=8),
       words=st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=4),
                      max_size=8))
def test_all_letters_match_brute_force(sol, roots, words):
    _check(sol, roots, " ".join(words))


def test_longest_roots_and_words(sol):
    # 20,000 roots of 11 to 20 letters and a sentence of 20,000 words of 20 letters
    # (419,999 characters): half the words begin with a root, some with a 20-letter one.
    rng = random.Random(20)
    letters = "abcdefghijklmnopqrstuvwxyz"
    to_letter = bytes(ord(letters[b % 26]) for b in range(256))
    pool = rng.randbytes(820_000).translate(to_letter).decode()
    roots = [pool[20 * i:20 * i + 11 + i % 10] for i in range(20_000)]
    words = [(roots[i] + pool[400_000 + 20 * i:400_020 + 20 * i])[:20] if i % 2
             else pool[400_000 + 20 * i:400_020 + 20 * i] for i in range(20_000)]
    root_set = set(roots)
    want = []
    for word in words:
        fits = [word[:n] for n in range(11, 21) if word[:n] in root_set]
        want.append(fits[0] if fits else word)
    got = sol.replace_words(list(roots), " ".join(words))
    expect_true(type(got) is str, f"expected a str, got {type(got).__name__}",
                roots="20,000 roots of 11-20 letters", sentence="20,000 words of 20 letters")
    expect_true(got == " ".join(want), "wrong replacements",
                roots="20,000 roots of 11-20 letters", sentence="20,000 words of 20 letters")
