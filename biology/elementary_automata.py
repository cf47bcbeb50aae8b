"""Elementary cellular automata: Life's rule squeezed onto a line of cells, 256 rules in all.

Each cell of an infinite row is 0 or 1. At every tick all cells update at once, and a cell's new
state depends on three cells only: its left neighbour, itself and its right neighbour. Those
three bits read as a binary number ``n = 4 left + 2 centre + right`` (0 to 7), and a *rule* is
the table of eight answers. Wolfram (1983) numbered the tables by reading the answers as the
bits of one byte: the new state for neighbourhood ``n`` is bit ``n`` of the rule number. So
there are 2^8 = 256 rules, and e.g. rule 30 = 0b00011110 turns 100, 011, 010 and 001 into 1.

Two of them are famous for opposite reasons:

* **rule 90** = 0b01011010 is "left XOR right". It is *linear* (mod 2), so from one live cell
  row ``t`` is row ``t`` of Pascal's triangle mod 2: the cell ``k`` places from the start is
  ``C(t, (t + k) / 2) mod 2`` (0 when ``t + k`` is odd). The picture is Sierpinski's triangle,
  and by Lucas' theorem row ``t`` has ``2^(number of 1 bits of t)`` live cells.
* **rule 30** = 0b00011110 is "left XOR (centre OR right)". One more OR makes it non-linear, and
  from one live cell it grows a pattern with a regular left side and a right side that no one
  has found a formula for; its centre column passes statistical tests of randomness, and
  Wolfram (1986) proposed it as a random number generator.

Influence travels at most one cell per generation, so after ``t`` steps only the ``2t + 1`` cells
around the start can differ from the background. :func:`single_cell` simulates a window one cell
wider than that on each side, with the line beyond the window continuing as its end cell, and
so reproduces the infinite line exactly, for every rule, even those that turn an all-0
background into all-1 (the odd-numbered rules).

>>> "".join(str(int(b)) for b in single_cell(30, 2)[2])
'11001'
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure


def rule_table(rule: int) -> np.ndarray:
    """The eight new states of ``rule``, indexed by the neighbourhood ``4 l + 2 c + r``.

    >>> rule_table(90).astype(int).tolist()   # 90 = 0b01011010: left XOR right
    [0, 1, 0, 1, 1, 0, 1, 0]
    """
    if not 0 <= rule <= 255 or int(rule) != rule:
        raise ValueError(f"an elementary rule is a whole number from 0 to 255, got {rule}")
    return np.array([(int(rule) >> n) & 1 for n in range(8)], dtype=bool)


# --8<-- [start:step]
def step(row: np.ndarray, rule: int) -> np.ndarray:
    """One generation of ``rule`` on a boolean row; beyond each end the row repeats its end cell.

    Each cell's neighbourhood number is built from three shifted copies of the row and looked up
    in the rule's table: O(width).

    >>> step(np.array([0, 0, 1, 0, 0], dtype=bool), 30).astype(int).tolist()
    [0, 1, 1, 1, 0]
    """
    row = np.asarray(row)
    if row.ndim != 1 or row.dtype != bool:
        raise ValueError(f"row must be a 1-D boolean array, got {row.ndim}-D {row.dtype}")
    padded = np.pad(row, 1, mode="edge").astype(np.uint8)
    neighbourhood = 4 * padded[:-2] + 2 * padded[1:-1] + padded[2:]
    return rule_table(rule)[neighbourhood]
# --8<-- [end:step]


def single_cell(rule: int, steps: int) -> np.ndarray:
    """Generations 0..steps from one live cell on an infinite row of 0s, shape (steps + 1,
    2 steps + 1): column ``steps`` is the starting cell. O(steps^2).

    >>> single_cell(90, 3).astype(int)[3].tolist()
    [1, 0, 1, 0, 1, 0, 1]
    """
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    # One spare cell on each side stays outside the light cone, so repeating the end cell
    # continues the true background, whatever the rule does to it.
    row = np.zeros(2 * steps + 3, dtype=bool)
    row[steps + 1] = True
    history = [row]
    for _ in range(steps):
        history.append(step(history[-1], rule))
    return np.array(history)[:, 1:-1]


def centre_column(rule: int, steps: int) -> np.ndarray:
    """The starting cell's state in generations 0..steps, as 0/1 integers. O(steps^2).

    >>> centre_column(30, 7).tolist()
    [1, 1, 0, 1, 1, 1, 0, 0]
    """
    return single_cell(rule, steps)[:, steps].astype(int)


def draw(out: Path, rules: Sequence[int] = (90, 30), steps: int = 63) -> Path:
    """Draw the figure: each rule from one live cell, side by side."""
    plt = pyplot()
    captions = {90: "left XOR right:\nPascal's triangle mod 2",
                30: "left XOR (centre OR right):\nchaos from one cell"}
    # 680 px wide, the content column's width; two panels of 64 rows stay legible there.
    fig, axes = plt.subplots(1, len(rules), figsize=(6.8, 3.4 / len(rules) + 1.0),
                             squeeze=False)
    for ax, rule in zip(axes[0], rules, strict=True):
        history = single_cell(rule, steps)
        ax.imshow(history, cmap="Greys", interpolation="nearest", vmin=0, vmax=1,
                  extent=(-steps - 0.5, steps + 0.5, steps + 0.5, -0.5))
        ax.set_title(f"rule {rule}: {captions.get(rule, f'{bin(rule)[2:].zfill(8)}')}",
                     fontsize=9)
        ax.set_xlabel("cell (0: the starting cell)", fontsize=8)
        ax.set_ylabel("generation", fontsize=8)
        ax.tick_params(labelsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.elementary_automata``: draw rules from one cell, print facts."""
    parser = cli.demo_parser(
        "biology.elementary_automata", "Elementary cellular automata (Wolfram's 256 rules) "
        "from one live cell; draws rules 90 and 30 side by side by default.",
        "elementary_automata.png")
    parser.add_argument("--rules", type=cli.integer(0, 255), nargs="+", default=[90, 30],
                        metavar="RULE", help="one to three rule numbers to draw "
                                             "(default: 90 30)")
    parser.add_argument("--steps", type=cli.integer(1, 1000), default=63,
                        help="generations to run (default: %(default)s)")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    if len(args.rules) > 3:
        raise ValueError(f"--rules takes one to three rules, got {len(args.rules)}")
    path = draw(args.out, args.rules, args.steps)
    facts: dict = {"figure": str(path)}
    lines = []
    for rule in args.rules:
        history = single_cell(rule, args.steps)
        bits = "".join(map(str, history[:, args.steps].astype(int)[:32]))
        facts[f"rule_{rule}"] = {"live_cells_last_row": int(history[-1].sum()),
                                 "centre_column_first_32": bits}
        lines.append(f"rule {rule}: {int(history[-1].sum())} live cells in generation "
                     f"{args.steps}; centre column {bits}")
    return facts, "\n".join([*lines, f"wrote {path}"])


if __name__ == "__main__":
    raise SystemExit(main())
