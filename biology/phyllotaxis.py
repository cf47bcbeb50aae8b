"""Phyllotaxis and Fibonacci hashing: the golden angle spreads seeds, and keys, evenly.

A sunflower head grows from its centre: each new seed appears at the rim of the growing tip, turned
by a fixed *divergence angle* from the one before. Vogel (1979) modelled the n-th seed at

    angle_n = n * alpha,        radius_n = c * sqrt(n),

where the square root keeps the seed density constant. With alpha the *golden angle*,
360 deg * (1 - 1/phi) = 137.5077... deg (phi = (1 + sqrt 5) / 2), the seeds pack without gaps and
the eye sees interlocking spirals whose counts are consecutive Fibonacci numbers. Any rational
fraction of a turn instead lines the seeds up in straight spokes with empty wedges between them.

The same number spreads keys in a hash table. *Fibonacci hashing* (Knuth, TAOCP vol. 3, 6.4)
multiplies a key by 2^w / phi and keeps the top bits: consecutive keys land like consecutive
seeds, far apart and evenly spaced. Both rest on one fact, the **three-gap theorem**
(Steinhaus' conjecture, proved by Sós and others in 1957-58): the points frac(n * x) for
n = 1..N cut the circle into gaps of at most three different lengths, and for x = 1/phi those
gaps are as even as any x allows.

>>> round(golden_angle(), 4)
137.5078
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

PHI = (1 + math.sqrt(5)) / 2


def golden_angle() -> float:
    """The golden angle in degrees, 360 (1 - 1/phi): the smaller arc of a golden-ratio cut.

    >>> abs(golden_angle() - 137.50776) < 1e-5
    True
    """
    return 360.0 * (1.0 - 1.0 / PHI)


# --8<-- [start:vogel]
def vogel_spiral(n_seeds: int, divergence_deg: float | None = None,
                 scale: float = 1.0) -> np.ndarray:
    """Seed positions ``(n_seeds, 2)`` in Vogel's model: angle n*alpha, radius scale*sqrt(n).

    >>> np.round(vogel_spiral(2, divergence_deg=90.0), 6).tolist()
    [[0.0, 0.0], [0.0, 1.0]]
    """
    if n_seeds < 0:
        raise ValueError(f"n_seeds must be >= 0, got {n_seeds}")
    alpha = math.radians(golden_angle() if divergence_deg is None else divergence_deg)
    n = np.arange(n_seeds)
    radius = scale * np.sqrt(n)
    return np.column_stack([radius * np.cos(n * alpha), radius * np.sin(n * alpha)])
# --8<-- [end:vogel]


def gap_lengths(x: float, n_points: int, decimals: int = 9) -> list[float]:
    """The distinct gap lengths between the points frac(k x), k = 1..n_points, on a unit circle.

    The three-gap theorem says this list never has more than three entries. O(N log N).

    >>> gap_lengths(1 / PHI, 5)
    [0.145898034, 0.236067977]
    >>> gap_lengths(0.25, 8)   # a rational turn: the points pile up on four spokes
    [0.0, 0.25]
    """
    if n_points < 1:
        raise ValueError(f"n_points must be >= 1, got {n_points}")
    points = np.sort(np.mod(x * np.arange(1, n_points + 1), 1.0))
    gaps = np.diff(np.concatenate([points, [points[0] + 1.0]]))
    return sorted(set(np.round(gaps, decimals).tolist()))


def packing_evenness(divergence_deg: float, n_seeds: int = 1000) -> float:
    """How evenly seeds fill the head: mean nearest-neighbour distance over the ideal spacing.

    The ideal spacing is sqrt(area / n), the side of the square each seed would own if the head
    were shared out perfectly. Even packing gives a ratio near 1; seeds crowded on spokes give a
    ratio near 0. O(n^2) time and memory, fine for a few thousand seeds.

    >>> packing_evenness(golden_angle()) > 0.9 > 0.1 > packing_evenness(90.0)
    True
    """
    if n_seeds < 2:
        raise ValueError(f"need at least 2 seeds to measure spacing, got {n_seeds}")
    points = vogel_spiral(n_seeds, divergence_deg)
    d = np.sqrt(((points[:, None, :] - points[None, :, :]) ** 2).sum(axis=-1))
    np.fill_diagonal(d, np.inf)
    area = math.pi * n_seeds  # radius sqrt(n) at scale 1
    return float(d.min(axis=1).mean() / math.sqrt(area / n_seeds))


# --8<-- [start:fibonacci-hash]
def golden_multiplier(word: int = 64) -> int:
    """floor(2^word / phi), made odd: Knuth's multiplier for a ``word``-bit hash, exactly.

    2^w / phi = 2^(w-1) (sqrt 5 - 1) = sqrt(5 * 4^(w-1)) - 2^(w-1), and since 2^(w-1) is an
    integer, the floor of the whole is the integer square root minus 2^(w-1): no rounding
    anywhere. (In floating point, ``int(2**64 / PHI)`` keeps only 53 significant bits and gives
    0x9e3779b97f4a7800.) For w = 64 the floor, 0x9e3779b97f4a7c15, is already odd; 2^64 / phi
    itself is ...7c15.95, so the nearest integer would be the even ...7c16. O(w^2) bit operations.

    >>> hex(golden_multiplier(64)), hex(golden_multiplier(32))
    ('0x9e3779b97f4a7c15', '0x9e3779b9')
    """
    if word < 1:
        raise ValueError(f"word must be at least 1 bit, got {word}")
    half = 1 << (word - 1)
    return (math.isqrt(5 * half * half) - half) | 1  # odd: a bijection on word-bit keys


def fibonacci_hash(key: int, bits: int, word: int = 64) -> int:
    """Knuth's multiplicative hash with the golden ratio: the top ``bits`` of key * 2^word/phi.

    Consecutive keys land far apart, like consecutive seeds. O(1).

    >>> [fibonacci_hash(k, 3) for k in range(8)]
    [0, 4, 1, 6, 3, 0, 5, 2]
    """
    if not 0 < bits <= word:
        raise ValueError(f"bits must be in 1..{word}, got {bits}")
    return ((key * golden_multiplier(word)) % 2**word) >> (word - bits)
# --8<-- [end:fibonacci-hash]


def modulo_hash(key: int, bits: int) -> int:
    """The naive hash: the low ``bits`` of the key. O(1).

    >>> [modulo_hash(k, 3) for k in (0, 8, 16)]
    [0, 0, 0]
    """
    return key % (1 << bits)


def max_bucket_load(keys: Sequence[int], bits: int, hash_fn) -> int:
    """The largest number of keys any of the 2**bits buckets receives.

    >>> max_bucket_load(range(0, 64, 8), 3, modulo_hash)
    8
    """
    counts = np.bincount([hash_fn(k, bits) for k in keys], minlength=1 << bits)
    return int(counts.max())


def draw(out: Path, n_seeds: int = 800, divergence: float = 137.0) -> Path:
    """Draw the essay's figure: three divergence angles (the middle one ``divergence``), and
    hashing of patterned keys."""
    plt = pyplot()

    # The three spirals in a row above the plot, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 5.8))
    grid = fig.add_gridspec(2, 3, height_ratios=[1, 1.1])
    axes = [fig.add_subplot(grid[0, k]) for k in range(3)] + [fig.add_subplot(grid[1, :])]
    for ax, angle, label in zip(
        axes[:3], (golden_angle(), divergence, 90.0),
        ("golden angle 137.508°", "137.0°: close, not enough" if divergence == 137.0
         else f"{divergence:g}°", "90°: a rational turn"),
        strict=True,
    ):
        pts = vogel_spiral(n_seeds, angle)
        ax.scatter(pts[:, 0], pts[:, 1], s=6, c=np.arange(n_seeds), cmap="viridis")
        ax.set_title(label, fontsize=9)
        ax.set_aspect("equal")
        ax.axis("off")
    keys = list(range(0, 1024 * 64, 64))  # patterned keys: every 64th integer
    bits = 6
    ax = axes[3]
    ax.bar(np.arange(1 << bits) - 0.2, np.bincount([modulo_hash(k, bits) for k in keys],
           minlength=1 << bits), width=0.4, label="key mod 64")
    ax.bar(np.arange(1 << bits) + 0.2, np.bincount([fibonacci_hash(k, bits) for k in keys],
           minlength=1 << bits), width=0.4, label="Fibonacci hash")
    ax.set_yscale("log")
    ax.set_ylim(1, 2000)  # from 1, so the even bars (16 keys each) stand at mid-height
    ax.set_xlabel("bucket (64 buckets)")
    ax.set_ylabel("keys in bucket")
    ax.set_title("1024 keys, all multiples of 64", fontsize=10)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.phyllotaxis``: draw the figure and print the checkable facts."""
    parser = cli.demo_parser(
        "biology.phyllotaxis", "Vogel's sunflower model and Fibonacci hashing: draws the "
        "essay's figure.", "phyllotaxis.png")
    parser.add_argument("--seeds", type=cli.integer(1, 100_000), default=800,
                        help="number of seeds in each sunflower (default: %(default)s)")
    parser.add_argument("--divergence", type=cli.real(0, 360, open_low=True, open_high=True),
                        default=137.0, help="turn between successive seeds in degrees, drawn "
                                            "in the middle (default: %(default)s)")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.seeds, args.divergence)
    angle, gaps = float(golden_angle()), len(gap_lengths(1 / PHI, 1000))
    evenness = {"golden": packing_evenness(angle), "divergence": packing_evenness(args.divergence)}
    facts = {"golden_angle_deg": angle, "gap_lengths": gaps,
             "packing_evenness": {k: float(v) for k, v in evenness.items()}, "figure": str(path)}
    return facts, (f"golden angle: {angle:.4f} deg\n"
                   f"gap lengths of frac(n/phi), n=1..1000: {gaps}\n"
                   f"packing evenness: golden angle {evenness['golden']:.3f}, "
                   f"{args.divergence:g} deg {evenness['divergence']:.3f}\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
