"""Duplicate answers: a word reached along two different paths is recorded twice."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    grid = [row[:] for row in board]
    found: list[str] = []

    def search(r: int, c: int, node: dict) -> None:
        letter = grid[r][c]
        node = node[letter]
        if "$" in node:
            found.append(node["$"])
        grid[r][c] = "#"
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] in node:
                search(nr, nc, node)
        grid[r][c] = letter

    for r in range(rows):
        for c in range(cols):
            if grid[r][c] in trie:
                search(r, c, trie)
    return found
