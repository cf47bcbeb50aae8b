"""Slow look-ups: keeps the visited cells in a list, so each `in` test scans all of them."""


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen: list[tuple[int, int]] = []
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or (r, c) in seen:
                continue
            seen.append((r, c))
            stack, area = [(r, c)], 0
            while stack:
                y, x = stack.pop()
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and (ny, nx) not in seen:
                        seen.append((ny, nx))
                        stack.append((ny, nx))
            best = max(best, area)
    return best
