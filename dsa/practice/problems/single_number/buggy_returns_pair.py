"""Wrong type: returns Counter.most_common's last (value, count) pair instead of the value."""

from collections import Counter


def single_number(nums: list[int]) -> int:
    return Counter(nums).most_common()[-1]
