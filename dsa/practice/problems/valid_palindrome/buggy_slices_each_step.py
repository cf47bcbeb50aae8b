"""Quadratic: trims the string with a slice at every step, copying it each time, O(n²)."""


def is_palindrome(s: str) -> bool:
    while len(s) > 1:
        if not s[0].isalnum():
            s = s[1:]
        elif not s[-1].isalnum():
            s = s[:-1]
        elif s[0].lower() != s[-1].lower():
            return False
        else:
            s = s[1:-1]
    return True
