"""How fast is the numpy MLP, and how close to this machine's limit?

Trains the 784-128-64-10 network on MNIST with the project's own fit loop and prints seconds per
epoch, then two ratios measured in the same process:

(a) **to the matrix products alone**: the same forward and backward matmuls for every batch of an
    epoch (x W1, a1 W2, a2 W3; a2ᵀ g3, a1ᵀ g2, xᵀ g1; g3 W3ᵀ, g2 W2ᵀ), on arrays of the same
    shapes and dtype, with nothing else. No implementation on this BLAS can beat that, so
    ``epoch / matmuls`` says how much the rest (activations, loss, Adam, batching) costs.
(b) **to PyTorch on the CPU** training the same model with the same batch size, optimizer,
    learning rate, epochs and thread count (when torch can be imported; otherwise it says so).

Speed is a figure to print, never a test. Usage::

    python benchmarks/mnist_mlp.py [--epochs 3] [--batch-size 128] [--optimizer adam]
                                   [--threads 1] [--json]

Times are wall-clock and CPU seconds; with one thread the CPU time is the work itself, so its
ratios hold even when other programs share the machine.
"""

import argparse
import itertools
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.datasets.mnist import load_mnist
from ml.mnist.data import to_features
from ml.nn.blas import blas_threads
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.optim import OPTIMIZERS
from ml.nn.schedules import constant
from ml.nn.training import train

SIZES = [784, 128, 64, 10]


class Clock:
    """Wall-clock and CPU seconds of a block. With one thread, CPU time is the work done,
    unaffected by other programs competing for the cores; wall time is what a user waits."""

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc):
        self.wall = time.perf_counter() - self.wall
        self.cpu = time.process_time() - self.cpu


def numpy_epochs(X, y, epochs, batch_size, lr, optimizer, seed):
    """Epochs of the project's own fit loop (``ml.nn.training.train``), timed one by one."""
    model = MLP(hidden=tuple(SIZES[1:-1]), batch_size=batch_size, lr=lr, seed=seed).build(784)
    opt, rng = OPTIMIZERS[optimizer](lr=lr), np.random.default_rng(seed)
    times = []
    for _ in range(epochs):
        with Clock() as clock:
            train(model.network_, X, y, opt, constant(lr), 1, batch_size, rng)
        times.append(clock)
    return times, model


