"""Growth you can see: count the work at doubling sizes, and plot it.

A cost table says merge sort is O(n log n); a plot of the comparisons it actually makes, beside
the curve n log2 n, shows it. Every figure here is drawn from *counts* — comparisons, element
reads, element copies, tree levels — made with :mod:`dsa.counting` on seeded inputs, never from a
clock, so the same code draws the same picture on any machine.

``python -m dsa.growth --out docs/figures/dsa`` writes the figures the site shows; each function
below returns the numbers behind one of them.

>>> sizes, counts = sort_comparisons("merge_sort", [8, 16])
>>> sizes, [c > 0 for c in counts]
([8, 16], [True, True])
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import random
import sys
from collections.abc import Sequence
from pathlib import Path

from dsa.counting import CountingList, Tally, counted

__all__ = [
    "CAPTIONS",
    "append_copies",
    "binary_search_reads",
    "draw_all",
    "heap_push_comparisons",
    "main",
    "sort_comparisons",
    "tree_heights",
]

#: What each figure shows, in a sentence the site prints under it (keyed by the figure's name).
CAPTIONS = {
    "sorting": "The three quadratic sorts climb with slope 2 on these log-log axes, beside n²/2; "
               "merge, quick and heap sort climb with slope just over 1, beside n log₂ n. "
               "Counting and radix sort make no comparisons at all, so they are not drawn.",
    "searching.binary_search": "Each doubling of n costs the scan twice the reads and binary "
                               "search one more read.",
    "structures.binary_heap": "A push may climb the whole height, log₂ n levels, but a random "
                              "value usually stops after one or two: the average stays near 2 "
                              "comparisons however large the heap grows.",
    "structures.avl_tree": "Sorted keys turn a plain search tree into a path as long as the "
                           "input; the AVL tree's rotations keep it within its proven bound.",
    "structures.dynamic_array": "Doubling makes each resize copy everything, yet the total number "
                                "of copies never reaches 2n: under two copies per append.",
}

COMPARISON_SORTS = ("insertion_sort", "selection_sort", "bubble_sort", "merge_sort",
                    "quick_sort", "heap_sort")


def _sort_function(name: str):
    if name not in COMPARISON_SORTS:
        raise ValueError(f"unknown comparison sort {name!r}; choose one of {COMPARISON_SORTS}")
    return getattr(importlib.import_module(f"dsa.sorting.{name}"), name)


def sort_comparisons(name: str, sizes: Sequence[int], seed: int = 0) -> tuple[list[int], list[int]]:
    """Comparisons the sort called ``name`` makes on a seeded shuffle of each size.

    >>> sort_comparisons("insertion_sort", [1, 2, 3])[1][0]
    0
    """
    sort = _sort_function(name)
    counts = []
    for n in sizes:
        tally = Tally()
        values = list(range(n))
        random.Random(seed + n).shuffle(values)
        sort(counted(values, tally))
        counts.append(tally.comparisons)
    return list(sizes), counts


def binary_search_reads(sizes: Sequence[int]) -> tuple[list[int], list[int], list[int]]:
    """Element reads of binary search and of a linear scan, looking for a missing value.

    A value larger than all makes the scan read every element, while binary search halves the
    range with each read: never more than ceil(log2(n + 1)) reads.

    >>> binary_search_reads([1, 1024])
    ([1, 1024], [1, 10], [1, 1024])
    """
    from dsa.searching.binary_search import bisect_left

    binary, linear = [], []
    for n in sizes:
        tally = Tally()
        bisect_left(CountingList(range(n), tally), n)
        binary.append(tally.reads)
        tally = Tally()
        items = CountingList(range(n), tally)
        next((i for i in range(n) if items[i] >= n), n)
        linear.append(tally.reads)
    return list(sizes), binary, linear


def heap_push_comparisons(sizes: Sequence[int], seed: int = 0) -> tuple[list[int], list[float]]:
    """Average comparisons per push while pushing ``n`` seeded random values into a heap.

    >>> heap_push_comparisons([1])
    ([1], [0.0])
    """
    from dsa.structures.binary_heap import MinHeap

    per_push = []
    for n in sizes:
        tally = Tally()
        rng = random.Random(seed + n)
        heap: MinHeap = MinHeap()
        for value in counted([rng.random() for _ in range(n)], tally):
            heap.push(value)
        per_push.append(tally.comparisons / n)
    return list(sizes), per_push


def tree_heights(sizes: Sequence[int]) -> tuple[list[int], list[int], list[int]]:
    """Heights of a plain binary search tree and an AVL tree after inserting 0..n-1 in order.

    >>> tree_heights([7])
    ([7], [7], [3])
    """
    from dsa.structures.avl_tree import AVLTree
    from dsa.structures.binary_search_tree import BinarySearchTree

    plain = [BinarySearchTree.fromkeys(range(n)).height for n in sizes]
    balanced = [AVLTree.fromkeys(range(n)).height for n in sizes]
    return list(sizes), plain, balanced


def append_copies(n: int, growth: float = 2.0) -> tuple[list[int], list[int], list[int]]:
    """Capacity and running total of element copies after each of ``n`` appends.

    >>> append_copies(3)
    ([1, 2, 3], [1, 2, 4], [0, 1, 3])
    """
    from dsa.structures.dynamic_array import DynamicArray

    array: DynamicArray = DynamicArray(growth=growth)
    lengths, capacities, copies = [], [], []
    for i in range(n):
        array.append(i)
        lengths.append(len(array))
        capacities.append(array.capacity)
        copies.append(array.copies)
    return lengths, capacities, copies


def _figure(plt, title: str):
    fig, ax = plt.subplots(figsize=(6.4, 4.0))
    ax.set_title(title, fontsize=11)
    ax.grid(True, alpha=0.3)
    return fig, ax


def draw_all(out: Path) -> list[Path]:
    """Draw every growth figure into ``out``; returns the files written."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def save(fig, name: str) -> None:
        fig.tight_layout()
        path = out / f"{name}.png"
        # No "Software" entry (matplotlib's version): equal figures are then equal bytes, and a
        # library upgrade alone does not change every committed PNG. (biology.figures does the
        # same; dsa imports nothing outside itself, so it is repeated here.)
        fig.savefig(path, dpi=100, metadata={"Software": None})
        plt.close(fig)
        written.append(path)

    sizes = [2**k for k in range(4, 12)]
    fig, ax = _figure(plt, "Comparisons made by each sort (seeded shuffles)")
    for name in COMPARISON_SORTS:
        quadratic = name in ("insertion_sort", "selection_sort", "bubble_sort")
        xs = [n for n in sizes if n <= 1024] if quadratic else sizes
        _, counts = sort_comparisons(name, xs)
        ax.loglog(xs, counts, "o-", ms=3, label=name.replace("_", " "))
    ax.loglog(sizes, [n * n / 2 for n in sizes], "k:", label="n²/2")
    ax.loglog(sizes, [n * math.log2(n) for n in sizes], "k--", label="n log₂ n")
    ax.set_xlabel("n (items)")
    ax.set_ylabel("comparisons")
    ax.legend(fontsize=8, ncol=2)
    save(fig, "sorting")

    sizes = [2**k for k in range(0, 21, 2)]
    _, binary, linear = binary_search_reads(sizes)
    fig, ax = _figure(plt, "Reads to find that a value is absent")
    ax.loglog(sizes, linear, "o-", ms=3, label="linear scan: n")
    ax.loglog(sizes, binary, "o-", ms=3, label="binary search: ≈ log₂ n")
    ax.set_xlabel("n (sorted items)")
    ax.set_ylabel("element reads")
    ax.legend(fontsize=9)
    save(fig, "searching.binary_search")

    sizes = [2**k for k in range(1, 16)]
    _, per_push = heap_push_comparisons(sizes)
    fig, ax = _figure(plt, "Average comparisons per heap push (random values)")
    ax.semilogx(sizes, per_push, "o-", ms=3, label="measured")
    ax.semilogx(sizes, [math.log2(n) for n in sizes], "k--", label="log₂ n (the worst case)")
    ax.set_xlabel("n (items pushed)")
    ax.set_ylabel("comparisons per push")
    ax.legend(fontsize=9)
    save(fig, "structures.binary_heap")

    sizes = [2**k for k in range(1, 11)]
    _, plain, balanced = tree_heights(sizes)
    fig, ax = _figure(plt, "Tree height after inserting 0, 1, …, n−1 in order")
    ax.loglog(sizes, plain, "o-", ms=3, label="binary search tree: n (a path)")
    ax.loglog(sizes, balanced, "o-", ms=3, label="AVL tree")
    ax.loglog(sizes, [1.4405 * math.log2(n + 2) for n in sizes], "k--",
              label="AVL bound 1.44 log₂(n+2)")
    ax.set_xlabel("n (keys)")
    ax.set_ylabel("height (levels)")
    ax.legend(fontsize=9)
    save(fig, "structures.avl_tree")

    lengths, capacities, copies = append_copies(2000)
    fig, ax = _figure(plt, "Appending to a dynamic array that doubles when full")
    ax.plot(lengths, capacities, label="capacity")
    ax.plot(lengths, copies, label="element copies so far")
    ax.plot(lengths, [2 * n for n in lengths], "k--", label="2n")
    ax.set_xlabel("appends")
    ax.legend(fontsize=9)
    save(fig, "structures.dynamic_array")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m dsa.growth``: draw the growth figures the site shows."""
    parser = argparse.ArgumentParser(
        prog="python -m dsa.growth",
        description="Count comparisons, reads and copies at doubling sizes and plot them. "
                    "Counts, not timings: the figures are the same on every machine.")
    # The default is the current folder, not the site's figure folder: run from the repository
    # root, a site path would silently overwrite the committed figures. The site build passes
    # --out docs/figures/dsa itself (python -m tools.site figures).
    parser.add_argument("--out", type=Path, default=Path("."),
                        help="folder for the PNG files (default: the current folder)")
    args = parser.parse_args(argv)
    try:
        written = draw_all(args.out)  # makes the folder first, so a bad --out fails at once
    except OSError as err:
        print(f"error: cannot write the figures into {args.out}: {err.strerror or err}; "
              "choose another --out folder", file=sys.stderr)
        return 2
    try:
        print("\n".join(f"wrote {path}" for path in written), flush=True)
    except BrokenPipeError:  # the reader went away (`| head -1`): nothing left to tell it
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
