"""Top k frequent elements: the k values that occur most often."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the ``k`` most frequent values of ``nums``, in any order (the answer is unique).

    Count each value, then bucket-sort by count: a count is an integer from 1 to n, so bucket
    ``c`` holds the values seen ``c`` times, and reading the buckets from ``n`` down yields the
    most frequent values first without comparing counts. Time O(n), extra space O(n).
    """
    counts: dict[int, int] = {}
    for value in nums:
        counts[value] = counts.get(value, 0) + 1
    buckets: list[list[int]] = [[] for _ in range(len(nums) + 1)]
    for value, count in counts.items():
        buckets[count].append(value)
    top: list[int] = []
    for count in range(len(nums), 0, -1):
        for value in buckets[count]:
            top.append(value)
            if len(top) == k:
                return top
    return top
