"""Word break: can a string be cut into dictionary words?"""


def word_break(s: str, words: list[str]) -> bool:
    """Return True if s is a concatenation of words from words (each reusable), else False."""
    raise NotImplementedError("write your solution here")
