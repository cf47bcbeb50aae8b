"""Trie against a set of strings with prefix filtering."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule

from dsa.structures.trie import Trie

words = st.text(alphabet="abc", max_size=5)


@given(st.lists(words), st.lists(words), words)
def test_matches_set_with_prefix_filter(added, removed, prefix):
    t, model = Trie(added), set(added)
    for w in removed:
        t.discard(w)
        model.discard(w)
    t._check()
    assert list(t) == sorted(model) and len(t) == len(model)
    expected = sorted(w for w in model if w.startswith(prefix))
    assert t.with_prefix(prefix) == expected
    assert t.count_prefix(prefix) == len(expected)
    assert t.has_prefix(prefix) == bool(expected)
    assert (prefix in t) == (prefix in model)
    prefixes = [w for w in model if prefix.startswith(w)]
    assert t.longest_prefix_of(prefix) == (max(prefixes, key=len) if prefixes else None)


def test_empty_string_is_a_word_like_any_other():
    t = Trie()
    assert "" not in t and t.longest_prefix_of("abc") is None
    t.add("")
    assert "" in t and len(t) == 1 and t.longest_prefix_of("abc") == ""
    t.remove("")
    assert len(t) == 0
    t._check()


def test_removal_prunes_only_unshared_branches():
    t = Trie(["car", "cart", "cat"])
    t.remove("cart")
    assert "t" not in t.root.children["c"].children["a"].children["r"].children
    t.remove("car")
    assert "r" not in t.root.children["c"].children["a"].children
    assert list(t) == ["cat"]
    t._check()


def test_errors():
    t = Trie(["a"])
    with pytest.raises(KeyError, match="not in the trie"):
        t.remove("b")
    with pytest.raises(TypeError, match="stores strings"):
        t.add(1)
    assert 1 not in t and None not in Trie()  # like a set of strings: False, not TypeError
    with pytest.raises(KeyError, match="not in the trie"):
        t.remove(1)
    assert repr(t) == "Trie(['a'])"


class TrieMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.t = Trie()
        self.model = set()

    @rule(w=words)
    def add(self, w):
        assert self.t.add(w) == (w not in self.model)
        self.model.add(w)

    @rule(w=words)
    def remove(self, w):
        if w in self.model:
            self.t.remove(w)
            self.model.remove(w)
        else:
            with pytest.raises(KeyError):
                self.t.remove(w)

    @invariant()
    def same_words_and_counts(self):
        self.t._check()
        assert list(self.t) == sorted(self.model)


TestTrieMachine = TrieMachine.TestCase


class CountingStr(str):
    """A string that tallies the characters of every string built from it by ``+``."""

    built = 0

    def __add__(self, other):
        result = CountingStr(str.__add__(self, other))
        CountingStr.built += len(result)
        return result


@pytest.mark.parametrize("words", [["x" * 3000], [("ab" * 400)[:k] for k in range(1, 801)],
                                   ["tea", "ten", "to", "inn", "in", ""]])
def test_listing_builds_each_word_once(words):
    # Before the fix every node built ``word + ch``: 4.5 million characters for one word of
    # 3,000. Now the characters built are the characters listed, plus the prefix per word.
    t = Trie(words)
    CountingStr.built = 0
    listed = t.with_prefix(CountingStr(""))
    assert listed == sorted(words)
    assert CountingStr.built <= sum(map(len, words)) + len(words)


def test_long_words_do_not_recurse():
    # Before the fix _check recursed once per character: RecursionError past ~1,000.
    word = "ab" * 5000
    t = Trie([word, word[:7000], "b"])
    t._check()
    assert list(t) == [word[:7000], word, "b"] and t.count_prefix(word[:6000]) == 2
    t.remove(word)
    t._check()
    assert list(t) == [word[:7000], "b"]


def test_tries_compare_like_sets_of_words():
    assert Trie(["a", "ab"]) == Trie(["ab", "a"]) and Trie() == Trie()
    assert Trie(["a"]) != Trie(["b"]) and Trie(["a"]) != {"a"}
    with pytest.raises(TypeError):
        hash(Trie())
