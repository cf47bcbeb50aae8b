"""Off by one: treats k as counting from 0, so it answers with the (k + 1)-th smallest (clamped
to the largest when k is the size)."""

import bisect


def kth_after_changes(queries: list[list[int]]) -> list[int]:
    held: list[int] = []
    answers = []
    for op, x in queries:
        if op == 0:
            bisect.insort(held, x)
        elif op == 1:
            del held[bisect.bisect_left(held, x)]
        else:
            answers.append(held[min(x, len(held) - 1)])
    return answers
