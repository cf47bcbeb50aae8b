"""No cycle detection: a DFS post-order with only a visited set returns an order for a cycle."""

from itertools import pairwise


def alien_order(words: list[str]) -> str:
    after: dict[str, list[str]] = {c: [] for word in words for c in word}
    for first, second in pairwise(words):
        for x, y in zip(first, second, strict=False):
            if x != y:
                after[x].append(y)
                break
        else:
            if len(first) > len(second):
                return ""
    visited: set[str] = set()
    postorder: list[str] = []

    def visit(letter: str) -> None:
        visited.add(letter)
        for later in after[letter]:
            if later not in visited:
                visit(later)
        postorder.append(letter)

    for letter in after:
        if letter not in visited:
            visit(letter)
    return "".join(reversed(postorder))
