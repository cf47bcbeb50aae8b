"""Rotting oranges: a breadth-first search from every rotten orange at once.

All rotten oranges start in the queue as level 0; each level of the search is one minute, and a
fresh neighbour is rotted (marked) as it is queued so it is never queued twice. The answer is the
number of levels that rotted something, or -1 if fresh oranges remain. O(m·n) time; O(m·n) extra
space for the copy of the grid and the queue.
"""

from collections import deque


def oranges_rotting(grid: list[list[int]]) -> int:
    """Return the minutes until no fresh (1) orange is left, or -1 if that never happens."""
    state = [row[:] for row in grid]
    rows, cols = len(state), len(state[0]) if state else 0
    queue = deque((r, c) for r in range(rows) for c in range(cols) if state[r][c] == 2)
    fresh = sum(row.count(1) for row in state)
    minutes = 0
    while queue and fresh:
        minutes += 1
        for _ in range(len(queue)):
            y, x = queue.popleft()
            for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                if 0 <= ny < rows and 0 <= nx < cols and state[ny][nx] == 1:
                    state[ny][nx] = 2
                    fresh -= 1
                    queue.append((ny, nx))
    return minutes if fresh == 0 else -1
