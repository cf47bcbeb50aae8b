"""Walks too far: keeps going past the first root and returns the longest root instead."""


def replace_words(roots: list[str], sentence: str) -> str:
    trie: dict = {}
    for root in roots:
        node = trie
        for letter in root:
            node = node.setdefault(letter, {})
        node["$"] = True
    out = []
    for word in sentence.split():
        node, best = trie, word
        for i, letter in enumerate(word):
            node = node.get(letter)
            if node is None:
                break
            if "$" in node:
                best = word[: i + 1]
        out.append(best)
    return " ".join(out)
