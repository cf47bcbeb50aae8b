"""Non-overlapping counts: str.count skips past each match, so 'aa' in 'aaa' counts once."""


def count_hits(text: str, words: list[str]) -> list[int]:
    return [text.count(word) for word in words]
