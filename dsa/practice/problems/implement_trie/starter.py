"""Implement a trie: insert words, then search for words and prefixes."""


class Trie:
    """A prefix tree of lowercase words."""

    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def insert(self, word: str) -> None:
        """Add ``word`` to the trie."""
        raise NotImplementedError("write your solution here")

    def search(self, word: str) -> bool:
        """True if ``word`` itself was inserted."""
        raise NotImplementedError("write your solution here")

    def starts_with(self, prefix: str) -> bool:
        """True if some inserted word begins with ``prefix``."""
        raise NotImplementedError("write your solution here")
