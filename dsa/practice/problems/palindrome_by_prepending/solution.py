"""The shortest palindrome made by adding in front: the KMP prefix function of s and its reverse."""


def shortest_palindrome(s: str) -> str:
    """Return the shortest palindrome that ends with ``s`` and adds characters only in front.

    The longest palindromic prefix s[:k] is the longest prefix of s that is also a suffix of
    reversed(s). The KMP prefix function of s, a separator, then reversed(s), ends with k; the
    separator (a value outside every string: None in a list) stops a match running past the
    middle. O(n) time and extra space.
    """
    t: list[str | None] = [*s, None, *s[::-1]]
    fail = [0] * len(t)
    k = 0
    for j in range(1, len(t)):
        while k and t[j] != t[k]:
            k = fail[k - 1]
        if t[j] == t[k]:
            k += 1
        fail[j] = k
    k = fail[-1] if s else 0
    return s[k:][::-1] + s
