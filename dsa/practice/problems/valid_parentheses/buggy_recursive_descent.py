"""Recursive: parses each bracket group with a recursive call, so 100,000 nested brackets
overflow Python's recursion limit."""

PARTNER = {"(": ")", "[": "]", "{": "}"}


def is_valid(s: str) -> bool:
    def group(i: int) -> int:
        # parse groups from i until a closing bracket; return where it stopped, or -1 on error
        while i < len(s) and s[i] in PARTNER:
            end = group(i + 1)
            if end < 0 or end >= len(s) or s[end] != PARTNER[s[i]]:
                return -1
            i = end + 1
        return i

    return group(0) == len(s)
