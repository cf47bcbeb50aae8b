"""Alien dictionary: letter facts from neighbouring words, then a topological sort (Kahn).

Sorted order is decided by the first position where two neighbouring words differ, so each
neighbouring pair yields at most one fact "x before y" (pairs further apart add nothing new,
by transitivity). A word followed by its own proper prefix contradicts every alphabet. Any
topological order of the facts' graph, with fact-free letters placed anywhere, sorts the words;
if Kahn's algorithm cannot free every letter, the facts contain a cycle and no order exists.
O(C) time for C letters in all; O(U + min(U², n)) space for U letters and n words.
"""

from collections import deque
from itertools import pairwise


def alien_order(words: list[str]) -> str:
    """Return the used letters in an order that sorts ``words``, or "" if no order does."""
    after: dict[str, set[str]] = {c: set() for word in words for c in word}
    waiting = dict.fromkeys(after, 0)
    for first, second in pairwise(words):
        for x, y in zip(first, second, strict=False):
            if x != y:
                if y not in after[x]:
                    after[x].add(y)
                    waiting[y] += 1
                break
        else:
            if len(first) > len(second):
                return ""
    ready = deque(c for c, count in waiting.items() if count == 0)
    order = []
    while ready:
        letter = ready.popleft()
        order.append(letter)
        for later in after[letter]:
            waiting[later] -= 1
            if waiting[later] == 0:
                ready.append(later)
    return "".join(order) if len(order) == len(after) else ""
