"""Recursive: one call per step inward, so a long string overflows Python's recursion limit."""


def is_palindrome(s: str) -> bool:
    def inner(left: int, right: int) -> bool:
        if left >= right:
            return True
        if not (s[left].isascii() and s[left].isalnum()):
            return inner(left + 1, right)
        if not (s[right].isascii() and s[right].isalnum()):
            return inner(left, right - 1)
        return s[left].lower() == s[right].lower() and inner(left + 1, right - 1)

    return inner(0, len(s) - 1)
