"""One generation of Conway's Game of Life on a finite board whose outside is dead."""

import numpy as np


def life_step(grid: np.ndarray) -> np.ndarray:
    """The next generation of a 0/1 grid, every cell updated at once from the old grid.

    A border of dead cells around the board lets each of the eight neighbour counts be one
    shifted slice, with nothing wrapping round. O(H W).
    """
    h, w = grid.shape
    padded = np.pad(grid, 1)
    neighbours = sum(padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w]
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    alive = (neighbours == 3) | ((grid == 1) & (neighbours == 2))
    return alive.astype(grid.dtype)
