"""Selection: the k-th smallest item (an order statistic) without sorting everything.

The minimum takes ``n - 1`` comparisons and sorting takes about ``n log2 n``; the median, or any
k-th smallest, sits between them and needs only O(n). :mod:`~dsa.selection.quickselect` gets there
on average with a random pivot; :mod:`~dsa.selection.median_of_medians` guarantees it with a
pivot chosen by recursion on medians of five.

>>> from dsa.selection import quickselect, median_of_medians
>>> data = [31, 4, 15, 9, 26, 5]
>>> quickselect(data, 2), median_of_medians(data, 2), sorted(data)[2]
(9, 9, 9)
"""

from dsa.selection.median_of_medians import median_of_medians
from dsa.selection.quickselect import quickselect

__all__ = ["median_of_medians", "quickselect"]
