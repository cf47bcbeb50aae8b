"""The running maximum starts at 0, so a range of negative prices answers 0."""


def range_highs(prices: list[int], queries: list[list[int]]) -> list[int]:
    n = len(prices)
    tree = [0] * n + list(prices)
    for k in range(n - 1, 0, -1):
        tree[k] = max(tree[2 * k], tree[2 * k + 1])
    answers = []
    for op, a, b in queries:
        if op == 0:
            k = a + n
            tree[k] = b
            while k > 1:
                k //= 2
                tree[k] = max(tree[2 * k], tree[2 * k + 1])
            continue
        lo, hi, best = a + n, b + n + 1, 0
        while lo < hi:
            if lo & 1:
                best = max(best, tree[lo])
                lo += 1
            if hi & 1:
                hi -= 1
                best = max(best, tree[hi])
            lo //= 2
            hi //= 2
        answers.append(best)
    return answers
