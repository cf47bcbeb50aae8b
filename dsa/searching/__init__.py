"""Searching sorted data by halving: binary search and its variants.

>>> from dsa.searching import bisect_left, bisect_right, first_true
>>> bisect_left([1, 2, 2, 3], 2), bisect_right([1, 2, 2, 3], 2)
(1, 3)
>>> first_true(0, 100, lambda x: x * x >= 50)
8
"""

from dsa.searching.binary_search import binary_search, bisect_left, bisect_right, first_true
from dsa.searching.rotated_search import search_rotated

__all__ = ["binary_search", "bisect_left", "bisect_right", "first_true", "search_rotated"]
