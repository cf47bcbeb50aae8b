"""The pure-Python peers of the structures benchmark are what they claim to be, and run."""

import heapq
import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "dsa_structures_benchmark_peers", ROOT / "benchmarks" / "dsa_structures.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_pure_python_heapq_runs_python_code_and_leaves_the_real_one_alone():
    bench = load_benchmark()
    pure = bench.pure_python_heapq()
    assert pure is not heapq and pure.heappush.__code__.co_filename.endswith("heapq.py")
    assert type(heapq.heappush).__name__ == "builtin_function_or_method"  # C, as before
    h = []
    for x in [5, 1, 4, 1, 3]:
        pure.heappush(h, x)
    assert [pure.heappop(h) for _ in range(5)] == [1, 1, 3, 4, 5]


def test_peer_rows_run_on_tiny_sizes(capsys):
    bench = load_benchmark()
    assert bench.main(["--peers", "--sizes", "30", "--repeat", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["structure"] == "MinHeap" and rows[0]["baseline"] == "heapq, pure Python"
    assert all(r["ours_s"] >= 0 and r["stdlib_s"] >= 0 for r in rows)
    floor = bench.SortedDictMap() if any("SortedDict" in r["baseline"] for r in rows) else None
    if floor is not None:  # the peer answers floor queries like ours
        for k in (5, 1, 9):
            floor[k] = k
        assert [floor.floor(q) for q in (0, 1, 6, 100)] == [None, 1, 5, 9]
