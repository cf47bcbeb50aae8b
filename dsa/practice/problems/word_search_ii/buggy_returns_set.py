"""Wrong type: collects the found words in a set and returns the set, not a list."""

_WORD = "$"


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[_WORD] = word
    rows, cols = len(board), len(board[0])
    found: set[str] = set()

    def search(r: int, c: int, node: dict, used: set) -> None:
        node = node.get(board[r][c])
        if node is None:
            return
        if _WORD in node:
            found.add(node[_WORD])
        used.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used:
                search(nr, nc, node, used)
        used.discard((r, c))

    for r in range(rows):
        for c in range(cols):
            search(r, c, trie, set())
    return found
