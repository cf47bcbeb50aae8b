"""Does an open cluster join the top row of a grid to its bottom row? Union-find answers.

Write ``spans`` with a union-find (disjoint sets) over the open sites, plus two virtual sites
joined to the open sites of the first and of the last row.
"""

import numpy as np


def spans(grid: np.ndarray) -> bool:
    """True when open sites link the top row to the bottom row.

    grid: (rows, cols) bool array, True = open site. Open sites are linked when they are next
    to each other up, down, left or right (not diagonally). Returns a bool.
    """
    raise NotImplementedError("write your solution here")
