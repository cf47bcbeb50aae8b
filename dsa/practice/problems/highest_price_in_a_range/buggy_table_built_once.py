"""A sparse table built once: fast questions, but it never sees the changes."""


def range_highs(prices: list[int], queries: list[list[int]]) -> list[int]:
    table = [list(prices)]
    step = 1
    while 2 * step <= len(prices):
        last = table[-1]
        table.append([max(last[i], last[i + step]) for i in range(len(last) - step)])
        step *= 2
    answers = []
    for op, a, b in queries:
        if op == 1:
            level = (b - a + 1).bit_length() - 1
            answers.append(max(table[level][a], table[level][b - (1 << level) + 1]))
    return answers
