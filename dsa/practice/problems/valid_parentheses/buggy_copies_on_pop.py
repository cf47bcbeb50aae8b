"""Quadratic: pops with stack = stack[:-1], copying the whole stack on every closing bracket."""

PARTNER = {")": "(", "]": "[", "}": "{"}


def is_valid(s: str) -> bool:
    stack: list[str] = []
    for char in s:
        if char in PARTNER:
            if not stack or stack[-1] != PARTNER[char]:
                return False
            stack = stack[:-1]
        else:
            stack.append(char)
    return not stack
