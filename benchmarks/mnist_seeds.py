"""How much does the test accuracy depend on the seed? Train the default recipe for several seeds.

Runs the project's own command, ``python -m ml.mnist train --seed S --json`` (and with
``--augment``), once per seed, and prints each run's test accuracy with the mean and the spread,
as text or as the Markdown table the site includes. A single run's accuracy is one draw from
this spread, so differences smaller than it mean nothing. Usage::

    python benchmarks/mnist_seeds.py [--seeds 0 1 2] [--epochs 30] [--markdown]

Each run trains on all 60,000 images: about half a minute per run on two cores.
"""

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def train(seed: int, augment: bool, epochs: int | None) -> dict:
    """One run of ``python -m ml.mnist train`` with ``--json``; its parsed result."""
    with tempfile.TemporaryDirectory() as tmp:
        command = [sys.executable, "-m", "ml.mnist", "train", "--seed", str(seed), "--json",
                   "--out", str(Path(tmp) / "model.npz")]
        command += ["--augment"] if augment else []
        command += ["--epochs", str(epochs)] if epochs else []
        run = subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
    return json.loads(run.stdout)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2],
                        help="seeds to train with (default: 0 1 2)")
    parser.add_argument("--epochs", type=int, default=None,
                        help="epochs per run (default: the command's own default)")
    parser.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)

    rows = []
    for augment in (False, True):
        accuracies, seconds = [], []
        for seed in args.seeds:
            result = train(seed, augment, args.epochs)
            accuracies.append(100 * result["test_accuracy"])
            seconds.append(result["train_seconds"])
            print(f"{'--augment' if augment else 'default'} seed {seed}: "
                  f"{accuracies[-1]:.2f} %", file=sys.stderr, flush=True)
        rows.append((augment, accuracies, statistics.mean(seconds), result["epochs"]))

    if args.markdown:
        header = " | ".join(f"seed {s}" for s in args.seeds)
        print(f"| training | {header} | mean | spread (max − min) | epochs |")
        print("|---" * (len(args.seeds) + 4) + "|")
    for augment, accuracies, _seconds, epochs in rows:
        name = "with `--augment`" if augment else "default"
        cells = [f"{a:.2f} %" for a in accuracies]
        mean, spread = statistics.mean(accuracies), max(accuracies) - min(accuracies)
        if args.markdown:
            print(f"| {name} | {' | '.join(cells)} | {mean:.2f} % | {spread:.2f} | {epochs} |")
        else:
            print(f"{name:18s} {'  '.join(cells)}   mean {mean:.2f} %, spread {spread:.2f}")
    if args.markdown:
        print("\nTest accuracy on the 10,000 MNIST test images, from "
              "`python benchmarks/mnist_seeds.py --markdown`, which runs "
              "`python -m ml.mnist train --seed S` (and `--augment`) once per seed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
