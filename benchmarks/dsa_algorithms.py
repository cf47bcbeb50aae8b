"""Time our sorts and binary searches against Python's own, and print the ratios.

Our code is pure Python written to be read; ``list.sort``/``sorted`` and :mod:`bisect` are C.
The ratio (ours / stdlib) shows the price of that, and how it changes with ``n`` shows growth:
a quadratic sort's ratio climbs with ``n`` while an O(n log n) sort's stays roughly flat.

    .venv/bin/python benchmarks/dsa_algorithms.py                 # text table
    .venv/bin/python benchmarks/dsa_algorithms.py --markdown      # table for the site
    .venv/bin/python benchmarks/dsa_algorithms.py --json          # machine-readable
    .venv/bin/python benchmarks/dsa_algorithms.py --sizes 1000 10000

Inputs are seeded random integers; each timing is the best of ``--repeat`` runs, in this
process's CPU time (:func:`time.process_time`): a wall clock also counts the time other
programs hold the core, which once turned the same bubble sort's 656x into 1202x. Quadratic
sorts run only at sizes up to ``--quadratic-max`` (default 1000).

**A peer teaching library.** When the ``algorithms`` package from PyPI is installed (``pip
install -e .[bench]``), its pure-Python sort of the same name is timed on the same input too,
and ``peer`` is ours / theirs: the fair comparison, Python against Python. It sorts the list in
place, so it gets a fresh copy each run (the copy is part of its time, as building a new list
is part of ours).
"""

from __future__ import annotations

import argparse
import bisect
import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dsa.searching import bisect_left, bisect_right
from dsa.sorting import (
    bubble_sort,
    counting_sort,
    heap_sort,
    insertion_sort,
    merge_sort,
    quick_sort,
    radix_sort,
    selection_sort,
)

QUADRATIC = {"insertion_sort": insertion_sort, "selection_sort": selection_sort,
             "bubble_sort": bubble_sort}
FAST = {"merge_sort": merge_sort, "quick_sort": quick_sort, "heap_sort": heap_sort,
        "counting_sort": counting_sort, "radix_sort": radix_sort}
LOOKUPS = 10_000


def best_time(function: Callable[[], Any], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds (the least disturbed by other load)."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


def peer_sorts() -> dict[str, Callable[[list], list]]:
    """The ``algorithms`` package's sorts by our names, or nothing when it is not installed."""
    try:
        from algorithms.sorting import (
            bubble_sort,
            counting_sort,
            insertion_sort,
            max_heap_sort,
            merge_sort,
            quick_sort,
            radix_sort,
            selection_sort,
        )
    except ImportError:
        return {}
    found = {"bubble_sort": bubble_sort, "counting_sort": counting_sort,
             "insertion_sort": insertion_sort, "heap_sort": max_heap_sort,
             "merge_sort": merge_sort, "quick_sort": quick_sort, "radix_sort": radix_sort,
             "selection_sort": selection_sort}
    return {name: (lambda values, f=f: f(list(values))) for name, f in found.items()}


# the peer's heap sort re-heapifies the rest after every extraction: O(n^2), timed as quadratic
PEER_QUADRATIC = {"heap_sort"}


def lookups(search: Callable[[list, Any], int], table: list, targets: list) -> list[int]:
    return [search(table, x) for x in targets]


def measure(sizes: list[int], repeat: int, quadratic_max: int, seed: int) -> list[dict]:
    rows, peers = [], peer_sorts()
    for n in sizes:
        rng = random.Random(seed + n)
        values = [rng.randrange(n * 10) for _ in range(n)]
        baseline = best_time(lambda values=values: sorted(values), repeat)
        sorts = dict(FAST)
        if n <= quadratic_max:
            sorts = {**QUADRATIC, **sorts}
        for name, sort in sorts.items():
            ours = best_time(lambda sort=sort, values=values: sort(values), repeat)
            rows.append(_row(name, "sorted", n, ours, baseline))
            if name in peers and (n <= quadratic_max or name not in PEER_QUADRATIC):
                peer = peers[name]
                assert peer(values) == sorted(values), f"the peer's {name} does not sort"
                rows[-1]["peer_ms"] = best_time(lambda f=peer, v=values: f(v), repeat) * 1e3
                rows[-1]["peer_ratio"] = rows[-1]["ours_ms"] / rows[-1]["peer_ms"]
        table = sorted(values)
        targets = [rng.randrange(n * 10) for _ in range(LOOKUPS)]
        for name, ours_fn, theirs_fn in (
            ("bisect_left", bisect_left, bisect.bisect_left),
            ("bisect_right", bisect_right, bisect.bisect_right),
        ):
            ours = best_time(lambda f=ours_fn, a=table, xs=targets: lookups(f, a, xs), repeat)
            theirs = best_time(lambda f=theirs_fn, a=table, xs=targets: lookups(f, a, xs), repeat)
            rows.append(_row(f"{name} ×{LOOKUPS}", f"bisect.{name}", n, ours, theirs))
    return rows


def _row(name: str, baseline: str, n: int, ours: float, theirs: float) -> dict:
    return {"algorithm": name, "baseline": baseline, "n": n, "ours_ms": ours * 1e3,
            "stdlib_ms": theirs * 1e3, "ratio": ours / theirs}


def _peer(r: dict, digits: int) -> str:
    return f"{r['peer_ms']:.{digits}f}" if "peer_ms" in r else "–"


def as_text(rows: list[dict]) -> str:
    header = (f"{'algorithm':<22}{'vs':<20}{'n':>8}{'ours ms':>12}{'stdlib ms':>12}"
              f"{'ratio':>10}{'peer ms':>12}{'vs peer':>9}")
    lines = [header, "-" * len(header)]
    for r in rows:
        vs_peer = f"{r['peer_ratio']:.2f}" if "peer_ratio" in r else "–"
        lines.append(f"{r['algorithm']:<22}{r['baseline']:<20}{r['n']:>8}{r['ours_ms']:>12.2f}"
                     f"{r['stdlib_ms']:>12.3f}{r['ratio']:>10.1f}{_peer(r, 2):>12}{vs_peer:>9}")
    return "\n".join(lines)


def as_markdown(rows: list[dict]) -> str:
    lines = ["| algorithm | vs | n | ours (ms) | stdlib (ms) | ratio | `algorithms` (ms) "
             "| ours / `algorithms` |", "|---|---|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        vs_peer = f"{r['peer_ratio']:.2f}×" if "peer_ratio" in r else "–"
        lines.append(f"| `{r['algorithm']}` | `{r['baseline']}` | {r['n']:,} | "
                     f"{r['ours_ms']:.2f} | {r['stdlib_ms']:.3f} | {r['ratio']:.1f}× | "
                     f"{_peer(r, 2)} | {vs_peer} |")
    lines += ["", "CPU time, one process, best of the runs. `algorithms` is the PyPI teaching "
              "library of that name (pure Python, like ours); a dash: no sort of that name there, "
              "the package is not installed, or (its heap sort, O(n²)) n is too large."]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--quadratic-max", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=0)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON rows")
    output.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    rows = measure(args.sizes, args.repeat, args.quadratic_max, args.seed)
    if args.json:
        print(json.dumps(rows, indent=2))
    elif args.markdown:
        print(as_markdown(rows))
    else:
        print(as_text(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
