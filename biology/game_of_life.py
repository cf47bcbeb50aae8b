"""Conway's Game of Life, twice: a dense numpy grid and a sparse set of live cells.

Each cell of an infinite square grid is alive or dead. At every tick all cells update at once,
looking only at their eight neighbours:

* a live cell with 2 or 3 live neighbours survives (fewer: loneliness, more: overcrowding);
* a dead cell with exactly 3 live neighbours is born;
* every other cell is dead in the next generation.

That is the whole rule (Conway, popularised by Gardner 1970), yet it supports still lifes,
oscillators, travelling *gliders* and, in the end, universal computation.

Two representations of the same state trade memory for speed differently:

* **dense**: a boolean array of the whole board. One step is eight shifted array additions,
  O(H W) whatever the population, and the board is finite, so something has to happen at its
  edge (here: cells outside are dead).
* **sparse**: the set of live ``(row, col)`` cells. Only live cells and their neighbours are
  visited, O(population) per step with hashing, and the board is truly unbounded.

Since a cell only sees its neighbours, no influence travels faster than one cell per generation
(the "speed of light" c). So a pattern that starts at least ``steps + 1`` cells away from the
edge of a dense board evolves exactly as on the infinite plane for ``steps`` generations: that
is how the tests compare the two.

>>> sorted(step_sparse(step_sparse(BLINKER))) == sorted(BLINKER)
True
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

Cell = tuple[int, int]
Rule = tuple[frozenset[int], frozenset[int]]  # neighbour counts for birth, and for survival
LIFE: Rule = (frozenset({3}), frozenset({2, 3}))  # Conway's B3/S23

# Patterns as sets of (row, col) live cells.
BLOCK: frozenset[Cell] = frozenset({(0, 0), (0, 1), (1, 0), (1, 1)})
BLINKER: frozenset[Cell] = frozenset({(0, 0), (0, 1), (0, 2)})
GLIDER: frozenset[Cell] = frozenset({(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)})  # heads down-right
R_PENTOMINO: frozenset[Cell] = frozenset({(0, 1), (0, 2), (1, 0), (1, 1), (2, 1)})
FAR = 100  # cells of the settled R-pentomino farther than this from its start are gliders


# --8<-- [start:dense]
def step_dense(grid: np.ndarray) -> np.ndarray:
    """One generation on a boolean grid whose outside is dead. O(H W) time and memory.

    >>> step_dense(np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], dtype=bool)).astype(int).tolist()
    [[0, 1, 0], [0, 1, 0], [0, 1, 0]]
    """
    grid = np.asarray(grid)
    if grid.ndim != 2 or grid.dtype != bool:
        raise ValueError(f"grid must be a 2-D boolean array, got {grid.ndim}-D {grid.dtype}")
    padded = np.pad(grid, 1).astype(np.uint8)
    h, w = grid.shape
    neighbours = sum(padded[1 + dr:1 + dr + h, 1 + dc:1 + dc + w]
                     for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    return (neighbours == 3) | (grid & (neighbours == 2))
# --8<-- [end:dense]


# --8<-- [start:sparse]
def step_sparse(live: Iterable[Cell], rule: Rule = LIFE) -> set[Cell]:
    """One generation on the unbounded plane, given the set of live cells. O(population).

    Every live cell tells its eight neighbours "I am next to you"; a cell's tally is then its
    neighbour count, and only cells with a nonzero tally can be alive next time. ``rule`` is
    (birth counts, survival counts); Life's is B3/S23.

    >>> sorted(step_sparse({(0, 0), (0, 1), (0, 2)}))
    [(-1, 1), (0, 1), (1, 1)]
    """
    live = set(live)
    birth, survive = rule
    tally = Counter((r + dr, c + dc) for r, c in live
                    for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0))
    return {cell for cell, n in tally.items() if n in (survive if cell in live else birth)}
# --8<-- [end:sparse]


def parse_rule(text: str) -> Rule:
    """A Life-like rule in B/S notation, e.g. ``B36/S23`` (HighLife), as (birth, survival).

    B0 is refused: a dead cell with no live neighbour would be born, so the whole infinite
    plane would turn on at once, and no set of live cells can hold that.

    >>> parse_rule("B36/S23")
    (frozenset({3, 6}), frozenset({2, 3}))
    """
    parts = text.strip().upper().split("/")
    if (len(parts) != 2 or not parts[0].startswith("B") or not parts[1].startswith("S")
            or not all(ch in "012345678" for ch in parts[0][1:] + parts[1][1:])):
        raise argparse.ArgumentTypeError(
            f"must look like B3/S23 (birth and survival neighbour counts 0-8), got {text!r}")
    if "0" in parts[0]:
        raise argparse.ArgumentTypeError(
            f"{text}: B0 would switch on the whole infinite plane at once; leave 0 out of B")
    return frozenset(map(int, parts[0][1:])), frozenset(map(int, parts[1][1:]))


def parse_pattern(text: str) -> frozenset[Cell]:
    """Live cells from rows of ``O`` (alive) and ``.`` (dead) separated by ``/``, at most 64
    rows of 64 cells, row 0 at the top.

    >>> sorted(parse_pattern(".O/O."))
    [(0, 1), (1, 0)]
    """
    rows = text.strip().split("/")
    if len(rows) > 64 or any(len(row) > 64 for row in rows):
        raise argparse.ArgumentTypeError(f"a pattern is at most 64 rows of 64 cells, got {text!r}")
    if not set("".join(rows)) <= {"O", "."}:
        raise argparse.ArgumentTypeError(
            f"write a pattern as rows of O (alive) and . (dead) separated by /, such as "
            f".OO/OO./.O. for the R-pentomino; got {text!r}")
    cells = frozenset((r, c) for r, row in enumerate(rows) for c, ch in enumerate(row)
                      if ch == "O")
    if not cells:
        raise argparse.ArgumentTypeError(f"the pattern {text!r} has no live cell")
    return cells


def to_grid(live: Iterable[Cell], shape: tuple[int, int], origin: Cell = (0, 0)) -> np.ndarray:
    """Place live cells on a dense boolean grid, cell (r, c) at index (r + origin).

    >>> to_grid({(0, 0), (1, 1)}, (2, 3), origin=(0, 1)).astype(int).tolist()
    [[0, 1, 0], [0, 0, 1]]
    """
    grid = np.zeros(shape, dtype=bool)
    for r, c in live:
        i, j = r + origin[0], c + origin[1]
        if not (0 <= i < shape[0] and 0 <= j < shape[1]):
            raise IndexError(f"cell {(r, c)} falls outside a {shape} grid with origin {origin}; "
                             "use a larger shape or shift the origin")
        grid[i, j] = True
    return grid


def to_cells(grid: np.ndarray, origin: Cell = (0, 0)) -> set[Cell]:
    """The live cells of a dense grid, as (row - origin row, col - origin col).

    >>> sorted(to_cells(np.array([[False, True], [True, False]])))
    [(0, 1), (1, 0)]
    """
    return {(int(i) - origin[0], int(j) - origin[1]) for i, j in np.argwhere(grid)}


def run(live: Iterable[Cell], steps: int, rule: Rule = LIFE) -> list[set[Cell]]:
    """Generations 0..steps of a pattern, with the sparse representation. O(steps * population).

    >>> [len(cells) for cells in run(R_PENTOMINO, 3)]
    [5, 6, 7, 9]
    """
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    history = [set(live)]
    for _ in range(steps):
        history.append(step_sparse(history[-1], rule))
    return history


def translate(live: Iterable[Cell], dr: int, dc: int) -> set[Cell]:
    """Shift every live cell by (dr, dc).

    >>> sorted(translate({(0, 0)}, 1, 2))
    [(1, 2)]
    """
    return {(r + dr, c + dc) for r, c in live}


def period(live: Iterable[Cell], max_period: int = 30) -> int | None:
    """The smallest p <= max_period with generation p equal to generation 0, else None.

    >>> period(BLOCK), period(BLINKER), period(GLIDER)
    (1, 2, None)
    """
    history = run(live, max_period)
    return next((p for p in range(1, max_period + 1) if history[p] == history[0]), None)


def last_population_change(live: Iterable[Cell], steps: int,
                           rule: Rule = LIFE) -> tuple[int, list[int]]:
    """The last generation <= steps whose population differs from the one before, and all
    populations. Once a pattern has settled into still lifes, blinkers and escaping gliders,
    its population no longer changes. O(steps * population).

    >>> last_population_change({(0, 0)}, 5)   # a lone cell dies of loneliness at once
    (1, [1, 0, 0, 0, 0, 0])
    """
    populations = [len(cells) for cells in run(live, steps, rule)]
    changes = [g for g in range(1, len(populations)) if populations[g] != populations[g - 1]]
    return (changes[-1] if changes else 0), populations


def draw(out: Path, generations: int = 1200, pattern: Iterable[Cell] = R_PENTOMINO,
         rule: Rule = LIFE) -> Path:
    """Draw the essay's figure: a glider's four phases, the R-pentomino's (or ``pattern``'s)
    population under ``rule``, and its last generation."""
    pattern = frozenset(pattern)
    plt = pyplot()

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 7.6),
                             gridspec_kw={"height_ratios": [0.45, 1, 1.4]})
    ax = axes[0]
    for g, cells in enumerate(run(GLIDER, 4)):
        board = to_grid(cells, (5, 5), origin=(0, 0))
        ax.imshow(board, extent=(6 * g - 0.5, 6 * g + 4.5, 4.5, -0.5), cmap="Greys",
                  vmin=0, vmax=1.2)
        ax.add_patch(plt.Rectangle((6 * g - 0.5, -0.5), 5, 5, fill=False, lw=0.5))
        ax.text(6 * g + 2, 5.6, f"t={g}", ha="center", fontsize=8)
    ax.set_xlim(-1, 30)
    ax.set_ylim(6.5, -1)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("glider: the same shape, one cell\ndown and right every 4 generations",
                 fontsize=9)

    settled, populations = last_population_change(pattern, generations, rule)
    default = pattern == R_PENTOMINO and rule == LIFE
    ax = axes[1]
    ax.plot(populations, lw=1)
    ax.axvline(settled, color="tab:red", ls="--", lw=1)
    note = "still changing " if settled == generations else f"settles at {settled} "
    ax.text(settled, max(populations), note, color="tab:red", va="top", ha="right", fontsize=8)
    ax.set_xlabel("generation")
    ax.set_ylabel("live cells")
    ax.set_title("R-pentomino: 5 cells, 1103 generations of chaos" if default else
                 f"{len(pattern)} cells under {rule_name(rule)}: population", fontsize=9)
    _draw_end(axes[2], run(pattern, settled, rule)[-1], settled, default)
    return save_figure(fig, out)


def rule_name(rule: Rule) -> str:
    """``rule`` in B/S notation.

    >>> rule_name(LIFE)
    'B3/S23'
    """
    return "B" + "".join(map(str, sorted(rule[0]))) + "/S" + "".join(map(str, sorted(rule[1])))


def _draw_end(ax, final: set[Cell], settled: int, default: bool) -> None:
    """The last generation's cells within FAR of the start; the essay's run is framed by hand."""
    near = {(r, c) for r, c in final if max(abs(r), abs(c)) <= FAR}
    ax.imshow(to_grid(near, (2 * FAR + 1, 2 * FAR + 1), origin=(FAR, FAR)), cmap="Greys",
              extent=(-FAR - 0.5, FAR + 0.5, FAR + 0.5, -FAR - 0.5))
    if default:
        ax.set_xlim(-50, 75)
        ax.set_ylim(40, -25)
        away = f"not shown: {(len(final) - len(near)) // 5} gliders flying away"
    else:
        rows, cols = zip(*near, strict=True) if near else ((0,), (0,))
        ax.set_xlim(min(cols) - 5.5, max(cols) + 5.5)
        ax.set_ylim(max(rows) + 5.5, min(rows) - 5.5)
        away = f"not shown: {len(final) - len(near)} cells farther away"
    shown = "the debris" if default else f"the cells within {FAR} of the start"
    ax.set_title(f"generation {settled}: {len(final)} cells; shown: {shown},\n{away}",
                 fontsize=9)
    ax.tick_params(labelsize=8)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.game_of_life``: run the R-pentomino and draw the figure."""
    parser = cli.demo_parser(
        "biology.game_of_life", "Conway's Game of Life with sparse sets of live cells: a "
        "glider, and the R-pentomino's population until it settles; draws the essay's figure.",
        "game_of_life.png")
    parser.add_argument("--generations", type=cli.integer(1, 10_000), default=1200,
                        help="how many generations of the pattern to run "
                             "(default: %(default)s)")
    parser.add_argument("--rule", type=parse_rule, default=LIFE, metavar="B.../S...",
                        help="birth/survival neighbour counts, e.g. B36/S23 for HighLife "
                             "(default: Life's B3/S23)")
    parser.add_argument("--pattern", type=parse_pattern, default=R_PENTOMINO, metavar="ROWS",
                        help="start pattern as rows of O and . separated by /, at most 64 x 64 "
                             "(default: the R-pentomino, .OO/OO./.O.)")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    settled, populations = last_population_change(args.pattern, args.generations, args.rule)
    path = draw(args.out, args.generations, args.pattern, args.rule)
    name = "R-pentomino" if args.pattern == R_PENTOMINO else f"{len(args.pattern)}-cell pattern"
    facts = {"rule": rule_name(args.rule), "last_change_generation": int(settled),
             "cells": int(populations[settled]), "figure": str(path)}
    return facts, (f"{name} under {rule_name(args.rule)}: last population change at "
                   f"generation {settled}, {populations[settled]} cells\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
