"""What does the backward pass cost, next to the forward pass?

Times the 784-128-64-10 network on batches of 128 MNIST-shaped inputs (float32, one BLAS thread):
the forward pass with the loss, the backward pass as the training loop runs it (no gradient for
the pixels: ``input_grad=False``), and the backward pass that also returns ``dL/dX``. Each is the
median CPU time of many repetitions. The matrix products dominate: forward does three
(``X W1``, ``A1 W2``, ``A2 W3``); backward does three for the weight gradients and two or three
for the gradients handed down, the third being ``G1 W1^T`` of shape (128, 784), the largest.

Speed is a figure to print, never a test. Usage::

    python benchmarks/backward_cost.py [--batch-size 128] [--repeats 300] [--markdown | --json]
"""

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.nn.blas import blas_threads
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential, mlp_layers


def cpu_seconds(step, repeats: int) -> float:
    """Median CPU seconds of ``step()`` over ``repeats`` calls, after a few to warm up."""
    for _ in range(5):
        step()
    times = []
    for _ in range(repeats):
        start = time.process_time()
        step()
        times.append(time.process_time() - start)
    return statistics.median(times)


def measure(batch_size: int, repeats: int, seed: int = 0) -> dict:
    rng = np.random.default_rng(seed)
    net = Sequential(mlp_layers([784, 128, 64, 10], rng=rng))
    X = rng.random((batch_size, 784), dtype=np.float32)
    y = rng.integers(0, 10, batch_size)
    loss_fn = SoftmaxCrossEntropy()

    def forward():
        loss_fn.forward(net.forward(X, training=True), y)

    forward()
    grad = loss_fn.backward()
    forward_s = cpu_seconds(forward, repeats)
    training_s = cpu_seconds(lambda: net.backward(grad, input_grad=False), repeats)
    full_s = cpu_seconds(lambda: net.backward(grad, input_grad=True), repeats)
    return {"batch_size": batch_size, "repeats": repeats, "forward_cpu_s": forward_s,
            "backward_training_cpu_s": training_s, "backward_with_input_grad_cpu_s": full_s,
            "ratio_training": round(training_s / forward_s, 2),
            "ratio_with_input_grad": round(full_s / forward_s, 2)}


def markdown(r: dict) -> str:
    lines = ["| one batch of the 784-128-64-10 network | CPU time relative to the forward pass |",
             "| --- | ---: |",
             "| forward pass and loss | 1 |",
             f"| backward, as training runs it (no gradient for the pixels) | "
             f"{r['ratio_training']:.2f} |",
             f"| backward, also returning the gradient for the pixels | "
             f"{r['ratio_with_input_grad']:.2f} |",
             "",
             "Measured by `python benchmarks/backward_cost.py --markdown`: "
             f"batch {r['batch_size']}, float32, one BLAS thread, median CPU time of "
             f"{r['repeats']} repetitions."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batch-size", type=int, default=128, help="(default 128)")
    parser.add_argument("--repeats", type=int, default=300, help="(default 300)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument("--markdown", action="store_true",
                        help="print a Markdown table (the site includes it)")
    args = parser.parse_args(argv)
    with blas_threads(1):
        result = measure(args.batch_size, args.repeats)
    print(json.dumps(result) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
