"""Adds the k terms one by one: right, but k can be 10¹⁸."""


def series_sums(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, k, m in queries:
        total, term = 0, 1 % m
        for _ in range(k):
            total = (total + term) % m
            term = term * a % m
        answers.append(total)
    return answers
