"""One generation of Conway's Game of Life on a finite board whose outside is dead.

Write ``life_step``: count each cell's eight neighbours in the OLD grid, then apply the rule
(birth on 3, survival on 2 or 3) to every cell at once.
"""

import numpy as np


def life_step(grid: np.ndarray) -> np.ndarray:
    """The next generation of ``grid``.

    grid: (H, W) int array of 0 (dead) and 1 (alive); cells outside the board are dead.
    Returns a new (H, W) array of 0s and 1s; ``grid`` itself must not change.
    """
    raise NotImplementedError("write your solution here")
