"""Quadratic: tries every root against every word, O(words × roots) instead of a trie walk."""


def replace_words(roots: list[str], sentence: str) -> str:
    out = []
    for word in sentence.split():
        best = word
        for root in roots:
            if word.startswith(root) and len(root) < len(best):
                best = root
        out.append(best)
    return " ".join(out)
