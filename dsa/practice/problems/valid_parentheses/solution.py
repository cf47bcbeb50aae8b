"""Valid parentheses: the innermost open bracket must close first, so keep open ones on a stack.

An opening bracket is pushed; a closing bracket must meet its own kind on top of the stack, which it
pops. A closing bracket facing an empty stack or the wrong kind is an error, and anything left open
at the end is too.

Time O(n), space O(n) for the stack.
"""

PARTNER = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    """Return whether the brackets ``()[]{}`` in ``s`` are properly matched and nested."""
    open_brackets: list[str] = []
    for char in s:
        if char in PARTNER:
            if not open_brackets or open_brackets.pop() != PARTNER[char]:
                return False
        else:
            open_brackets.append(char)
    return not open_brackets
