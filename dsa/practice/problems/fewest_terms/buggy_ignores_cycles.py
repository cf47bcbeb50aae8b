"""Counts the layers it could take and never checks that every course was taken, so courses
stuck on a cycle are silently left out."""


def fewest_terms(n: int, prereqs: list[list[int]]) -> int:
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in prereqs:
        after[a].append(b)
        waiting[b] += 1
    term = [c for c in range(n) if waiting[c] == 0]
    terms = 0
    while term:
        terms += 1
        nxt = []
        for course in term:
            for b in after[course]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    nxt.append(b)
        term = nxt
    return terms
