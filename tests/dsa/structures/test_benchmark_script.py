"""The structures benchmark runs end to end on tiny sizes and prints well-formed tables."""

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def load_benchmark():
    spec = importlib.util.spec_from_file_location(
        "dsa_structures_benchmark", ROOT / "benchmarks" / "dsa_structures.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_json_and_markdown_output(capsys, tmp_path):
    bench = load_benchmark()
    assert bench.main(["--sizes", "20", "40", "--repeat", "1", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    names = [case[0] for case in bench.CASES]
    assert [(r["structure"], r["n"]) for r in rows] == [(n, s) for n in names for s in (20, 40)]
    assert all(r["ours_s"] >= 0 and r["stdlib_s"] >= 0 and r["ratio"] >= 0 for r in rows)

    out = tmp_path / "table.md"
    assert bench.main(["--sizes", "20", "--repeat", "1", "--markdown", "--output", str(out)]) == 0
    table = out.read_text().splitlines()
    assert table[0] == "| structure | standard library | n = 20 |"
    assert len(table) == 2 + len(names)
    assert capsys.readouterr().out.splitlines() == table
