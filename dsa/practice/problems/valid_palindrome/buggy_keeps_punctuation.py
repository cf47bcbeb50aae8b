"""Punctuation kept: compares every character, so spaces and commas break real palindromes."""


def is_palindrome(s: str) -> bool:
    lowered = s.lower()
    return lowered == lowered[::-1]
