"""Sorting algorithms, one module each, all shaped like ``sorted``: ``sort(items, key=None)``.

Each returns a new list and leaves its input alone. The comparison sorts only ever ask
``a < b`` of the keys; counting and radix sort never compare at all, they index by the key.

| algorithm | average time | worst time | extra | stable |
|---|---|---|---|---|
| insertion | O(n²) | O(n²) | O(1) | yes |
| selection | O(n²) | O(n²) | O(1) | no (long-distance swaps) |
| bubble | O(n²) | O(n²) | O(1) | yes |
| merge | O(n log n) | O(n log n) | O(n) | yes |
| quick (3-way) | O(n log n) | O(n²) | O(log n) | no (partition swaps) |
| heap | O(n log n) | O(n log n) | O(1) | no (sift and root-to-end swaps) |
| counting | O(n + k) | O(n + k) | O(n + k) | yes |
| radix (LSD) | O(d·(n + b)) | O(d·(n + b)) | O(n + b) | yes |

(``k``: size of the key range; ``d``: digits of the largest key in base ``b``. "Extra" is beyond
the list returned. Counting sort refuses a range wider than ``16 n + 65536``, where its
counters would dwarf the input; radix sort, at O(log k) passes, is the one for wide ranges.)

>>> from dsa.sorting import merge_sort, quick_sort
>>> merge_sort([3, 1, 2]) == quick_sort([3, 1, 2]) == [1, 2, 3]
True
"""

from dsa.sorting.bubble_sort import bubble_sort
from dsa.sorting.counting_sort import counting_sort
from dsa.sorting.heap_sort import heap_sort, sift_down
from dsa.sorting.insertion_sort import insertion_sort
from dsa.sorting.merge_sort import merge, merge_sort
from dsa.sorting.quick_sort import expected_comparisons, partition3, quick_sort
from dsa.sorting.radix_sort import radix_sort
from dsa.sorting.selection_sort import selection_sort

__all__ = [
    "bubble_sort",
    "counting_sort",
    "expected_comparisons",
    "heap_sort",
    "insertion_sort",
    "merge",
    "merge_sort",
    "partition3",
    "quick_sort",
    "radix_sort",
    "selection_sort",
    "sift_down",
]
