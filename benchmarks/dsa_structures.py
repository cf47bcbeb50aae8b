"""Time our data structures against the standard library's and print the ratios.

Each structure runs the same seeded workload as its standard-library counterpart, at several
sizes. Ours are pure Python written to be read; ``dict``, ``list``, ``heapq``,
``collections.deque`` and ``OrderedDict`` are C. The ratio (ours / stdlib) is the price of
that. How it moves with ``n`` shows growth: a ratio that stays roughly flat means the same
big-O. The tree and skip-list rows are compared with ``bisect.insort`` on a sorted list, an
O(n) insert whose memmove is so cheap in C that the O(log n) structures only catch up near
``n = 100,000`` (where the unbalanced tree on random keys overtakes it).

    .venv/bin/python benchmarks/dsa_structures.py                  # text table
    .venv/bin/python benchmarks/dsa_structures.py --markdown       # table for the site
    .venv/bin/python benchmarks/dsa_structures.py --json           # machine-readable
    .venv/bin/python benchmarks/dsa_structures.py --sizes 1000 10000 --repeat 5
    .venv/bin/python benchmarks/dsa_structures.py --markdown --output table.md   # also save it

Workloads (``n`` = size):

* heap: push ``n`` random integers, then pop them all;
* hash maps: insert ``n`` random keys, look each up, delete half;
* deque: ``n`` appends, with a popleft after every other one, then drain from both ends;
* dynamic array: ``n`` appends, read every index, pop everything;
* LRU cache (capacity ``n // 10``): ``n`` gets and puts on keys drawn from ``n // 5``;
* sorted maps (BST, AVL, skip list): insert ``n`` random keys, look each up, floor queries.

**Pure-Python peers** (``--peers``, a second table). Against C the ratio is the price of
Python; against Python it is the price of the design. Where installed, each structure is also
timed against the best pure-Python code that does the same job: the standard library's own
``heapq`` source with its C accelerator blocked, ``sortedcontainers.SortedDict`` for the sorted
maps, and the ``algorithms`` package from PyPI (a teaching library like ours: its binary heap
and resizable open-addressing table). ``pip install -e .[bench]`` installs them.

Each timing is the best of ``--repeat`` runs, measured as this process's CPU time
(:func:`time.process_time`) so that other programs sharing the cores disturb it less than
they would a wall clock. Figures from a busy machine still wobble by tens of percent: read
the ratios for their size, not their decimals.
"""

from __future__ import annotations

import argparse
import bisect
import heapq
import json
import random
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dsa.structures.avl_tree import AVLTree
from dsa.structures.binary_heap import MinHeap
from dsa.structures.binary_search_tree import BinarySearchTree
from dsa.structures.deque import Deque
from dsa.structures.dynamic_array import DynamicArray
from dsa.structures.hash_map import ChainedHashMap, OpenAddressingHashMap
from dsa.structures.lru_cache import LRUCache
from dsa.structures.skip_list import SkipList


def best_time(function: Callable[[], Any], repeat: int) -> float:
    """The fastest of ``repeat`` runs, in seconds of this process's CPU time."""
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        function()
        best = min(best, time.process_time() - start)
    return best


# -- workloads: each takes the structure (or a factory) and the seeded inputs -------------


def heap_ours(xs: list[int]) -> None:
    h = MinHeap()
    for x in xs:
        h.push(x)
    while h:
        h.pop()


def heap_stdlib(xs: list[int]) -> None:
    h: list[int] = []
    for x in xs:
        heapq.heappush(h, x)
    while h:
        heapq.heappop(h)


def mapping_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    def run(keys: list[int]) -> None:
        m = factory()
        for k in keys:
            m[k] = k
        for k in keys:
            m[k]
        for k in keys[::2]:
            m.pop(k, None)

    return run


def deque_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    def run(xs: list[int]) -> None:
        d = factory()
        for i, x in enumerate(xs):
            d.append(x)
            if i % 2:
                d.popleft()
        while d:
            d.pop()
            if d:
                d.popleft()

    return run


def array_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    def run(xs: list[int]) -> None:
        a = factory()
        for x in xs:
            a.append(x)
        for i in range(len(xs)):
            a[i]
        while a:
            a.pop()

    return run