def matmul_epoch(n, batch_size, repeats, seed=0):
    """Seconds for one epoch's worth of the network's matrix products alone (best of repeats)."""
    rng = np.random.default_rng(seed)
    f32 = np.float32
    W = [rng.standard_normal((a, b)).astype(f32) for a, b in itertools.pairwise(SIZES)]
    sizes = [batch_size] * (n // batch_size) + ([n % batch_size] if n % batch_size else [])
    arrays = {}
    for b in set(sizes):
        acts = [rng.random((b, s)).astype(f32) for s in SIZES]  # x, a1, a2, logits
        arrays[b] = acts
    best = None
    for _ in range(repeats):
        with Clock() as clock:
            for b in sizes:
                x, a1, a2, g3 = arrays[b]
                z1 = x @ W[0]  # forward
                z2 = a1 @ W[1]
                a2 @ W[2]
                a2.T @ g3  # backward: weight gradients
                a1.T @ z2
                x.T @ z1
                g3 @ W[2].T  # backward: gradients for the hidden activations
                z2 @ W[1].T
        if best is None or clock.cpu < best.cpu:
            best = clock
    return best


def torch_epochs(X, y, epochs, batch_size, lr, optimizer, threads, seed):
    try:
        import torch
    except ImportError:
        return None, "torch is not installed"
    torch.manual_seed(seed)
    if threads:
        torch.set_num_threads(threads)
    # --8<-- [start:torch-model]
    layers = []
    for i, (a, b) in enumerate(itertools.pairwise(SIZES)):
        layers.append(torch.nn.Linear(a, b))
        if i < len(SIZES) - 2:
            layers.append(torch.nn.ReLU())
    model = torch.nn.Sequential(*layers)
    if optimizer == "adam":
        opt = torch.optim.Adam(model.parameters(), lr=lr)
    else:  # torch's momentum is the same heavy ball, v = beta v + g, p -= lr v
        opt = torch.optim.SGD(model.parameters(), lr=lr,
                              momentum=0.9 if optimizer == "momentum" else 0.0)
    loss_fn = torch.nn.CrossEntropyLoss()
    Xt, yt = torch.from_numpy(X), torch.from_numpy(y.astype(np.int64))
    seconds = []
    for _ in range(epochs):
        with Clock() as clock:
            order = torch.randperm(len(Xt))
            for i in range(0, len(Xt), batch_size):
                idx = order[i : i + batch_size]
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(model(Xt[idx]), yt[idx])
                loss.backward()
                opt.step()
        # --8<-- [end:torch-model]
        seconds.append(clock)
    return seconds, f"torch {torch.__version__}"


def neuron_vs_vectorised(model, X, y, n_images):
    """CPU seconds per image for one forward and backward pass, neuron by neuron and vectorised,
    from the same weights on the same images."""
    from ml.nn.neuron import Network

    weights = [(W.astype(np.float64), b.astype(np.float64))
               for W, b in model.network_.get_weights()]
    slow = Network.from_weights(weights)
    X, y = X[:n_images].astype(np.float64), y[:n_images]
    with Clock() as neuron_clock:
        slow.gradients(X, y)
    fast = MLP(hidden=tuple(SIZES[1:-1]), dtype=np.float64).build(784)
    fast.network_.set_weights(weights)
    loss = SoftmaxCrossEntropy()
    with Clock() as vector_clock:
        for _ in range(10):  # too quick to time once
            loss.forward(fast.network_.forward(X, training=True), y)
            fast.network_.backward(loss.backward())
    return neuron_clock.cpu / n_images, vector_clock.cpu / (10 * n_images)


def markdown(result: dict) -> str:
    """The benchmark's figures as a Markdown table, with the settings that produced them."""
    rows = [("numpy, this project (one epoch)", result["numpy_cpu_seconds_per_epoch"], "1"),
            ("the same matrix products alone", result["matmul_only_cpu_seconds_per_epoch"],
             f"{1 / result['ratio_to_matmuls_cpu']:.2f}")]
    if "torch_cpu_seconds_per_epoch" in result:
        rows.append((f"PyTorch ({result['torch']}, same model and settings)",
                     result["torch_cpu_seconds_per_epoch"],
                     f"{1 / result['ratio_to_torch_cpu']:.2f}"))
    lines = ["| training the 784-128-64-10 network | CPU seconds per epoch "
             "| time relative to ours |", "| --- | ---: | ---: |"]
    lines += [f"| {name} | {seconds:.3f} | {ratio} |" for name, seconds, ratio in rows]
    if "neuron_slowdown" in result:
        lines += ["", "| one forward and backward pass | CPU seconds per image |",
                  "| --- | ---: |",
                  f"| neuron by neuron | {result['neuron_cpu_seconds_per_image']:.2e} |",
                  f"| vectorised (float64, a batch at a time) | "
                  f"{result['vectorised_cpu_seconds_per_image']:.2e} |",
                  "", f"The vectorised network is about {result['neuron_slowdown']:,.0f} times "
                  "faster per image."]
    lines += ["", f"Measured by `python benchmarks/mnist_mlp.py --markdown`: batch "
              f"{result['batch_size']}, {result['optimizer']}, {result['epochs']} epochs each, "
              f"{result['threads']} thread; the typical epoch after the first. CPU seconds, so "
              "other programs on the machine do not inflate them."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=3, help="epochs per framework (default 3)")
    parser.add_argument("--batch-size", type=int, default=128, help="(default 128)")
    parser.add_argument("--lr", type=float, default=1e-3, help="learning rate (default 1e-3)")
    parser.add_argument("--optimizer", choices=sorted(OPTIMIZERS), default="adam",
                        help="update rule, the same for both (default adam)")
    parser.add_argument("--threads", type=int, default=1,
                        help="BLAS and torch threads; 0 = library defaults (default 1)")
    parser.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    parser.add_argument("--neurons", type=int, default=100,
                        help="images for the neuron-by-neuron comparison (default 100; 0 skips)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument("--markdown", action="store_true",
                        help="print a Markdown table (the site includes it)")
    args = parser.parse_args(argv)

    data = load_mnist(args.data_dir)
    X, y = to_features(data.x_train), data.y_train.astype(np.int64)
    with blas_threads(args.threads or None):
        ours, model = numpy_epochs(X, y, args.epochs, args.batch_size, args.lr, args.optimizer,
                                   seed=0)
        matmuls = matmul_epoch(len(X), args.batch_size, repeats=max(3, args.epochs))
        theirs, torch_note = torch_epochs(X, y, args.epochs, args.batch_size, args.lr,
                                          args.optimizer, args.threads, seed=0)
        per_image = neuron_vs_vectorised(model, X, y, args.neurons) if args.neurons else None
    # the first epoch pays for warm-up (page faults, allocator); report the typical epoch
    def typical(clocks, attr):
        values = [getattr(c, attr) for c in (clocks[1:] if len(clocks) > 1 else clocks)]
        return statistics.median(values)

    epoch_wall, epoch_cpu = typical(ours, "wall"), typical(ours, "cpu")
    result = {
        "network": "-".join(map(str, SIZES)), "params": model.n_params,
        "batch_size": args.batch_size, "epochs": args.epochs, "threads": args.threads,
        "optimizer": args.optimizer,
        "numpy_seconds_per_epoch": round(epoch_wall, 4),
        "numpy_cpu_seconds_per_epoch": round(epoch_cpu, 4),
        "matmul_only_seconds_per_epoch": round(matmuls.wall, 4),
        "matmul_only_cpu_seconds_per_epoch": round(matmuls.cpu, 4),
        "ratio_to_matmuls": round(epoch_wall / matmuls.wall, 3),
        "ratio_to_matmuls_cpu": round(epoch_cpu / matmuls.cpu, 3),
        "torch": torch_note,
    }
    if theirs is not None:
        torch_wall, torch_cpu = typical(theirs, "wall"), typical(theirs, "cpu")
        result["torch_seconds_per_epoch"] = round(torch_wall, 4)
        result["torch_cpu_seconds_per_epoch"] = round(torch_cpu, 4)
        result["ratio_to_torch"] = round(epoch_wall / torch_wall, 3)
        result["ratio_to_torch_cpu"] = round(epoch_cpu / torch_cpu, 3)
    if per_image is not None:
        result["neuron_cpu_seconds_per_image"] = round(per_image[0], 6)
        result["vectorised_cpu_seconds_per_image"] = round(per_image[1], 8)
        result["neuron_slowdown"] = round(per_image[0] / per_image[1], 1)
    if args.json:
        print(json.dumps(result))
    elif args.markdown:
        print(markdown(result))
    else:
        print(f"{result['network']} ({result['params']:,} parameters), batch {args.batch_size}, "
              f"{args.optimizer}, {args.threads or 'default'} thread(s)")
        print("                  wall s/epoch   CPU s/epoch   ratio (wall, CPU)")
        print(f"numpy MLP         {epoch_wall:12.3f}  {epoch_cpu:12.3f}")
        print(f"matmuls only      {matmuls.wall:12.3f}  {matmuls.cpu:12.3f}   "
              f"{result['ratio_to_matmuls']:.2f}, {result['ratio_to_matmuls_cpu']:.2f}")
        if theirs is not None:
            print(f"PyTorch           {torch_wall:12.3f}  {torch_cpu:12.3f}   "
                  f"{result['ratio_to_torch']:.2f}, {result['ratio_to_torch_cpu']:.2f}  "
                  f"({torch_note}; below 1: numpy is faster)")
        else:
            print(f"PyTorch: not measured ({torch_note})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
