"""Sequence alignment as dynamic programming: Needleman–Wunsch (global) and Smith–Waterman (local).

Two proteins that descend from a common ancestor differ by substitutions, insertions and
deletions. To compare them we write one above the other, with gaps ``-`` where a residue has no
partner, and add up a score: ``s(a, b)`` for each aligned pair (a substitution matrix such as
BLOSUM50, built from how often residues replace each other in related proteins) and ``-d`` for
each gap symbol (a *linear* gap penalty).

The best alignment of the prefixes ``x[:i]`` and ``y[:j]`` ends in one of three ways, so

    F[i][j] = max(F[i-1][j-1] + s(x_i, y_j),    # x_i aligned with y_j
                  F[i-1][j] - d,                # x_i against a gap
                  F[i][j-1] - d)                # y_j against a gap

with ``F[i][0] = -i d`` and ``F[0][j] = -j d`` (Needleman & Wunsch 1970). The *local* version
(Smith & Waterman 1981) adds a fourth choice, 0 — "start afresh here" — and takes the best cell
anywhere in the table: the best-scoring pair of *substrings*. Walking back along the choices
that achieved each maximum (the *traceback*) recovers an alignment. This is the edit-distance
recurrence with a richer cost model: with ``s = 0`` for a match, ``-1`` for a mismatch and
``d = 1``, the global score is exactly minus the edit distance.

Time and space O(len(x) * len(y)).

>>> global_alignment("HEAGAWGHEE", "PAWHEAE").score
1
>>> local_alignment("HEAGAWGHEE", "PAWHEAE").score
28
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

DATA = Path(__file__).parent / "data"
GAP = "-"

Scorer = Callable[[str, str], float]


def load_blosum50(path: Path = DATA / "blosum50.txt") -> dict[str, dict[str, int]]:
    """The BLOSUM50 table as ``{a: {b: score}}`` for the 20 standard amino acids.

    >>> table = load_blosum50()
    >>> table["W"]["W"], table["H"]["H"], table["P"]["A"]
    (15, 10, -1)
    """
    rows = [line.split() for line in path.read_text().splitlines()
            if line.strip() and not line.startswith("#")]
    header = rows[0]
    return {row[0]: dict(zip(header, map(int, row[1:]), strict=True)) for row in rows[1:]}


BLOSUM50 = load_blosum50()


def load_fasta(path: Path = DATA / "globins.fasta") -> dict[str, str]:
    """Sequences from a FASTA file as ``{name: residues}``; the name is the header's first word.

    Lines starting with ``;`` are comments. The default file holds the haemoglobin alpha and
    beta chains of human and horse (UniProt reference sequences, mature chains).

    >>> globins = load_fasta()
    >>> sorted(globins), len(globins["human_alpha"]), len(globins["human_beta"])
    (['horse_alpha', 'horse_beta', 'human_alpha', 'human_beta'], 141, 146)
    """
    sequences: dict[str, list[str]] = {}
    name = None
    for line in path.read_text().splitlines():
        line = line.strip()
        if line.startswith(">"):
            name = line[1:].split()[0]
            sequences[name] = []
        elif line and not line.startswith(";"):
            if name is None:
                raise ValueError(f"{path}: residues before the first '>' header")
            sequences[name].append(line)
    return {key: "".join(parts) for key, parts in sequences.items()}


def blosum50(a: str, b: str) -> int:
    """The BLOSUM50 score of aligning residue ``a`` with residue ``b``.

    >>> blosum50("H", "H"), blosum50("E", "A")
    (10, -1)
    """
    try:
        return BLOSUM50[a][b]
    except KeyError:
        bad = a if a not in BLOSUM50 else b
        raise KeyError(f"{bad!r} is not one of the 20 amino acids "
                       f"{''.join(BLOSUM50)}; write protein sequences in upper case") from None


def unit_cost(a: str, b: str) -> int:
    """Edit-distance scoring as a similarity: 0 for a match, -1 for a mismatch.

    >>> unit_cost("A", "A"), unit_cost("A", "C")
    (0, -1)
    """
    return 0 if a == b else -1


class Alignment(NamedTuple):
    """An alignment: its ``score`` and the two gapped rows ``top`` and ``bottom``.

    >>> Alignment(3, "A-C", "AGC").top
    'A-C'
    """

    score: float
    top: str
    bottom: str


def _check(x: Sequence[str], y: Sequence[str], gap: float) -> None:
    for name, seq in (("x", x), ("y", y)):
        if not isinstance(seq, str):
            raise TypeError(f"{name} must be a str of residues, got {type(seq).__name__}")
    if gap < 0:
        raise ValueError(f"gap is a penalty and must be >= 0 (it is subtracted), got {gap}")


# --8<-- [start:fill]
def score_table(x: str, y: str, score: Scorer = blosum50, gap: float = 8,
                local: bool = False) -> np.ndarray:
    """The DP table F, shape (len(x)+1, len(y)+1): F[i, j] is the best score of x[:i] vs y[:j].

    Global (Needleman–Wunsch) by default; ``local=True`` gives Smith–Waterman, where no cell
    falls below 0 because an alignment may start anywhere. O(len(x) len(y)) time and space.

    >>> score_table("AW", "AW", gap=8).tolist()
    [[0.0, -8.0, -16.0], [-8.0, 5.0, -3.0], [-16.0, -3.0, 20.0]]
    """
    _check(x, y, gap)
    F = np.zeros((len(x) + 1, len(y) + 1))
    if not local:
        F[:, 0] = -gap * np.arange(len(x) + 1)
        F[0, :] = -gap * np.arange(len(y) + 1)
    floor = 0.0 if local else -np.inf
    for i in range(1, len(x) + 1):
        for j in range(1, len(y) + 1):
            F[i, j] = max(F[i - 1, j - 1] + score(x[i - 1], y[j - 1]),
                          F[i - 1, j] - gap,
                          F[i, j - 1] - gap,
                          floor)
    return F
# --8<-- [end:fill]


# --8<-- [start:traceback]
def traceback(x: str, y: str, F: np.ndarray, score: Scorer = blosum50, gap: float = 8,
              local: bool = False) -> tuple[Alignment, list[tuple[int, int]]]:
    """Walk back from the end cell to recover an alignment, and the cells on the path.

    Global: start at the bottom-right corner and stop at (0, 0). Local: start at the best cell
    and stop at the first cell whose score is 0. Ties prefer the diagonal, then a gap in ``y``.
    O(len(x) + len(y)).

    >>> F = score_table("AW", "AW", gap=8)
    >>> traceback("AW", "AW", F, gap=8)[0]
    Alignment(score=20.0, top='AW', bottom='AW')
    """
    if local:
        i, j = (int(k) for k in np.unravel_index(np.argmax(F), F.shape))
    else:
        i, j = len(x), len(y)
    best = float(F[i, j])
    top: list[str] = []
    bottom: list[str] = []
    path = [(i, j)]
    while (i > 0 or j > 0) and not (local and F[i, j] == 0):
        if i > 0 and j > 0 and F[i, j] == F[i - 1, j - 1] + score(x[i - 1], y[j - 1]):
            top.append(x[i - 1])
            bottom.append(y[j - 1])
            i, j = i - 1, j - 1
        elif i > 0 and F[i, j] == F[i - 1, j] - gap:
            top.append(x[i - 1])
            bottom.append(GAP)
            i -= 1
        else:
            top.append(GAP)
            bottom.append(y[j - 1])
            j -= 1
        path.append((i, j))
    return Alignment(best, "".join(reversed(top)), "".join(reversed(bottom))), path[::-1]
# --8<-- [end:traceback]


def optimal_alignments(x: str, y: str, score: Scorer = blosum50, gap: float = 8,
                       local: bool = False, limit: int = 1000) -> list[Alignment]:
    """Every alignment that reaches the best score, not only the one :func:`traceback` picks.

    The traceback follows one move per cell by a fixed preference; wherever two moves give the
    cell its value, another alignment is exactly as good. This walks all of them (depth first,
    with an explicit stack), from every best cell when ``local``, and returns each pair of rows
    once. There can be exponentially many, so at most ``limit`` are returned.
    O(len(x) len(y)) for the table, then O(len(x) + len(y)) per alignment found.

    >>> [a.bottom for a in optimal_alignments("AA", "A", unit_cost, gap=1)]
    ['-A', 'A-']
    """
    F = score_table(x, y, score, gap, local)
    best = float(F.max()) if local else float(F[-1, -1])
    ends = ([(int(i), int(j)) for i, j in np.argwhere(F == best)] if local
            else [(len(x), len(y))])
    found: list[Alignment] = []
    seen: set[tuple[str, str]] = set()
    stack = [(i, j, "", "") for i, j in reversed(ends)]
    while stack and len(found) < limit:
        i, j, top, bottom = stack.pop()
        if (i == 0 and j == 0) or (local and F[i, j] == 0):
            if (top, bottom) not in seen:  # local: equal rows can end at different cells
                seen.add((top, bottom))
                found.append(Alignment(_as_int(best), top, bottom))
            continue
        moves = []  # pushed in reverse, so the traceback's own choice comes out first
        if i > 0 and j > 0 and F[i, j] == F[i - 1, j - 1] + score(x[i - 1], y[j - 1]):
            moves.append((i - 1, j - 1, x[i - 1] + top, y[j - 1] + bottom))
        if i > 0 and F[i, j] == F[i - 1, j] - gap:
            moves.append((i - 1, j, x[i - 1] + top, GAP + bottom))
        if j > 0 and F[i, j] == F[i, j - 1] - gap:
            moves.append((i, j - 1, GAP + top, y[j - 1] + bottom))
        stack.extend(reversed(moves))
    return found


def global_alignment(x: str, y: str, score: Scorer = blosum50, gap: float = 8) -> Alignment:
    """Needleman–Wunsch: the best alignment of all of ``x`` with all of ``y``.

    >>> a = global_alignment("HEAGAWGHEE", "PAWHEAE")
    >>> print(a.top, a.bottom, sep="\\n")
    HEAGAWGHE-E
    --P-AW-HEAE
    """
    F = score_table(x, y, score, gap)
    alignment, _ = traceback(x, y, F, score, gap)
    return alignment._replace(score=_as_int(alignment.score))


def local_alignment(x: str, y: str, score: Scorer = blosum50, gap: float = 8) -> Alignment:
    """Smith–Waterman: the best-scoring alignment of a substring of ``x`` with one of ``y``.

    >>> a = local_alignment("HEAGAWGHEE", "PAWHEAE")
    >>> print(a.top, a.bottom, sep="\\n")
    AWGHE
    AW-HE
    """
    F = score_table(x, y, score, gap, local=True)
    alignment, _ = traceback(x, y, F, score, gap, local=True)
    return alignment._replace(score=_as_int(alignment.score))


def alignment_score(top: str, bottom: str, score: Scorer = blosum50, gap: float = 8) -> float:
    """Score a given alignment column by column: an independent check on the DP. O(length).

    >>> alignment_score("HEAGAWGHE-E", "--P-AW-HEAE")
    1
    """
    if len(top) != len(bottom):
        raise ValueError(f"the rows of an alignment must have equal length, "
                         f"got {len(top)} and {len(bottom)}")
    total = 0
    for a, b in zip(top, bottom, strict=True):
        if a == GAP and b == GAP:
            raise ValueError("a column may not hold two gaps; remove it")
        total += -gap if GAP in (a, b) else score(a, b)
    return total


def differences(alignment: Alignment) -> int:
    """Columns of an alignment whose two rows differ: substitutions plus gap symbols. O(length).

    >>> differences(Alignment(0, "HEA-GAW", "HEAPGVW"))
    2
    """
    return sum(a != b for a, b in zip(alignment.top, alignment.bottom, strict=True))


def _as_int(value: float) -> float:
    return int(value) if float(value).is_integer() else value


def text_colour(background: Sequence[float]) -> str:
    """Black or white, whichever contrasts more with an RGB(A) ``background`` in [0, 1].

    By WCAG relative luminance L, black wins above L = 0.179, where both give a ratio of 4.58:1.

    >>> text_colour((0.02, 0.19, 0.38)), text_colour((0.97, 0.97, 0.97))
    ('white', 'black')
    """
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
              for c in background[:3]]
    luminance = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]
    return "black" if luminance > 0.179 else "white"


def draw(out: Path, x: str = "HEAGAWGHEE", y: str = "PAWHEAE", gap: float = 8) -> Path:
    """Draw the essay's figure: the global and local DP tables with their traceback paths."""
    plt = pyplot()

    # 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(1, 2, figsize=(6.8, 5.6))
    for ax, local, name in zip(axes, (False, True), ("global (Needleman–Wunsch)",
                                                     "local (Smith–Waterman)"), strict=True):
        F = score_table(x, y, gap=gap, local=local)
        alignment, path = traceback(x, y, F, gap=gap, local=local)
        image = ax.imshow(F, cmap="RdBu", vmin=-np.abs(F).max(), vmax=np.abs(F).max())
        rows, cols = zip(*path, strict=True)
        # The path goes under the numbers, in a colour that stays visible on the dark cells.
        ax.plot(cols, rows, color="gold", lw=3, alpha=0.8, zorder=2)
        for (i, j), value in np.ndenumerate(F):
            ax.text(j, i, f"{value:g}", ha="center", va="center", fontsize=8, zorder=3,
                    color=text_colour(image.cmap(image.norm(value))))
        ax.set_xticks(range(len(y) + 1), ["·", *y])
        ax.set_yticks(range(len(x) + 1), ["·", *x])
        ax.xaxis.tick_top()
        ax.set_title(f"{name}: score {alignment.score:g}\n{alignment.top}\n{alignment.bottom}",
                     fontsize=9, family="monospace")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.sequence_alignment``: align two proteins and draw the DP tables."""
    parser = cli.demo_parser(
        "biology.sequence_alignment", "Global and local alignment of two proteins with "
        "BLOSUM50 and a linear gap penalty; draws both DP tables with their tracebacks.",
        "sequence_alignment.png")
    parser.add_argument("--x", type=protein, default="HEAGAWGHEE",
                        help="first protein, one-letter codes (default: %(default)s)")
    parser.add_argument("--y", type=protein, default="PAWHEAE",
                        help="second protein, one-letter codes (default: %(default)s)")
    parser.add_argument("--gap", type=cli.real(0, 100), default=8,
                        help="linear gap penalty d, per gap symbol (default: %(default)s)")
    return cli.run(parser, argv, _demo)


# The figure writes every cell of both tables; beyond this many residues the numbers overlap.
MAX_DRAWN_RESIDUES = 40


def protein(text: str) -> str:
    """``text`` as a protein for the command line: 1 to 40 of the 20 BLOSUM50 residues.

    >>> protein("hea")
    'HEA'
    >>> protein("H3A")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: '3' is not one of the 20 amino acids ARNDCQEGHILKMFPSTWYV
    """
    residues = text.strip().upper()
    if not 1 <= len(residues) <= MAX_DRAWN_RESIDUES:
        raise argparse.ArgumentTypeError(
            f"give 1 to {MAX_DRAWN_RESIDUES} residues (the figure draws every cell), "
            f"got {len(residues)}")
    for residue in residues:
        if residue not in BLOSUM50:
            raise argparse.ArgumentTypeError(
                f"{residue!r} is not one of the 20 amino acids {''.join(BLOSUM50)}")
    return residues


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    lines, facts = [], {}
    for label, alignment in (("global", global_alignment(args.x, args.y, gap=args.gap)),
                             ("local", local_alignment(args.x, args.y, gap=args.gap))):
        facts[label] = {"score": float(alignment.score), "top": alignment.top,
                        "bottom": alignment.bottom}
        lines.append(f"{label} score {alignment.score}\n  {alignment.top}\n  {alignment.bottom}")
    path = draw(args.out, args.x, args.y, args.gap)
    facts["figure"] = str(path)
    return facts, "\n".join([*lines, f"wrote {path}"])


if __name__ == "__main__":
    raise SystemExit(main())