class OrderedDictLRU:
    """The usual standard-library LRU: an OrderedDict kept in recency order."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.d: OrderedDict = OrderedDict()

    def get(self, key: Any, default: Any = None) -> Any:
        if key not in self.d:
            return default
        self.d.move_to_end(key)
        return self.d[key]

    def put(self, key: Any, value: Any) -> None:
        self.d[key] = value
        self.d.move_to_end(key)
        if len(self.d) > self.capacity:
            self.d.popitem(last=False)


def lru_workload(factory: Callable[[int], Any]) -> Callable[[list[int]], None]:
    def run(keys: list[int]) -> None:
        cache = factory(max(1, len(keys) // 10))
        for i, k in enumerate(keys):
            if i % 2:
                cache.put(k, i)
            else:
                cache.get(k)

    return run


def sorted_map_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    def run(keys: list[int]) -> None:
        m = factory()
        for k in keys:
            m[k] = k
        for k in keys:
            m[k]
        for k in keys[::4]:
            m.floor(k + 1)

    return run


class SortedListMap:
    """The standard-library sorted map: a dict for values plus a sorted key list (bisect)."""

    def __init__(self) -> None:
        self.values: dict = {}
        self.keys: list = []

    def __setitem__(self, key: Any, value: Any) -> None:
        if key not in self.values:
            bisect.insort(self.keys, key)
        self.values[key] = value

    def __getitem__(self, key: Any) -> Any:
        return self.values[key]

    def floor(self, key: Any) -> Any:
        i = bisect.bisect_right(self.keys, key)
        return self.keys[i - 1] if i else None


# name, ours, baseline name, baseline, input kind
CASES: list[tuple[str, Callable, str, Callable, str]] = [
    ("MinHeap", heap_ours, "heapq", heap_stdlib, "values"),
    ("ChainedHashMap", mapping_workload(ChainedHashMap), "dict", mapping_workload(dict), "keys"),
    (
        "OpenAddressingHashMap",
        mapping_workload(OpenAddressingHashMap),
        "dict",
        mapping_workload(dict),
        "keys",
    ),
    ("Deque", deque_workload(Deque), "collections.deque", deque_workload(deque), "values"),
    ("DynamicArray", array_workload(DynamicArray), "list", array_workload(list), "values"),
    (
        "LRUCache",
        lru_workload(LRUCache),
        "OrderedDict LRU",
        lru_workload(OrderedDictLRU),
        "hot keys",
    ),
    (
        "BinarySearchTree",
        sorted_map_workload(BinarySearchTree),
        "dict + bisect",
        sorted_map_workload(SortedListMap),
        "keys",
    ),
    (
        "AVLTree",
        sorted_map_workload(AVLTree),
        "dict + bisect",
        sorted_map_workload(SortedListMap),
        "keys",
    ),
    (
        "SkipList",
        sorted_map_workload(SkipList),
        "dict + bisect",
        sorted_map_workload(SortedListMap),
        "keys",
    ),
]


def pure_python_heapq():
    """A fresh copy of the standard library's ``heapq`` running its Python code: importing its
    C accelerator ``_heapq`` is made to fail while the module loads."""
    import importlib.util

    saved = sys.modules.get("_heapq")
    sys.modules["_heapq"] = None  # "from _heapq import *" now raises ImportError
    try:
        spec = importlib.util.find_spec("heapq")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        if saved is None:
            del sys.modules["_heapq"]
        else:
            sys.modules["_heapq"] = saved
    assert module.heappush.__module__ == "heapq"  # the Python function, not the C one
    return module


def heap_module_workload(module) -> Callable[[list[int]], None]:
    def run(xs: list[int]) -> None:
        h: list[int] = []
        for x in xs:
            module.heappush(h, x)
        while h:
            module.heappop(h)

    return run


def heap_methods_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    """The heap workload for a class with ``insert`` and ``remove_min`` (the ``algorithms``
    package's names)."""
    def run(xs: list[int]) -> None:
        h = factory()
        for x in xs:
            h.insert(x)
        for _ in xs:
            h.remove_min()

    return run


def table_workload(factory: Callable[[], Any]) -> Callable[[list[int]], None]:
    """The hash-map workload for a table with ``put``, ``get`` and ``del_``."""
    def run(keys: list[int]) -> None:
        m = factory()
        for k in keys:
            m.put(k, k)
        for k in keys:
            m.get(k)
        for k in keys[::2]:
            m.del_(k)

    return run


class SortedDictMap:
    """``sortedcontainers.SortedDict`` (pure Python) with the workload's ``floor``."""

    def __init__(self) -> None:
        from sortedcontainers import SortedDict

        self.d = SortedDict()

    def __setitem__(self, key: Any, value: Any) -> None:
        self.d[key] = value

    def __getitem__(self, key: Any) -> Any:
        return self.d[key]

    def floor(self, key: Any) -> Any:
        i = self.d.bisect_right(key)
        return self.d.peekitem(i - 1)[0] if i else None


def peer_cases() -> list[tuple[str, Callable, str, Callable, str]]:
    """(structure, ours, peer name, peer, input kind) for every pure-Python peer installed."""
    ours = {name: (run, kind) for name, run, _, _, kind in CASES}
    cases = [("MinHeap", "heapq, pure Python", heap_module_workload(pure_python_heapq()))]
    try:
        from algorithms.data_structures.hash_table import ResizableHashTable
        from algorithms.data_structures.heap import BinaryHeap

        cases += [("MinHeap", "algorithms BinaryHeap", heap_methods_workload(BinaryHeap)),
                  ("OpenAddressingHashMap", "algorithms ResizableHashTable",
                   table_workload(ResizableHashTable))]
    except ImportError:
        pass
    try:
        import sortedcontainers  # noqa: F401

        cases += [(name, "sortedcontainers SortedDict", sorted_map_workload(SortedDictMap))
                  for name in ("BinarySearchTree", "AVLTree", "SkipList")]
    except ImportError:
        pass
    return [(name, ours[name][0], peer, run, ours[name][1]) for name, peer, run in cases]


def inputs(kind: str, n: int, rng: random.Random) -> list[int]:
    if kind == "keys":  # distinct, in random order
        return rng.sample(range(n * 10), n)
    if kind == "hot keys":
        return [rng.randrange(max(1, n // 5)) for _ in range(n)]
    return [rng.randrange(n * 10) for _ in range(n)]


def measure(sizes: list[int], repeat: int, seed: int, cases=None) -> list[dict]:
    rows = []
    for name, ours, baseline_name, baseline, kind in CASES if cases is None else cases:
        for n in sizes:
            data = inputs(kind, n, random.Random(seed + n))
            ours_s = best_time(lambda ours=ours, data=data: ours(data), repeat)
            base_s = best_time(lambda baseline=baseline, data=data: baseline(data), repeat)
            rows.append(
                {
                    "structure": name,
                    "baseline": baseline_name,
                    "n": n,
                    "ours_s": round(ours_s, 6),
                    "stdlib_s": round(base_s, 6),
                    # A clock too coarse for a tiny run can read 0: report that rather than crash.
                    "ratio": round(ours_s / base_s, 1) if base_s > 0 else float("inf"),
                }
            )
    return rows


def text_table(rows: list[dict]) -> str:
    head = (
        f"{'structure':<22} {'stdlib':<18} {'n':>8} {'ours (s)':>10} {'stdlib (s)':>11} "
        f"{'ratio':>7}"
    )
    lines = [head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{r['structure']:<22} {r['baseline']:<18} {r['n']:>8} {r['ours_s']:>10.4f} "
            f"{r['stdlib_s']:>11.4f} {r['ratio']:>7.1f}"
        )
    return "\n".join(lines)


def markdown_table(rows: list[dict], against: str = "standard library") -> str:
    """Ratios (ours / theirs), one row per structure and peer, one column per size."""
    sizes = sorted({r["n"] for r in rows})
    lines = [
        f"| structure | {against} | " + " | ".join(f"n = {n:,}" for n in sizes) + " |",
        "|---|---|" + "---:|" * len(sizes),
    ]
    by_name: dict[tuple[str, str], dict] = {}
    for r in rows:
        by_name.setdefault((r["structure"], r["baseline"]), {})[r["n"]] = r["ratio"]
    for (name, baseline), cells in by_name.items():
        ratios = " | ".join(f"{cells[n]:.1f}×" if n in cells else "" for n in sizes)
        lines.append(f"| `{name}` | {baseline} | {ratios} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON rows")
    output.add_argument("--markdown", action="store_true", help="print a Markdown table")
    parser.add_argument("--output", type=Path, help="also write what is printed to this file")
    parser.add_argument("--peers", action="store_true",
                        help="compare with the pure-Python peers instead of the standard library")
    args = parser.parse_args(argv)
    if any(n < 1 for n in args.sizes) or args.repeat < 1:
        parser.error("sizes and --repeat must be positive")
    rows = measure(args.sizes, args.repeat, args.seed, peer_cases() if args.peers else None)
    if args.json:
        text = json.dumps(rows, indent=2)
    elif args.markdown:
        text = markdown_table(rows, "pure-Python peer" if args.peers else "standard library")
    else:
        text = text_table(rows)
    print(text)
    if args.output is not None:
        args.output.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
