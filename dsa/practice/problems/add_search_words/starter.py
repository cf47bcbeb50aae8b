"""Add and search words where a dot in the pattern matches any one letter."""


class WordDictionary:
    """Stores lowercase words; searches patterns with '.' wildcards."""

    def __init__(self) -> None:
        raise NotImplementedError("write your solution here")

    def add_word(self, word: str) -> None:
        """Store ``word``."""
        raise NotImplementedError("write your solution here")

    def search(self, pattern: str) -> bool:
        """True if a stored word matches ``pattern``, each '.' matching exactly one letter."""
        raise NotImplementedError("write your solution here")
