"""Reduces a^k − 1 modulo m first and then divides by a − 1: the division is no longer exact."""


def series_sums(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, k, m in queries:
        if a == 1:
            answers.append(k % m)
        else:
            answers.append((pow(a, k, m) - 1) % m // abs(a - 1) % m)
    return answers
