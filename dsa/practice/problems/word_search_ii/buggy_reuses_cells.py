"""Missing visited mark: a path may step back onto a cell it already used."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    trie: dict = {}
    for word in words:
        node = trie
        for letter in word:
            node = node.setdefault(letter, {})
        node["$"] = word
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def search(r: int, c: int, node: dict, depth: int) -> None:
        node = node[board[r][c]]
        if "$" in node:
            found.append(node.pop("$"))
        if depth == 10:
            return
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] in node:
                search(nr, nc, node, depth + 1)

    for r in range(rows):
        for c in range(cols):
            if board[r][c] in trie:
                search(r, c, trie, 1)
    return found
