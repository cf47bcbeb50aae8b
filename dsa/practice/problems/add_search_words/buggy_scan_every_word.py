"""Linear scan: every search compares the pattern with every stored word, O(n·L) per call."""


class WordDictionary:
    """Words in a list, each search a full scan."""

    def __init__(self) -> None:
        self.words: list[str] = []

    def add_word(self, word: str) -> None:
        self.words.append(word)

    def search(self, pattern: str) -> bool:
        for word in self.words:
            if len(word) == len(pattern) and all(
                p in (".", w) for p, w in zip(pattern, word, strict=True)
            ):
                return True
        return False
