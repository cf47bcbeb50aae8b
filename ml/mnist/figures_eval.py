"""The evaluation page's report, produced by the very commands the page tells a reader to run.

The page shows what ``python -m ml.mnist evaluate`` prints, so this script does not compute the
metrics itself: it trains the default recipe with ``python -m ml.mnist train --seed 0`` into a
temporary folder, runs ``evaluate`` on that model (text and ``--json``), and writes both outputs
into ``--out``. A test compares the page's numbers with the JSON, so the text shown and the numbers
checked come from one run. Usage::

    python -m ml.mnist.figures_eval --out docs/figures/ml/evaluate
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

__all__ = ["evaluate_commands", "main"]


def evaluate_commands(model: Path) -> list[list[str]]:
    """The train and evaluate commands, with the interpreter that runs this script.

    >>> [c[3] for c in evaluate_commands(Path("m.npz"))]
    ['train', 'evaluate', 'evaluate']
    """
    python = [sys.executable, "-m", "ml.mnist"]
    return [[*python, "train", "--seed", "0", "--out", str(model), "--json"],
            [*python, "evaluate", str(model)],
            [*python, "evaluate", str(model), "--json"]]


def _run(command: list[str]) -> str:
    return subprocess.run(command, check=True, stdout=subprocess.PIPE, text=True).stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=".", help="folder for evaluate.txt and evaluate.json "
                                                   "(default: the current folder)")
    args = parser.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        model = Path(tmp) / "mnist-mlp.npz"
        train, text, as_json = evaluate_commands(model)
        trained = json.loads(_run(train))
        report = _run(text).replace(str(model), "mnist-mlp.npz")  # no temporary path on the page
        result = json.loads(_run(as_json))
    result["train_seconds"] = trained.get("train_seconds")
    result["command"] = "python -m ml.mnist train --seed 0 && python -m ml.mnist evaluate"
    # written last and whole: a failed run above leaves the previous pair untouched
    (out / "evaluate.txt").write_text(report, encoding="utf-8")
    (out / "evaluate.json").write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out / 'evaluate.txt'} and {out / 'evaluate.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
