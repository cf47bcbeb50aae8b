"""Forgets the prefix rule: a word listed before its own prefix is not caught as a contradiction."""

from collections import deque
from itertools import pairwise


def alien_order(words: list[str]) -> str:
    after: dict[str, set[str]] = {c: set() for word in words for c in word}
    waiting = dict.fromkeys(after, 0)
    for first, second in pairwise(words):
        for x, y in zip(first, second, strict=False):
            if x != y:
                if y not in after[x]:
                    after[x].add(y)
                    waiting[y] += 1
                break
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
