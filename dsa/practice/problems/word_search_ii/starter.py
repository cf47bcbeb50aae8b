"""Find every listed word that can be traced on a letter grid."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Return the distinct words traceable on ``board`` through adjacent, unrepeated cells."""
    raise NotImplementedError("write your solution here")
