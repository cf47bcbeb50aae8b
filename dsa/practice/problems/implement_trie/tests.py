"""Tests for implement-trie: examples, edge cases, a set-based oracle, and a large workload."""

import random

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect as _expect
from practice.checking import expect_true


def expect(got, want, **inputs):
    """Every answer of a Trie is a bool: a node, a word or None is not one."""
    if type(want) is bool:
        expect_true(type(got) is bool, f"expected a bool, got {type(got).__name__}", **inputs)
    _expect(got, want, **inputs)


def test_example_1(sol):
    t = sol.Trie()
    t.insert("plan")
    expect(t.search("plan"), True, calls="insert('plan'); search('plan')")
    expect(t.search("pla"), False, calls="insert('plan'); search('pla')")
    expect(t.starts_with("pla"), True, calls="insert('plan'); starts_with('pla')")


def test_example_2(sol):
    t = sol.Trie()
    t.insert("ox")
    t.insert("oxen")
    calls = "insert('ox'); insert('oxen')"
    expect(t.search("oxe"), False, calls=calls + "; search('oxe')")
    expect(t.starts_with("oxe"), True, calls=calls + "; starts_with('oxe')")
    expect(t.starts_with(""), True, calls=calls + "; starts_with('')")
    expect(sol.Trie().starts_with(""), False, calls="starts_with('') on an empty trie")


def test_empty_trie(sol):
    t = sol.Trie()
    expect(t.search("a"), False, calls="search('a') on an empty trie")
    expect(t.search(""), False, calls="search('') on an empty trie")
    expect(t.starts_with("a"), False, calls="starts_with('a') on an empty trie")


def test_empty_word_and_duplicates(sol):
    t = sol.Trie()
    t.insert("")
    t.insert("ab")
    t.insert("ab")
    calls = "insert(''); insert('ab'); insert('ab')"
    expect(t.search(""), True, calls=calls + "; search('')")
    expect(t.search("ab"), True, calls=calls + "; search('ab')")
    expect(t.search("a"), False, calls=calls + "; search('a')")
    expect(t.starts_with("abc"), False, calls=calls + "; starts_with('abc')")


def test_separate_tries_do_not_share_words(sol):
    first = sol.Trie()
    first.insert("cat")
    second = sol.Trie()
    expect(second.search("cat"), False, calls="a.insert('cat'); b = Trie(); b.search('cat')")
    expect(second.starts_with("c"), False, calls="a.insert('cat'); b = Trie(); b.starts_with('c')")


words = st.text(alphabet="abc", max_size=5)


@given(ops=st.lists(st.tuples(st.sampled_from(["insert", "search", "starts_with"]), words),
                    max_size=40))
def test_matches_set_oracle(sol, ops):
    t = sol.Trie()
    stored: set[str] = set()
    for i, (op, word) in enumerate(ops):
        if op == "insert":
            t.insert(word)
            stored.add(word)
            continue
        if op == "search":
            want = word in stored
        else:
            want = any(w.startswith(word) for w in stored)
        expect(getattr(t, op)(word), want, ops=ops[: i + 1])


def test_large_workload(sol):
    # 30,000 words then 10,000 prefix queries, half of them absent and half the prefixes of the
    # words inserted last: O(L) per call is instant; scanning the words is some 300 million
    # comparisons, many times the budget on any machine, so its verdict does not hang on load.
    rng = random.Random(6)
    letters = "abcdefghijklmnopqrstuvwxyz"
    stored = ["".join(rng.choices(letters, k=12)) for _ in range(30_000)]
    t = sol.Trie()
    for word in stored:
        t.insert(word)
    prefixes = {word[:6] for word in stored}
    hits = want = 0
    for i in range(10_000):
        probe = stored[-1 - i][:6] if i % 2 else "".join(rng.choices(letters, k=6))
        hits += t.starts_with(probe)
        want += probe in prefixes
    expect(hits, want, words="30,000 random 12-letter words", queries="10,000 six-letter prefixes")
    expect(t.search(stored[123]), True, word=stored[123])
    expect(t.search(stored[123][:11]), False, word=stored[123][:11])


def test_longest_words(sol):
    # 2,000 words of the longest length, 30; searches for them, for them cut after 20 letters
    # and for them with the last letter changed, and prefixes of up to 30 letters.
    rng = random.Random(30)
    letters = "abcdefghijklmnopqrstuvwxyz"
    stored = ["".join(rng.choices(letters, k=30)) for _ in range(2_000)]
    t = sol.Trie()
    for word in stored:
        t.insert(word)
    shown = {"words": "2,000 random 30-letter words"}
    probes = stored[:500]
    probes += [word[:20] for word in stored[500:1000]]
    probes += [word[:29] + ("a" if word[29] != "a" else "b") for word in stored[1000:1500]]
    found = [t.search(probe) for probe in probes]
    expect(found, [True] * 500 + [False] * 1000, queries="search 500 stored words, 500 cut "
           "after 20 letters, 500 with the last letter changed", **shown)
    prefixed = [t.starts_with(stored[i][: 1 + i % 30]) for i in range(1_500)]
    expect(prefixed, [True] * 1_500, queries="1,500 prefixes of stored words, 1 to 30 letters",
           **shown)
