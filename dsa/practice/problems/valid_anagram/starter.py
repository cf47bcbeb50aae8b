"""Valid anagram: do two strings use the same letters the same number of times?"""


def is_anagram(s: str, t: str) -> bool:
    """Return ``True`` when ``t`` is a rearrangement of the letters of ``s``."""
    raise NotImplementedError("write your solution here")
