"""Replace each word of a sentence by the shortest root it begins with."""


def replace_words(roots: list[str], sentence: str) -> str:
    """Return ``sentence`` with each word replaced by its shortest root prefix, if it has one."""
    raise NotImplementedError("write your solution here")
