"""How fast does the numpy CNN train, against PyTorch on the same network?

The default ``ConvNet`` (Conv 8@3x3 pad 1, ReLU, MaxPool 2, Conv 16@3x3 pad 1, ReLU, MaxPool 2,
Dense 784->10), Adam 1e-3 at a constant rate, batch 64, float32, on the first ``--images``
MNIST training images (default 10,000), one thread, CPU seconds per epoch (the typical epoch
after the first); PyTorch, when installed, trains the same architecture with the same settings
in its own process. Then the recipe (skip it with ``--no-recipe``) fits ``ConvNet()`` as
``python -m ml.cnn train`` does (3 epochs of all 60,000 images, cosine schedule, one BLAS
thread, the command's default) and reports the wall time and the test accuracy.
``--profile`` prints where an epoch's CPU time goes, layer by layer. Speed is a figure to
print, never a test::

    python benchmarks/cnn.py [--epochs 3] [--images 10000] [--no-recipe] [--profile]
                             [--json | --markdown]
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ml.cnn.model import ConvNet
from ml.datasets.mnist import load_mnist
from ml.nn.blas import blas_threads
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.optim import Adam
from ml.nn.schedules import constant
from ml.nn.training import train

LR, BATCH = 1e-3, 64
ONE_THREAD = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
ISSUE_16 = "PyTorch 2.13, 1.19 s per epoch of 10,000 images in issue 16's own run"


def images(data_dir, n):
    data = load_mnist(data_dir)
    model = ConvNet()
    return (model._inputs(data.x_train[:n]), data.y_train[:n].astype(np.int64),
            model._inputs(data.x_test), data.y_test.astype(np.int64))


def numpy_epochs(X, y, epochs, seed=0):
    """CPU and wall seconds of each epoch of the project's CNN, one BLAS thread."""
    model = ConvNet(batch_size=BATCH, lr=LR, random_state=seed)
    model._build(X.shape[1:], np.arange(10))
    opt, rng, cpu = Adam(LR), np.random.default_rng(seed), []
    with blas_threads(1):
        for _ in range(epochs):
            start = time.process_time()
            train(model.network_, X, y, opt, constant(LR), 1, BATCH, rng)
            cpu.append(time.process_time() - start)
    return cpu, model


def torch_epochs(X, y, epochs, seed=0) -> dict:
    """The same network in PyTorch, one thread; {'missing': why} when torch is not installed."""
    try:
        import torch
    except ImportError as missing:
        return {"missing": str(missing)}
    torch.manual_seed(seed)
    torch.set_num_threads(1)
    nn = torch.nn
    model = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Conv2d(8, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                          nn.Flatten(), nn.Linear(784, 10))
    opt, loss_fn = torch.optim.Adam(model.parameters(), lr=LR), nn.CrossEntropyLoss()
    Xt, yt, cpu = torch.from_numpy(X), torch.from_numpy(y), []
    for _ in range(epochs):
        start = time.process_time()
        order = torch.randperm(len(Xt))
        for i in range(0, len(Xt), BATCH):
            idx = order[i : i + BATCH]
            opt.zero_grad(set_to_none=True)
            loss_fn(model(Xt[idx]), yt[idx]).backward()
            opt.step()
        cpu.append(time.process_time() - start)
    return {"cpu": cpu, "version": torch.__version__}


