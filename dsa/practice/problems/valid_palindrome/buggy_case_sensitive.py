"""Case-sensitive: skips punctuation but compares "A" and "a" as different letters."""


def is_palindrome(s: str) -> bool:
    kept = [c for c in s if c.isascii() and c.isalnum()]
    return kept == kept[::-1]
