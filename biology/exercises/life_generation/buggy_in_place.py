"""Updates in place: one copy is both read and written, so later cells count updated neighbours."""

import numpy as np


def life_step(grid: np.ndarray) -> np.ndarray:
    cells = grid.copy()
    h, w = cells.shape
    for i in range(h):
        for j in range(w):
            block = cells[max(i - 1, 0):i + 2, max(j - 1, 0):j + 2]
            n = int(block.sum()) - int(cells[i, j])
            cells[i, j] = 1 if n == 3 or (cells[i, j] == 1 and n == 2) else 0
    return cells
