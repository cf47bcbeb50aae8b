"""The fewest terms to finish a degree: Kahn's algorithm, one layer per term."""


def fewest_terms(n: int, prereqs: list[list[int]]) -> int:
    """Return the fewest terms to pass courses 0..n-1, or -1 if the rules form a cycle.

    Kahn's algorithm in layers: a term is every course whose prerequisites are all done. Each
    course enters a layer once and each rule is removed once, so O(n + m) time and O(n + m)
    extra space; no recursion, so a chain of every course is no problem.
    """
    after: list[list[int]] = [[] for _ in range(n)]
    waiting = [0] * n
    for a, b in prereqs:
        after[a].append(b)
        waiting[b] += 1
    term = [c for c in range(n) if waiting[c] == 0]
    terms, taken = 0, 0
    while term:
        terms += 1
        taken += len(term)
        nxt = []
        for course in term:
            for b in after[course]:
                waiting[b] -= 1
                if waiting[b] == 0:
                    nxt.append(b)
        term = nxt
    return terms if taken == n else -1
