"""Does an epoch get slower as training goes on? Last epoch's CPU time over the first's.

With a constant learning rate every epoch does the same arithmetic, so its time should not
move. It did (issue 16): Adam's first moment for the weights of always-blank border pixels
decays by 0.9 per step, sinks into the *subnormal* floats below 1.2e-38 after a few hundred
steps, and x86 processors compute on subnormals many times slower. The optimizer now flushes
such entries to zero (:func:`ml.nn.optim.flush_subnormals`).

This script trains the 784-128-64-10 network on MNIST (Adam 1e-3, batch 128, constant rate, one
BLAS thread) for ``--epochs`` epochs, ``--runs`` times with different seeds, timing each epoch in
CPU seconds, and prints last ÷ first per run, with the flush and, for the cause, without it
(the flush switched off for that run only). It also counts the subnormal entries left in Adam's
state at the end. Speed is a figure to print, never a test::

    python benchmarks/epoch_growth.py [--epochs 8] [--runs 3] [--json | --markdown]
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.datasets.mnist import load_mnist
from ml.mnist.data import to_features
from ml.nn import optim
from ml.nn.blas import blas_threads
from ml.nn.mlp import MLP
from ml.nn.optim import Adam
from ml.nn.schedules import constant
from ml.nn.training import train

LR, BATCH = 1e-3, 128


def subnormals(a: np.ndarray) -> int:
    """How many entries of ``a`` are nonzero but below its dtype's smallest normal number."""
    return int(np.count_nonzero((a != 0) & (np.abs(a) < np.finfo(a.dtype).tiny)))


def one_run(X, y, epochs: int, seed: int, flush: bool) -> dict:
    """Per-epoch CPU seconds of one training run, and Adam's subnormal entries at its end."""
    saved = optim.FLUSH_EVERY
    optim.FLUSH_EVERY = saved if flush else 2**62  # never reached: no flush in this run
    try:
        model = MLP(hidden=(128, 64), lr=LR, batch_size=BATCH, random_state=seed).build(784)
        opt, rng, seconds = Adam(LR), np.random.default_rng(seed), []
        for _ in range(epochs):
            start = time.process_time()
            train(model.network_, X, y, opt, constant(LR), 1, BATCH, rng)
            seconds.append(time.process_time() - start)
    finally:
        optim.FLUSH_EVERY = saved
    moments = [opt.state_dict()[name] for name in ("u", "w")]  # all parameters, back to back
    return {"seed": seed, "flush": flush, "seconds": [round(s, 4) for s in seconds],
            "growth": seconds[-1] / seconds[0],
            "subnormal_moments": sum(subnormals(a) for a in moments)}


def markdown(runs: list[dict], epochs: int) -> str:
    lines = [f"| Adam state | last ÷ first epoch, {epochs} epochs (each run) | median "
             "| subnormal entries at the end |", "| --- | --- | ---: | ---: |"]
    for flush, label in ((True, "flushed below the smallest normal (now)"),
                         (False, "not flushed (before)")):
        mine = [r for r in runs if r["flush"] == flush]
        if not mine:
            continue
        each = ", ".join(f"{r['growth']:.3f}" for r in mine)
        counts = ", ".join(str(r["subnormal_moments"]) for r in mine)
        lines.append(f"| {label} | {each} | {statistics.median(r['growth'] for r in mine):.3f} "
                     f"| {counts} |")
    lines += ["", "CPU seconds, one BLAS thread, 784-128-64-10, Adam 1e-3 at a constant rate, "
              f"batch {BATCH}; one row per setting, runs with seeds 0, 1, 2, …. Measured by "
              "`python benchmarks/epoch_growth.py --markdown`."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=8, help="epochs per run (default 8)")
    parser.add_argument("--runs", type=int, default=3, help="runs per setting (default 3)")
    parser.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    parser.add_argument("--no-baseline", action="store_true",
                        help="skip the runs without the flush")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    if args.epochs < 2 or args.runs < 1:
        parser.error("need --epochs of at least 2 and --runs of at least 1")
    data = load_mnist(args.data_dir)
    X, y = to_features(data.x_train), data.y_train.astype(np.int64)
    runs = []
    with blas_threads(1):
        for seed in range(args.runs):  # the two settings interleaved: load drifts alike
            for flush in (True,) if args.no_baseline else (True, False):
                runs.append(one_run(X, y, args.epochs, seed, flush))
    if args.json:
        print(json.dumps({"epochs": args.epochs, "runs": runs}))
    else:
        print(markdown(runs, args.epochs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
