"""Aho–Corasick against searching each pattern by brute force, and its moves counted."""

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dsa.strings import AhoCorasick


def brute_force(patterns, text):
    return sorted((i, k) for k, p in enumerate(patterns)
                  for i in range(len(text) - len(p) + 1) if text.startswith(p, i))


@given(patterns=st.lists(st.text("ab", min_size=1, max_size=5) | st.text("abc", min_size=1,
                                                                          max_size=3),
                         min_size=1, max_size=8),
       text=st.text("ab", max_size=40) | st.text("abc", max_size=30))
def test_reports_every_occurrence_of_every_pattern(patterns, text):
    found = AhoCorasick(patterns).search(text)
    assert sorted(found) == brute_force(patterns, text)
    ends = [(start + len(patterns[k]), -len(patterns[k])) for start, k in found]
    assert ends == sorted(ends)  # by end position, longest first among equal ends


def test_empty_pattern_is_refused_by_position():
    with pytest.raises(ValueError, match="pattern 2 is empty"):
        AhoCorasick(["a", "b", ""])


def test_no_patterns_and_unicode():
    assert AhoCorasick([]).search("anything") == []
    assert AhoCorasick(["né", "été"]).search("un été né") == [(3, 1), (7, 0)]


def test_moves_are_at_most_twice_the_text_length():
    rng = random.Random(3)
    for n in (1000, 4000, 16000):
        text = "".join(rng.choice("ab") for _ in range(n))
        patterns = ["".join(rng.choice("ab") for _ in range(rng.randint(1, 12))) for _ in range(40)]
        for automaton in (AhoCorasick(patterns), AhoCorasick(["a" * 30 + "b"])):
            automaton.search(text)
            assert automaton.moves <= 2 * n, (n, automaton.moves)
        worst = AhoCorasick(["a" * 50 + "b"])  # climbs 50 levels, falls back, climbs again
        worst.search(("a" * 50 + "c") * (n // 51))
        assert worst.moves <= 2 * n


def test_states_and_linking_work_never_exceed_the_total_pattern_length():
    rng = random.Random(5)
    for alphabet in ("ab", "acgt"):
        patterns = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 20)))
                    for _ in range(200)]
        automaton = AhoCorasick(patterns)
        total = sum(map(len, patterns))
        assert len(automaton) <= 1 + total
        assert automaton.link_moves <= total
    # the pattern whose failure depth rises and falls the most: a^k b, many times over
    worst = AhoCorasick(["a" * 20 + "b"] * 3 + ["ab" * 20, "aab" * 10])
    assert worst.link_moves <= 21 * 3 + 40 + 30
