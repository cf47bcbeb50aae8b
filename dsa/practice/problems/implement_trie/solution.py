"""Implement a trie: a tree of dicts, one edge per letter, with an end-of-word mark.

Each node is a dict from letter to child node. Walking a word from the root follows one edge per
letter, so every operation is O(L) for an argument of length L, whatever the number of words.
A path can exist because a longer word passes through it, so ``search`` also checks the node's
end mark. Space is O(total letters inserted): each letter adds at most one node.
"""

_END = "$"  # not a lowercase letter, so it cannot clash with a child edge


class Trie:
    """A prefix tree of lowercase words."""

    def __init__(self) -> None:
        self.root: dict = {}
        self.any_word = False

    def insert(self, word: str) -> None:
        """Add ``word`` to the trie. O(L)."""
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = True
        self.any_word = True

    def _walk(self, text: str) -> dict | None:
        node = self.root
        for letter in text:
            node = node.get(letter)
            if node is None:
                return None
        return node

    def search(self, word: str) -> bool:
        """True if ``word`` itself was inserted. O(L)."""
        node = self._walk(word)
        return node is not None and _END in node

    def starts_with(self, prefix: str) -> bool:
        """True if some inserted word begins with ``prefix``. O(L)."""
        # The root exists even in an empty trie, so the empty prefix needs the word flag.
        if not self.any_word:
            return False
        return self._walk(prefix) is not None
