"""Off by one: checks each window before sliding, so the last window is never checked."""


def contains_permutation(pattern: str, text: str) -> bool:
    width = len(pattern)
    if width > len(text):
        return False
    need = [0] * 26
    have = [0] * 26
    for char in pattern:
        need[ord(char) - 97] += 1
    for char in text[:width]:
        have[ord(char) - 97] += 1
    for right in range(width, len(text)):
        if have == need:
            return True
        have[ord(text[right]) - 97] += 1
        have[ord(text[right - width]) - 97] -= 1
    return False
