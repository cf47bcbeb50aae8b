"""Word search II: one depth-first search of the board, guided by a trie of all the words.

The trie lets every path test all words at once and stop the moment its letters are no word's
prefix. A cell is marked ("#") while it is on the current path and restored on backtracking, so no
word reuses a cell. When a node ending a word is reached its word is recorded and its mark removed,
so a word found along two paths is reported once. For an m×n board and words of length at most L,
each start explores at most 4·3^(L-1) paths: O(m·n·4·3^(L-1)) time, O(W) space for the trie of
words of total length W (the recursion depth is at most L).
"""

_WORD = "$"  # key under which a trie node stores the word that ends there


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Return the distinct words traceable on ``board`` through adjacent, unrepeated cells."""
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node[_WORD] = word
    rows, cols = len(board), len(board[0]) if board else 0
    grid = [row[:] for row in board]  # marked in place; the caller's board stays untouched
    found: list[str] = []

    def search(r: int, c: int, parent: dict) -> None:
        letter = grid[r][c]
        node = parent[letter]
        if _WORD in node:
            found.append(node.pop(_WORD))
        grid[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in node:
                search(nr, nc, node)
        grid[r][c] = letter
        if not node:  # every word below is found: prune the branch for later searches
            del parent[letter]

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] in trie:
                search(r, c, trie)
    return found
