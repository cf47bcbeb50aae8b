"""Hash trick: sums 16 ** letter over the window, exact only while every count stays below 16;
sixteen copies of a letter look like one of the next letter."""


def contains_permutation(pattern: str, text: str) -> bool:
    width = len(pattern)
    if width > len(text):
        return False
    want = sum(16 ** (ord(c) - 97) for c in pattern)
    have = 0
    for right, char in enumerate(text):
        have += 16 ** (ord(char) - 97)
        if right >= width:
            have -= 16 ** (ord(text[right - width]) - 97)
        if right >= width - 1 and have == want:
            return True
    return False
