"""Slow look-ups: keeps the visited cells in a list, so each `in` test scans all of them."""


def num_islands(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen: list[tuple[int, int]] = []
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            islands += 1
            seen.append((r, c))
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and (ny, nx) not in seen:
                        seen.append((ny, nx))
                        stack.append((ny, nx))
    return islands
