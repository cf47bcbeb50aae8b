"""Sorts a copy of the collection at every question: O(q² log q) in the worst case."""


def kth_after_changes(queries: list[list[int]]) -> list[int]:
    held: list[int] = []
    answers = []
    for op, x in queries:
        if op == 0:
            held.append(x)
        elif op == 1:
            held.remove(x)
        else:
            answers.append(sorted(held)[x - 1])
    return answers
