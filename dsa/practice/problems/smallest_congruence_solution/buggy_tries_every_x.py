"""Tries x = 0, 1, 2, … up to m: right, but m can be 10¹⁸."""


def smallest_solutions(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, b, m in queries:
        answers.append(next((x for x in range(m) if (a * x - b) % m == 0), -1))
    return answers
