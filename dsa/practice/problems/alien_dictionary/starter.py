"""Recover an alphabet order from a list of words sorted in that order."""


def alien_order(words: list[str]) -> str:
    """Return the used letters in an order that sorts ``words``, or "" if no order does."""
    raise NotImplementedError("write your solution here")
