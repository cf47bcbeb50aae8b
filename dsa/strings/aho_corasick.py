"""Aho–Corasick: find every occurrence of many patterns in one pass over the text.

Searching for ``k`` patterns one at a time reads the text ``k`` times. Aho and Corasick (1975)
merge the patterns into a trie (:mod:`dsa.structures.trie`) and walk the text through it once.
Each trie node is a *state*: the string spelled from the root to it is a prefix of some
pattern. Two links per state make the walk never go back in the text:

* the **failure link** of a state goes to the longest proper suffix of its string that is also
  a state — where to continue when the next character has no child (KMP's prefix function,
  :mod:`~dsa.strings.kmp`, spread over a trie);
* the **output link** goes to the nearest state along the failure links that ends a pattern,
  so every pattern ending at a position is reported by hopping only between matches.

The links are built breadth-first: a failure link always points to a shallower state, so
building level by level has every link ready before a deeper state needs it.

Invariant of the search: after reading ``text[:i]``, the current state spells the longest
suffix of ``text[:i]`` that is a prefix of some pattern.

*Cost.* Each character moves one level down at most once, and each failure link moves up at
least one level, so the failure links followed never outnumber the characters: at most ``2n``
moves for a text of length ``n``, plus one output hop per match reported. Building costs
O(L) for patterns of total length ``L``: along each pattern's path the failure depth rises by
at most one per character, so the failure links followed while linking number at most ``L``
(``link_moves`` counts them). Each state keeps a dict of its children.

| operation | time | space |
|---|---|---|
| :class:`AhoCorasick` (build) | O(L) | O(L) states |
| :meth:`~AhoCorasick.search` | ≤ 2n moves + O(number of matches) | O(matches) |

>>> ac = AhoCorasick(["he", "she", "his", "hers"])
>>> [(start, ac.patterns[k]) for start, k in ac.search("ushers")]
[(1, 'she'), (2, 'he'), (2, 'hers')]
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

__all__ = ["AhoCorasick"]


class AhoCorasick:
    """An automaton for the ``patterns``; :meth:`search` reports ``(start, pattern index)``.

    ``moves`` counts the state changes made by searches so far, ``link_moves`` the failure
    links followed while building (the tests check the ``2n`` and ``L`` bounds with them).

    >>> AhoCorasick(["a", ""])
    Traceback (most recent call last):
        ...
    ValueError: pattern 1 is empty; an empty pattern would match at every position
    """

    def __init__(self, patterns: Iterable[str]) -> None:
        self.patterns = list(patterns)
        self.moves = self.link_moves = 0
        self._children: list[dict[str, int]] = [{}]
        self._ends: list[list[int]] = [[]]  # indices of the patterns that end at each state
        self._depth = [0]
        for index, pattern in enumerate(self.patterns):
            if not pattern:
                raise ValueError(f"pattern {index} is empty; an empty pattern would match at "
                                 "every position")
            self._ends[self._insert(pattern)].append(index)
        self._fail = [0] * len(self._children)
        self._output = [-1] * len(self._children)  # nearest proper suffix state ending a pattern
        self._link()

    def _insert(self, pattern: str) -> int:
        state = 0
        for ch in pattern:
            if ch not in self._children[state]:
                self._children.append({})
                self._ends.append([])
                self._depth.append(self._depth[state] + 1)
                self._children[state][ch] = len(self._children) - 1
            state = self._children[state][ch]
        return state

    def _link(self) -> None:
        queue = deque(self._children[0].values())  # depth 1: failure link to the root
        while queue:
            state = queue.popleft()
            for ch, child in self._children[state].items():
                queue.append(child)
                fallback = self._fail[state]
                while fallback and ch not in self._children[fallback]:
                    fallback = self._fail[fallback]
                    self.link_moves += 1
                # fallback is shallower than state, so this target is shallower than child
                suffix = self._fail[child] = self._children[fallback].get(ch, 0)
                self._output[child] = suffix if self._ends[suffix] else self._output[suffix]

    def _step(self, state: int, ch: str) -> int:
        children, fail = self._children, self._fail
        while state and ch not in children[state]:
            state = fail[state]
            self.moves += 1
        self.moves += 1
        return children[state].get(ch, 0)

    def search(self, text: str) -> list[tuple[int, int]]:
        """Every ``(start, k)`` with ``patterns[k]`` at ``text[start:]``, in order of end position
        (longest first among those ending together).

        A pattern listed twice is reported twice, once per index.

        >>> AhoCorasick(["a", "ab", "b"]).search("ab")
        [(0, 0), (0, 1), (1, 2)]
        >>> AhoCorasick(["aa", "a", "aa"]).search("aa")
        [(0, 1), (0, 0), (0, 2), (1, 1)]
        """
        found: list[tuple[int, int]] = []
        state = 0
        for i, ch in enumerate(text):
            state = self._step(state, ch)
            hit = state if self._ends[state] else self._output[state]
            while hit > 0:
                found.extend((i + 1 - self._depth[hit], k) for k in self._ends[hit])
                hit = self._output[hit]
        return found

    def __len__(self) -> int:
        """Number of states, the root included (at most 1 + total pattern length).

        >>> len(AhoCorasick(["abc", "abd"]))
        5
        """
        return len(self._children)
