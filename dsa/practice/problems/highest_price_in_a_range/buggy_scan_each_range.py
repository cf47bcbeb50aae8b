"""Scans the range for every question: right, but O(n) per question."""


def range_highs(prices: list[int], queries: list[list[int]]) -> list[int]:
    board = list(prices)
    answers = []
    for op, a, b in queries:
        if op == 0:
            board[a] = b
        else:
            answers.append(max(board[a:b + 1]))
    return answers
