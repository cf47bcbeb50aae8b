"""String algorithms: exact pattern search, palindromes, suffix arrays and the BWT.

Every single-pattern search returns *all* start positions of ``pattern`` in ``text``,
overlapping ones included, in increasing order — the positions ``i`` where
``text.startswith(pattern, i)``. Aho–Corasick searches for many patterns in one pass and
reports ``(start, pattern index)`` pairs.

>>> from dsa.strings import kmp_search, rabin_karp_search, z_search
>>> text, pattern = "abababa", "aba"
>>> kmp_search(text, pattern) == rabin_karp_search(text, pattern) == z_search(text, pattern)
True
>>> kmp_search(text, pattern)
[0, 2, 4]
"""

from dsa.strings.aho_corasick import AhoCorasick
from dsa.strings.burrows_wheeler import FMIndex, bwt, inverse_bwt
from dsa.strings.horspool import horspool_search, shift_table
from dsa.strings.kmp import kmp_search, prefix_function
from dsa.strings.manacher import count_palindromes, longest_palindrome, palindrome_radii
from dsa.strings.rabin_karp import rabin_karp_search
from dsa.strings.suffix_array import lcp_array, suffix_array, suffix_array_search
from dsa.strings.z_algorithm import z_function, z_search

__all__ = [
    "AhoCorasick",
    "FMIndex",
    "bwt",
    "count_palindromes",
    "horspool_search",
    "inverse_bwt",
    "kmp_search",
    "lcp_array",
    "longest_palindrome",
    "palindrome_radii",
    "prefix_function",
    "rabin_karp_search",
    "shift_table",
    "suffix_array",
    "suffix_array_search",
    "z_function",
    "z_search",
]
