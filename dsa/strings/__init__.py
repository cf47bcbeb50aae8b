"""String algorithms: exact pattern search in linear time, and suffix arrays.

Every search returns *all* start positions of ``pattern`` in ``text``, overlapping ones included,
in increasing order — the positions ``i`` where ``text.startswith(pattern, i)``.

>>> from dsa.strings import kmp_search, rabin_karp_search, z_search
>>> text, pattern = "abababa", "aba"
>>> kmp_search(text, pattern) == rabin_karp_search(text, pattern) == z_search(text, pattern)
True
>>> kmp_search(text, pattern)
[0, 2, 4]
"""

from dsa.strings.kmp import kmp_search, prefix_function
from dsa.strings.rabin_karp import rabin_karp_search
from dsa.strings.suffix_array import lcp_array, suffix_array, suffix_array_search
from dsa.strings.z_algorithm import z_function, z_search

__all__ = [
    "kmp_search",
    "lcp_array",
    "prefix_function",
    "rabin_karp_search",
    "suffix_array",
    "suffix_array_search",
    "z_function",
    "z_search",
]
