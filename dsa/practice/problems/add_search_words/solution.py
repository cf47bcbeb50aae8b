"""Add and search words: a trie, with a branching walk at each dot.

Words go into a trie of dicts with an end-of-word mark. Searching walks the pattern; a letter
follows one edge, a dot follows every edge (depth-first), and the walk succeeds only if it ends on
a marked node. add_word is O(L); a search is O(L) without dots and O(26^d · L) with d dots in the
worst case. Space is O(total letters added).
"""

_END = "$"


class WordDictionary:
    """Stores lowercase words; searches patterns with '.' wildcards."""

    def __init__(self) -> None:
        self.root: dict = {}

    def add_word(self, word: str) -> None:
        """Store ``word``. O(L)."""
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node[_END] = True

    def search(self, pattern: str) -> bool:
        """True if a stored word matches ``pattern`` ('.' is any one letter)."""
        # An explicit stack of (node, position) avoids recursion and explores dot branches.
        stack = [(self.root, 0)]
        while stack:
            node, i = stack.pop()
            if i == len(pattern):
                if _END in node:
                    return True
                continue
            if pattern[i] == ".":
                stack.extend((child, i + 1) for key, child in node.items() if key != _END)
            elif pattern[i] in node:
                stack.append((node[pattern[i]], i + 1))
        return False
