"""Wrong type: returns the list of replaced words instead of joining them into a sentence."""

_END = "$"


def replace_words(roots: list[str], sentence: str) -> str:
    trie: dict = {}
    for root in roots:
        node = trie
        for letter in root:
            node = node.setdefault(letter, {})
        node[_END] = True
    out = []
    for word in sentence.split():
        node, replacement = trie, word
        for i, letter in enumerate(word):
            node = node.get(letter)
            if node is None:
                break
            if _END in node:
                replacement = word[: i + 1]
                break
        out.append(replacement)
    return out
