"""Forgets the end: returns True without checking that every opened bracket was closed."""


def is_valid(s: str) -> bool:
    partner = {")": "(", "]": "[", "}": "{"}
    open_brackets: list[str] = []
    for char in s:
        if char in partner:
            if not open_brackets or open_brackets.pop() != partner[char]:
                return False
        else:
            open_brackets.append(char)
    return True
