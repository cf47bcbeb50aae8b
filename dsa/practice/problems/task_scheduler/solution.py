"""Task scheduler: the most frequent task fixes a frame that the others fill.

Let f be the highest frequency and m the number of kinds with that frequency. The f copies of a
top task need f - 1 gaps of n slots, a frame of (f - 1)·(n + 1) slots plus one final slot for each
of the m top kinds. Every other task fits in the gaps, round-robin, without breaking a cooldown.
If the tasks overflow the frame, they can be interleaved with no idle slot at all, so the answer
is the larger of the frame and the number of tasks. O(T) time; O(1) space for 26 counters.
(Simulating slot by slot with a max-heap of remaining counts also works, in O(answer · log 26).)
"""

from collections import Counter


def least_interval(tasks: list[str], n: int) -> int:
    """Return the fewest slots that run every task, same tasks at least ``n`` slots apart."""
    counts = Counter(tasks)
    top = max(counts.values())
    kinds_at_top = sum(1 for c in counts.values() if c == top)
    return max(len(tasks), (top - 1) * (n + 1) + kinds_at_top)
