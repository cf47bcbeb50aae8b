"""The k-th smallest while numbers come and go: a Fenwick tree of counts over sorted values."""


def kth_after_changes(queries: list[list[int]]) -> list[int]:
    """Carry out ``queries`` on an empty multiset and return the answers to the questions.

    Offline: the values ever inserted, sorted and numbered, index a Fenwick tree of copy counts.
    The k-th smallest is found by descending the tree's implicit binary structure: from the
    largest power of two down, step right whenever the count covered stays below k, so the
    search is one O(log d) walk rather than a binary search over prefix sums. O(q log q) time,
    O(q) extra space.
    """
    values = sorted({x for op, x in queries if op == 0})
    rank = {x: i + 1 for i, x in enumerate(values)}  # Fenwick positions start at 1
    size = len(values)
    tree = [0] * (size + 1)
    top = 1 << size.bit_length()
    answers = []
    for op, x in queries:
        if op == 2:
            pos, left = 0, x
            step = top
            while step:
                if pos + step <= size and tree[pos + step] < left:
                    pos += step
                    left -= tree[pos]
                step >>= 1
            answers.append(values[pos])  # position pos + 1, stored at index pos
            continue
        i, delta = rank[x], 1 if op == 0 else -1
        while i <= size:
            tree[i] += delta
            i += i & -i
    return answers
