"""Dynamic programming: solve each subproblem once, in an order where its parts are already solved.

Each module fills a table, then walks it backwards (the *traceback*) to recover not just the best
value but the choice that achieves it.

>>> from dsa.dp import edit_distance, longest_common_subsequence
>>> edit_distance("kitten", "sitting"), longest_common_subsequence("ABCBDAB", "BDCABA")
(3, 'BCBA')
"""

from dsa.dp.coin_change import count_ways, min_coins
from dsa.dp.edit_distance import Edit, apply_edits, edit_distance, edit_script
from dsa.dp.knapsack import knapsack
from dsa.dp.longest_common_subsequence import longest_common_subsequence
from dsa.dp.longest_increasing_subsequence import longest_increasing_subsequence
from dsa.dp.matrix_chain import matrix_chain_order

__all__ = [
    "Edit",
    "apply_edits",
    "count_ways",
    "edit_distance",
    "edit_script",
    "knapsack",
    "longest_common_subsequence",
    "longest_increasing_subsequence",
    "matrix_chain_order",
    "min_coins",
]
