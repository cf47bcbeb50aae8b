"""Tests for word-search-ii: examples, edges, a per-word backtracking oracle, the largest size."""

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def _traceable(board, word):
    rows, cols = len(board), len(board[0])

    def walk(r, c, i, used):
        if board[r][c] != word[i]:
            return False
        if i == len(word) - 1:
            return True
        used.add((r, c))
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if (0 <= nr < rows and 0 <= nc < cols and (nr, nc) not in used
                    and walk(nr, nc, i + 1, used)):
                return True
        used.discard((r, c))
        return False

    return any(walk(r, c, 0, set()) for r in range(rows) for c in range(cols))


def _check(sol, board, words, want=None):
    if want is None:
        want = sorted({w for w in words if _traceable(board, w)})
    got = sol.find_words([row[:] for row in board], list(words))
    shown = {"board": board, "words": words if len(words) <= 30 else f"{len(words)} words"}
    expect_true(type(got) is list and all(type(w) is str for w in got),
                f"expected a list of str, got {type(got).__name__}", **shown)
    expect(sorted(got), want, **shown)


def test_example_1(sol):
    board = [["c", "a", "t"], ["x", "r", "s"], ["e", "e", "d"]]
    words = ["cat", "cats", "car", "cart", "seed", "red"]
    _check(sol, board, words, ["car", "cat", "cats", "red"])


def test_example_2(sol):
    _check(sol, [["a", "b"], ["c", "d"]], ["abdc", "aba", "abcd"], ["abdc"])


def test_no_words(sol):
    _check(sol, [["a"]], [], [])


def test_single_cell(sol):
    _check(sol, [["a"]], ["a", "aa", "b"], ["a"])


def test_word_on_two_paths_and_repeated_in_list(sol):
    _check(sol, [["a", "a"], ["b", "a"]], ["a", "ab", "ab", "aaa", "aaaa"], ["a", "aaa", "ab"])


def test_backtracking_restores_cells(sol):
    # The first path tried from the top-left may use the cell another word needs later.
    _check(sol, [["a", "b", "c"], ["b", "c", "d"]], ["abc", "abcd", "bcdcb", "cbc", "dcb"])


@settings(max_examples=40)
@given(rows=st.integers(1, 4), cols=st.integers(1, 4),
       cells=st.lists(st.sampled_from("abc"), min_size=16, max_size=16),
       words=st.lists(st.text(alphabet="abc", min_size=1, max_size=6), max_size=10))
def test_matches_brute_force(sol, rows, cols, cells, words):
    board = [cells[r * cols:(r + 1) * cols] for r in range(rows)]
    _check(sol, board, words)


def test_largest_size(sol):
    # A 12×12 board and 3,000 words, half of them traced along random paths of the board.
    rng = random.Random(12)
    board = [[rng.choice("abcdefghij") for _ in range(12)] for _ in range(12)]
    words = []
    for i in range(3_000):
        if i % 2:
            r, c = rng.randrange(12), rng.randrange(12)
            path = [(r, c)]
            for _ in range(rng.randint(0, 9)):
                steps = [(r + dr, c + dc) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1))
                         if 0 <= r + dr < 12 and 0 <= c + dc < 12 and (r + dr, c + dc) not in path]
                if not steps:
                    break
                r, c = rng.choice(steps)
                path.append((r, c))
            words.append("".join(board[r][c] for r, c in path))
        else:
            words.append("".join(rng.choices("abcdefghij", k=rng.randint(1, 10))))
    _check(sol, board, words)


def test_all_letters(sol):
    # Every letter a-z on the board; words of up to 10 letters, some found, some not.
    rng = random.Random(26)
    letters = list("abcdefghijklmnopqrstuvwxyz")
    cells = letters * 6
    rng.shuffle(cells)
    board = [cells[12 * r:12 * r + 12] for r in range(12)]
    words = ["".join(board[0][:10]), "".join(board[5][2:12][::-1]),
             "".join(row[7] for row in board[:10]), "zyxwvutsrq", "qz", "".join(letters[:10])]
    words += ["".join(rng.choices(letters, k=rng.randint(1, 3))) for _ in range(200)]
    _check(sol, board, words)


def test_many_words_sharing_a_long_prefix(sol):
    # A board of 'a's with a few other letters, and 3,000 words "aaaaa" + five more letters.
    # One trie walk explores the 'a' paths once for all words; searching word by word explores
    # them 3,000 times.
    board = [["a"] * 12 for _ in range(12)]
    board[3][4], board[8][8], board[11][0] = "b", "c", "z"
    rng = random.Random(3)
    words = ["aaaaab", "aaaaac", "aaaaz", "aaaaaaaaaz"]
    words += ["aaaaa" + "".join(rng.choices("bcdefghz", k=5)) for _ in range(2_996)]
    _check(sol, board, words, ["aaaaaaaaaz", "aaaaab", "aaaaac", "aaaaz"])
