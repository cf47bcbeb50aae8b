"""Replace words: a trie of roots, walked once per word until the first root ends.

Walking a word down the trie, the first node that ends a root is the shortest root that is a
prefix of the word, so the walk can stop there; falling off the trie means no root fits.
Building the trie is O(R) for roots of total length R, and each word costs at most its own length,
so the whole is O(R + S) time and O(R) extra space (plus the output).
"""

_END = "$"


def replace_words(roots: list[str], sentence: str) -> str:
    """Return ``sentence`` with each word replaced by its shortest root prefix, if it has one."""
    trie: dict = {}
    for root in roots:
        node = trie
        for letter in root:
            node = node.setdefault(letter, {})
        node[_END] = True

    def shortest_root(word: str) -> str:
        node = trie
        for i, letter in enumerate(word):
            node = node.get(letter)
            if node is None:
                return word
            if _END in node:
                return word[: i + 1]
        return word

    return " ".join(shortest_root(word) for word in sentence.split())
