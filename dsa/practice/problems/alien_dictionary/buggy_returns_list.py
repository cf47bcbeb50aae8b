"""Wrong type: returns the list of letters in order, never joined into a string."""

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
        else:
            if len(first) > len(second):
                return []
    ready = deque(c for c, count in waiting.items() if count == 0)
    order = []
    while ready:
        letter = ready.popleft()
        order.append(letter)
        for later in after[letter]:
            waiting[later] -= 1
            if waiting[later] == 0:
                ready.append(later)
    return order if len(order) == len(after) else []
