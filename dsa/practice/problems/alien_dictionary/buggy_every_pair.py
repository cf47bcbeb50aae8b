"""Quadratic: compares every pair of words, not just neighbours, O(n²) word comparisons."""

from collections import deque


def alien_order(words: list[str]) -> str:
    after: dict[str, set[str]] = {c: set() for word in words for c in word}
    for i, first in enumerate(words):
        for second in words[i + 1:]:
            for x, y in zip(first, second, strict=False):
                if x != y:
                    after[x].add(y)
                    break
            else:
                if len(first) > len(second):
                    return ""
    waiting = dict.fromkeys(after, 0)
    for targets in after.values():
        for y in targets:
            waiting[y] += 1
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
