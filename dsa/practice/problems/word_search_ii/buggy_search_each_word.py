"""Too slow: runs a separate board search for every word, so paths shared by many words are
explored again for each of them, instead of once with a trie of all the words."""


def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    rows, cols = len(board), len(board[0])

    def walk(r: int, c: int, word: str, i: int, used: set) -> bool:
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
                    and walk(nr, nc, word, i + 1, used)):
                used.discard((r, c))
                return True
        used.discard((r, c))
        return False

    found = []
    for word in dict.fromkeys(words):
        if any(walk(r, c, word, 0, set()) for r in range(rows) for c in range(cols)):
            found.append(word)
    return found
