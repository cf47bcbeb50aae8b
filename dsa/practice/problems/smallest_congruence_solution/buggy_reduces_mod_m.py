"""Right solution, reduced modulo m instead of m / gcd(a, m): not always the smallest."""

from math import gcd


def smallest_solutions(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, b, m in queries:
        g = gcd(a, m)
        if b % g:
            answers.append(-1)
            continue
        step = m // g
        answers.append((b // g) * pow(a // g, -1, step) % m if step > 1 else 0)
    return answers