def spawn_torch(args) -> dict:
    """``torch_epochs`` in a fresh Python with one thread set before torch loads."""
    command = [sys.executable, __file__, "--torch-worker", "--epochs", str(args.epochs),
               "--images", str(args.images)] + (["--data-dir", args.data_dir] if args.data_dir
                                                 else [])
    done = subprocess.run(command, env={**os.environ, **ONE_THREAD}, capture_output=True,
                          text=True, check=False)
    if done.returncode != 0:
        return {"missing": (done.stderr.strip().splitlines() or ["failed"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def recipe(data_dir) -> dict:
    """``ConvNet()`` as shipped, on all of MNIST, one BLAS thread: wall seconds and accuracy."""
    data = load_mnist(data_dir)
    start, cpu = time.perf_counter(), time.process_time()
    with blas_threads(1):
        model = ConvNet().fit(data.x_train, data.y_train)
    return {"wall": time.perf_counter() - start, "cpu": time.process_time() - cpu,
            "epochs": model.epochs, "accuracy": model.score(data.x_test, data.y_test)}


def profile(X, y, seed=0) -> dict[str, float]:
    """CPU seconds of one epoch spent in each layer's forward and backward, the loss and Adam."""
    model = ConvNet(batch_size=BATCH, lr=LR, random_state=seed)
    model._build(X.shape[1:], np.arange(10))
    net, opt, loss_fn = model.network_, Adam(LR), SoftmaxCrossEntropy()
    spent, clock, params = defaultdict(float), time.process_time, net.params()
    order = np.random.default_rng(seed).permutation(len(X))
    with blas_threads(1):
        for start in range(0, len(X), BATCH):
            idx = order[start : start + BATCH]
            x = X[idx]
            for i, layer in enumerate(net.layers):
                t = clock()
                x = layer.forward(x, training=True)
                spent[f"{i} {layer!r} forward"] += clock() - t
            t = clock()
            loss_fn.forward(x, y[idx])
            g = loss_fn.backward()
            spent["loss"] += clock() - t
            for i in reversed(range(len(net.layers))):
                layer, t = net.layers[i], clock()
                if i:
                    g = layer.backward(g)
                else:
                    layer.backward_params(g)
                spent[f"{i} {layer!r} backward"] += clock() - t
            t = clock()
            opt.step(params, net.grads())
            spent["Adam"] += clock() - t
    return dict(spent)


def markdown(result: dict) -> str:
    ours = result["numpy_cpu"]
    lines = [f"| default `ConvNet`, Adam {LR:g}, batch {BATCH}, {result['images']:,} images "
             "| CPU s per epoch, 1 thread | × ours |", "| --- | ---: | ---: |",
             f"| this project (numpy {np.__version__}) | {ours:.3f} | 1.00 |"]
    torch_row = result["torch"]
    if "missing" in torch_row:
        lines.append("| PyTorch | not installed here | |")
    else:
        lines.append(f"| PyTorch {torch_row['version']} | {torch_row['cpu']:.3f} | "
                     f"{torch_row['cpu'] / ours:.2f} |")
    if "missing" in torch_row:
        lines += ["", f"Quoted, not measured here: {ISSUE_16}; against that figure ours is "
                  f"{ours / 1.19:.2f}× PyTorch."]
    if "recipe" in result:
        r = result["recipe"]
        lines += ["", f"`ConvNet()` as `python -m ml.cnn train` runs it ({r['epochs']} epochs "
                  f"of 60,000 images, cosine schedule, one BLAS thread): **{r['accuracy']:.2%}** "
                  f"test accuracy in {r['wall']:.0f} s wall time ({r['cpu']:.0f} CPU seconds; "
                  "the difference is other programs' share of the cores)."]
    lines += ["", "Measured by `python benchmarks/cnn.py --markdown`: the typical epoch after "
              f"the first of {result['epochs']}."]
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--epochs", type=int, default=3, help="epochs to time (default 3)")
    parser.add_argument("--images", type=int, default=10_000, help="training images (10,000)")
    parser.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    parser.add_argument("--no-recipe", action="store_true", help="skip the full default fit")
    parser.add_argument("--profile", action="store_true", help="print CPU seconds per layer")
    parser.add_argument("--torch-worker", action="store_true", help=argparse.SUPPRESS)
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print one JSON object")
    output.add_argument("--markdown", action="store_true", help="print a Markdown table")
    args = parser.parse_args(argv)
    if args.epochs < 2 or not 1 <= args.images <= 60_000:
        parser.error("need --epochs of at least 2 and --images between 1 and 60,000")
    X, y, _, _ = images(args.data_dir, args.images)
    if args.torch_worker:
        result = torch_epochs(X, y, args.epochs)
        if "cpu" in result:
            result["cpu"] = statistics.median(result["cpu"][1:])
        print(json.dumps(result))
        return 0
    if args.profile:
        for name, seconds in sorted(profile(X, y).items(), key=lambda kv: -kv[1]):
            print(f"{seconds:8.3f}  {name}")
        return 0
    cpu, _ = numpy_epochs(X, y, args.epochs)
    result = {"images": args.images, "epochs": args.epochs, "batch_size": BATCH,
              "numpy_cpu": statistics.median(cpu[1:]), "numpy_epochs": cpu,
              "torch": spawn_torch(args)}
    if not args.no_recipe:
        result["recipe"] = recipe(args.data_dir)
    print(json.dumps(result) if args.json else markdown(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
