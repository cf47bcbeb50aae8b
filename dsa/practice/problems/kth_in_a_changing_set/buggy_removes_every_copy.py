"""Removal drops every copy of x, not one (a count per value set to zero)."""


def kth_after_changes(queries: list[list[int]]) -> list[int]:
    values = sorted({x for op, x in queries if op == 0})
    rank = {x: i + 1 for i, x in enumerate(values)}
    size = len(values)
    tree, count = [0] * (size + 1), [0] * (size + 1)
    answers = []
    for op, x in queries:
        if op == 2:
            pos, left, step = 0, x, 1 << size.bit_length()
            while step:
                if pos + step <= size and tree[pos + step] < left:
                    pos += step
                    left -= tree[pos]
                step >>= 1
            answers.append(values[pos])
            continue
        r = rank[x]
        delta = 1 if op == 0 else -count[r]
        count[r] += delta
        i = r
        while i <= size:
            tree[i] += delta
            i += i & -i
    return answers
