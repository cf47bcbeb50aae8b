"""Lindenmayer systems: plants as grammars, drawn by a turtle with a stack.

Aristid Lindenmayer (1968) described the growth of filamentous algae as string rewriting: every
cell is a letter, and at each step *every* letter is replaced at once by its production. With
the two rules ``A -> AB`` and ``B -> A`` the strings are

    A,  AB,  ABA,  ABAAB,  ABAABABA, ...

whose lengths 1, 2, 3, 5, 8 are the Fibonacci numbers: every letter of the string at step n-1
yields exactly one A, and each A also yields a B, so len_{n+1} = len_n + (number of A's in
step n) = len_n + len_{n-1}. Unlike a grammar in a compiler, which rewrites one
symbol at a time to *parse*, an L-system rewrites all symbols in parallel to *grow*.

To draw a string, read it as commands to a *turtle* (Prusinkiewicz & Lindenmayer 1990):

* ``F`` (or ``G``): step forward ``step`` units, drawing a line;
* ``+`` / ``-``: turn left / right by the angle delta;
* ``[``: push the turtle's state (position, heading) on a stack — a branch starts;
* ``]``: pop it — the branch is finished, and the turtle jumps back to where it forked;
* any other letter (``X``, ``A``, ...): nothing; it only steers the growth.

Because the rules never look at neighbours, the *number* of each letter after n steps obeys a
linear recurrence: counts_{n+1} = M counts_n, where M[a][b] is how many a's the production of b
contains. Lengths can thus be computed in O(n k^2) for k letters without building strings that
grow exponentially — the dynamic-programming way to count.

>>> rewrite("A", ALGAE.rules, 4)
'ABAABABA'
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.structures.stack import Stack


class LSystem(NamedTuple):
    """An L-system: start string ``axiom``, ``rules`` (letter -> replacement), turn ``angle``.

    >>> KOCH_CURVE.rules["F"]
    'F+F--F+F'
    """

    axiom: str
    rules: Mapping[str, str]
    angle: float  # degrees


ALGAE = LSystem("A", {"A": "AB", "B": "A"}, 0.0)  # Lindenmayer's original
KOCH_CURVE = LSystem("F", {"F": "F+F--F+F"}, 60.0)
KOCH_SNOWFLAKE = LSystem("F--F--F", {"F": "F+F--F+F"}, 60.0)
PLANT = LSystem("X", {"X": "F+[[X]-X]-F[-FX]+X", "F": "FF"}, 25.0)  # after P&L fig. 1.24f


class Turtle(NamedTuple):
    """The turtle's state: position ``(x, y)`` and heading in degrees (0 = along +x).

    >>> Turtle(0.0, 0.0, 90.0).heading
    90.0
    """

    x: float
    y: float
    heading: float


UP = Turtle(0.0, 0.0, 90.0)  # plants grow upwards


# --8<-- [start:rewrite]
def rewrite(axiom: str, rules: Mapping[str, str], steps: int) -> str:
    """Apply the rules to every letter at once, ``steps`` times; letters without a rule stay.

    O(total output length) per step.

    >>> rewrite("F", {"F": "F+F"}, 2)
    'F+F+F+F'
    """
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    for letter, replacement in rules.items():
        if len(letter) != 1:
            raise ValueError(f"each rule rewrites a single letter, got {letter!r} -> "
                             f"{replacement!r}")
    text = axiom
    for _ in range(steps):
        text = "".join(rules.get(letter, letter) for letter in text)
    return text
# --8<-- [end:rewrite]


# --8<-- [start:lengths]
def lengths(axiom: str, rules: Mapping[str, str], steps: int) -> list[int]:
    """String lengths for steps 0..steps, from letter counts alone (counts_{n+1} = M counts_n).

    O(steps k^2) for k distinct letters; the strings themselves are never built.

    >>> lengths("A", {"A": "AB", "B": "A"}, 7)
    [1, 2, 3, 5, 8, 13, 21, 34]
    """
    if steps < 0:
        raise ValueError(f"steps must be >= 0, got {steps}")
    letters = sorted(set(axiom) | set(rules) | set("".join(rules.values())))
    index = {letter: i for i, letter in enumerate(letters)}
    M = np.zeros((len(letters), len(letters)), dtype=object)  # exact big integers
    for b in letters:
        for a in rules.get(b, b):
            M[index[a], index[b]] += 1
    counts = np.zeros(len(letters), dtype=object)
    for letter in axiom:
        counts[index[letter]] += 1
    result = [int(counts.sum())]
    for _ in range(steps):
        counts = M.dot(counts)
        result.append(int(counts.sum()))
    return result
# --8<-- [end:lengths]


# --8<-- [start:turtle]
def walk(commands: str, angle: float, step: float = 1.0,
         start: Turtle = UP) -> tuple[np.ndarray, list[Turtle], Turtle]:
    """Run the turtle: return the drawn segments ``(n, 2, 2)``, the branch tips, the end state.

    A *tip* is where the turtle stands when a branch closes (``]``). O(len(commands)).

    >>> segments, tips, end = walk("F[+F]F", angle=90)
    >>> len(segments), [(round(t.x), round(t.y)) for t in tips], (round(end.x), round(end.y))
    (3, [(-1, 1)], (0, 2))
    """
    state = start
    stack: Stack[Turtle] = Stack()
    segments: list[tuple[tuple[float, float], tuple[float, float]]] = []
    tips: list[Turtle] = []
    for symbol in commands:
        if symbol in "FG":
            rad = math.radians(state.heading)
            moved = Turtle(state.x + step * math.cos(rad), state.y + step * math.sin(rad),
                           state.heading)
            segments.append(((state.x, state.y), (moved.x, moved.y)))
            state = moved
        elif symbol == "+":
            state = state._replace(heading=state.heading + angle)
        elif symbol == "-":
            state = state._replace(heading=state.heading - angle)
        elif symbol == "[":
            stack.push(state)
        elif symbol == "]":
            if not stack:
                raise ValueError("unbalanced ']': a branch closes that never opened")
            tips.append(state)
            state = stack.pop()
    if stack:
        raise ValueError(f"{len(stack)} unclosed '[': every branch must end with ']'")
    return np.array(segments, dtype=float).reshape(-1, 2, 2), tips, state
# --8<-- [end:turtle]


def curve_length(segments: np.ndarray) -> float:
    """Total length of the drawn segments.

    >>> curve_length(walk("FF+F", angle=90, step=0.5)[0])
    1.5
    """
    return float(np.linalg.norm(segments[:, 1] - segments[:, 0], axis=1).sum())


def snowflake(level: int) -> np.ndarray:
    """Koch snowflake segments of a triangle with unit sides, refined ``level`` times.

    Each refinement replaces every segment by four segments a third as long.

    >>> round(curve_length(snowflake(1)), 6)   # 3 sides * 4/3
    4.0
    """
    commands = rewrite(KOCH_SNOWFLAKE.axiom, KOCH_SNOWFLAKE.rules, level)
    return walk(commands, KOCH_SNOWFLAKE.angle, step=3.0**-level, start=Turtle(0.0, 0.0, 0.0))[0]


def draw(out: Path, plant_level: int = 5, koch_level: int = 4) -> Path:
    """Draw the essay's figure: snowflake levels, the plant with its tips, and string lengths."""
    plt = pyplot()
    from matplotlib.collections import LineCollection

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 10.0))
    ax = axes[0]
    for level in range(koch_level + 1):
        ax.add_collection(LineCollection(snowflake(level), lw=0.8,
                                         # viridis stops at 0.6: beyond, its greens and
                                         # yellows fade into the white page
                                         color=plt.cm.viridis(0.6 * level / koch_level),
                                         label=f"level {level}"))
    ax.set_xlim(-0.25, 1.25)
    ax.set_ylim(-1.05, 0.4)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.legend(fontsize=8, loc="lower left")
    ax.set_title("Koch snowflake: F -> F+F--F+F\nperimeter x 4/3 per level", fontsize=9)

    ax = axes[1]
    segments, tips, _ = walk(rewrite(PLANT.axiom, PLANT.rules, plant_level), PLANT.angle)
    ax.add_collection(LineCollection(segments, lw=0.5, color="darkgreen"))
    ax.scatter([t.x for t in tips], [t.y for t in tips], s=0.8, color="tab:red", zorder=3)
    ax.autoscale()
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title(f"plant, level {plant_level}: X -> F+[[X]-X]-F[-FX]+X, F -> FF\n"
                 f"{len(tips)} branch tips (red) = {len(tips)} pops of the stack", fontsize=9)

    ax = axes[2]
    n = np.arange(11)
    for system, label in ((ALGAE, "algae A->AB, B->A"), (KOCH_CURVE, "Koch curve"),
                          (PLANT, "plant")):
        ax.semilogy(n, lengths(system.axiom, system.rules, 10), "o-", ms=3, label=label)
    phi = (1 + math.sqrt(5)) / 2
    ax.semilogy(n, phi ** (n + 2) / math.sqrt(5), "k:", lw=1, label="φ^(n+2)/√5 (Binet)")
    ax.semilogy(n, 1 + 7 * (4.0**n - 1) / 3, "k--", lw=0.8, label="1 + 7(4^n - 1)/3")
    ax.set_xlabel("rewriting steps n")
    ax.set_ylabel("string length")
    ax.legend(fontsize=8)
    ax.set_title("lengths from letter counts alone", fontsize=9)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.l_systems``: grow the systems and draw the figure."""
    parser = cli.demo_parser(
        "biology.l_systems", "Lindenmayer systems: the Koch snowflake, a branching plant drawn "
        "by a turtle with a stack, and string lengths; draws the essay's figure.",
        "l_systems.png")
    # At most 7 levels: the strings grow exponentially.
    parser.add_argument("--plant-level", type=cli.integer(0, 7), default=5,
                        help="rewriting steps for the plant (default: %(default)s)")
    parser.add_argument("--koch-level", type=cli.integer(1, 7), default=4,
                        help="highest snowflake level drawn (default: %(default)s)")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    algae = lengths(ALGAE.axiom, ALGAE.rules, 10)
    perimeter = float(curve_length(snowflake(args.koch_level)))
    path = draw(args.out, args.plant_level, args.koch_level)
    facts = {"algae_lengths": list(algae), "snowflake_perimeter": perimeter, "figure": str(path)}
    return facts, (f"algae lengths: {algae}\n"
                   f"snowflake perimeter, level {args.koch_level}: {perimeter:.4f}\n"
                   f"wrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
