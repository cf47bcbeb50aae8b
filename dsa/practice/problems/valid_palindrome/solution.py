"""Valid palindrome: the same both ways, counting only letters and digits, ignoring case."""


def is_palindrome(s: str) -> bool:
    """Return ``True`` if the letters and digits of ``s`` read the same both ways, ignoring case.

    Two indices walk in from the ends, each skipping characters that are not ASCII letters or
    digits; the characters they stop on must match in lower case. No cleaned copy is built.
    Time O(n), extra space O(1).
    """
    left, right = 0, len(s) - 1
    while left < right:
        if not (s[left].isascii() and s[left].isalnum()):
            left += 1
        elif not (s[right].isascii() and s[right].isalnum()):
            right -= 1
        elif s[left].lower() != s[right].lower():
            return False
        else:
            left += 1
            right -= 1
    return True
