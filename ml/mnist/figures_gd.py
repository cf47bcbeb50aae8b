"""Figures and numbers for the gradient-descent page, from real runs on MNIST.

Three experiments, each small enough to run in about a minute on one core:

1. **A loss surface you can see.** A model with two parameters: logistic regression that tells
   1s from 7s by one number per image, its amount of ink (standardised). Its mean cross-entropy
   over the 13,007 training images is a surface over the plane of ``(w, b)``; full-batch gradient
   descent walks on it with three learning rates (too small, about right, too large).
2. **The same three regimes on the real network.** The 784-128-64-10 network, trained with plain
   SGD (batch 128) for one epoch at several learning rates, loss recorded at every step.
3. **A mini-batch gradient is a noisy estimate.** At one point in training, the gradient of the
   full 60,000-image loss against the gradients of random mini-batches of several sizes: the
   relative error shrinks like ``1/sqrt(batch size)``.

``python -m ml.mnist.figures_gd --out docs/figures/ml/gradient-descent`` writes
``gd-surface.png``, ``gd-learning-rates.png`` and ``gd-batch-noise.png``, the tables the page
includes (``gd-surface.md``, ``gd-network.md``, ``gd-batch-noise.md``) and
``gradient-descent.json`` with every number behind them. Every figure is drawn with its panels one
above the other, for a page column about 750 pixels wide.
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from ml.mnist.figures import save_figure

__all__ = ["descend", "ink_problem", "logistic_loss", "main", "results_markdown"]

SURFACE_RATES = (0.5, 6.0, 15.0)       # too small, about right, too large for this bowl
NETWORK_RATES = (0.003, 0.03, 0.3, 1.5, 3.0)  # plain SGD on the 784-128-64-10 network
BATCH_SIZES = (1, 4, 16, 64, 256, 1024, 4096)
WIDTH = 6.4  # inches: 768 pixels at the saver's 120 dpi, the width of the page column


def ink_problem(images: np.ndarray, labels: np.ndarray, digits=(1, 7)):
    """One feature per image (its mean ink, standardised) and a 0/1 target: is it ``digits[1]``?

    >>> imgs = np.zeros((4, 28, 28), dtype=np.uint8); imgs[2:, :, :14] = 255
    >>> x, t = ink_problem(imgs, np.array([1, 1, 7, 7]))
    >>> x.round(2).tolist(), t.tolist()
    ([-1.0, -1.0, 1.0, 1.0], [0.0, 0.0, 1.0, 1.0])
    """
    keep = np.isin(labels, digits)
    ink = images[keep].reshape(int(keep.sum()), -1).mean(axis=1) / 255.0
    x = (ink - ink.mean()) / ink.std()
    return x, (labels[keep] == digits[1]).astype(np.float64)


def logistic_loss(w, b, x: np.ndarray, t: np.ndarray):
    """Mean cross-entropy of ``sigmoid(w x + b)`` and its gradient ``(dL/dw, dL/db)``.

    ``w`` and ``b`` may be arrays of the same shape (a grid of points): the loss is then computed
    at every point, and the gradient is not needed.

    >>> loss, (gw, gb) = logistic_loss(0.0, 0.0, np.array([1.0, -1.0]), np.array([1.0, 0.0]))
    >>> round(float(loss), 4), float(gw), float(gb)  # log 2; pulled toward w > 0
    (0.6931, -0.5, 0.0)
    """
    w, b = np.asarray(w, dtype=np.float64), np.asarray(b, dtype=np.float64)
    z = w[..., None] * x + b[..., None]
    # log(1 + e^z) - t z, written so that no exponent is positive
    loss = np.mean(np.logaddexp(0.0, z) - t * z, axis=-1)
    p = 1.0 / (1.0 + np.exp(-z))
    return loss, (np.mean((p - t) * x, axis=-1), np.mean(p - t, axis=-1))


def descend(x: np.ndarray, t: np.ndarray, start, lr: float, steps: int) -> np.ndarray:
    """Full-batch gradient descent from ``start``; the ``(steps + 1, 3)`` path of ``(w, b, loss)``.

    >>> path = descend(np.array([1.0, -1.0]), np.array([1.0, 0.0]), (0.0, 0.0), 1.0, 50)
    >>> bool(path[-1, 2] < path[0, 2]), bool(path[-1, 0] > 0)
    (True, True)
    """
    w, b = map(float, start)
    path = []
    for _ in range(steps + 1):
        loss, (gw, gb) = logistic_loss(w, b, x, t)
        path.append((w, b, float(loss)))
        w, b = w - lr * float(gw), b - lr * float(gb)
    return np.array(path)


def plot_surface(x, t, paths: dict[float, np.ndarray], path: Path) -> Path:
    """Contours of the loss over ``(w, b)`` with each run's path (top), loss per step (bottom)."""
    fig = Figure(figsize=(WIDTH, 9.0), layout="constrained")
    top, bottom = fig.subplots(2, 1, height_ratios=[1.25, 1])
    ws, bs = np.meshgrid(np.linspace(-3, 7, 141), np.linspace(-5, 5, 141))
    # one row of the grid at a time: the whole grid against every image would take gigabytes
    surface = np.array([logistic_loss(w_row, b_row, x, t)[0] for w_row, b_row in zip(ws, bs,
                                                                                      strict=True)])
    levels = np.quantile(surface, np.linspace(0, 0.95, 16) ** 2)
    top.contour(ws, bs, surface, levels=levels, colors="0.6", linewidths=0.8)
    for (lr, run), colour in zip(paths.items(), ("tab:blue", "tab:green", "tab:red"), strict=True):
        label = f"learning rate {lr:g}"
        top.plot(run[:, 0], run[:, 1], "o-", ms=2.5, lw=1, color=colour, label=label)
        bottom.plot(run[:, 2], "-", color=colour, label=label)
    top.plot(*paths[next(iter(paths))][0, :2], "ks", ms=6, label="start")
    top.set(xlabel="weight w", ylabel="bias b", xlim=(-3, 7), ylim=(-5, 5),
            title="Loss surface of a two-parameter model (1 vs 7 by ink)")
    bottom.set(xlabel="step", ylabel="mean cross-entropy", yscale="log",
               title="The loss along each path")
    for ax in (top, bottom):
        ax.legend(fontsize=9)
        ax.grid(alpha=0.3)
    return save_figure(fig, path)


def _network(seed: int):
    from ml.nn.network import Sequential, mlp_layers

    return Sequential(mlp_layers([784, 128, 64, 10], rng=np.random.default_rng(seed)))


@np.errstate(over="ignore", invalid="ignore")  # the too-large rate overflows: that is the point
def sgd_run(X, y, lr: float, batch_size: int = 128, seed: int = 0, net=None) -> np.ndarray:
    """Loss of every mini-batch during one epoch of plain SGD (NaN from the step it diverges).

    >>> rng = np.random.default_rng(0)
    >>> X = rng.random((256, 784)).astype(np.float32); y = rng.integers(0, 10, 256)
    >>> sgd_run(X, y, 0.01).shape
    (2,)
    """
    from ml.nn.losses import SoftmaxCrossEntropy

    net = _network(seed) if net is None else net
    rng, loss_fn = np.random.default_rng(seed), SoftmaxCrossEntropy()
    order, losses = rng.permutation(len(X)), []
    for start in range(0, len(X), batch_size):
        batch = order[start:start + batch_size]
        loss = loss_fn.forward(net.forward(X[batch]), y[batch])
        if not np.isfinite(loss) or (losses and loss > 1e3):
            break  # diverged: further steps only carry NaNs
        losses.append(loss)
        net.backward(loss_fn.backward(), input_grad=False)
        for param, grad in zip(net.params(), net.grads(), strict=True):
            param -= lr * grad
    steps = -(-len(X) // batch_size)
    return np.array(losses + [np.nan] * (steps - len(losses)))


def _smooth(values: np.ndarray, window: int = 20) -> np.ndarray:
    """Running mean over ``window`` steps (shorter at the start), NaN where the run had stopped."""
    out = np.full(len(values), np.nan)
    for i in range(len(values)):
        out[i] = np.mean(values[max(0, i - window + 1):i + 1])
    return out


def plot_network_runs(runs: dict[float, np.ndarray], path: Path) -> Path:
    """Loss per step of one epoch at each learning rate: raw (faint) and smoothed."""
    fig = Figure(figsize=(WIDTH, 4.6), layout="constrained")
    ax = fig.subplots()
    colours = ("tab:blue", "tab:green", "tab:orange", "tab:purple", "tab:red")
    for (lr, losses), colour in zip(runs.items(), colours, strict=True):
        ax.plot(losses, color=colour, alpha=0.25, lw=0.8)
        finite = int(np.sum(np.isfinite(losses)))
        note = "" if finite == len(losses) else f" (diverged at step {finite})"
        ax.plot(_smooth(losses), color=colour, lw=1.8, label=f"learning rate {lr:g}{note}")
    ax.set(xlabel="step (mini-batch of 128)", ylabel="training loss (log scale)", yscale="log",
           title="One epoch of plain SGD on the 784-128-64-10 network")
    ax.legend(fontsize=9)
    ax.grid(alpha=0.3)
    return save_figure(fig, path)


def full_gradient(net, X, y) -> np.ndarray:
    """The gradient of the mean loss over all of ``X``, every parameter in one flat vector."""
    from ml.nn.losses import SoftmaxCrossEntropy

    loss_fn = SoftmaxCrossEntropy()
    loss_fn.forward(net.forward(X), y)
    net.backward(loss_fn.backward(), input_grad=False)
    return np.concatenate([g.ravel() for g in net.grads()]).astype(np.float64)


def batch_noise(net, X, y, sizes=BATCH_SIZES, draws: int = 40, seed: int = 0) -> list[float]:
    """Root-mean-square relative error ``|g_B - g| / |g|`` of mini-batch gradients, per size.

    ``g`` is the gradient of the mean loss over all of ``X``; each ``g_B`` comes from ``B``
    examples drawn without replacement, ``draws`` times per size. The root mean square (rather
    than the mean) is what falls exactly like ``1/sqrt(B)`` while ``B`` is small next to ``len(X)``.

    >>> rng = np.random.default_rng(0)
    >>> X = rng.random((64, 784)).astype(np.float32); y = rng.integers(0, 10, 64)
    >>> errors = batch_noise(_network(0), X, y, sizes=(1, 64), draws=3)
    >>> errors[0] > 0.1, errors[1] < 1e-5  # a "batch" of all 64 images is the full gradient
    (True, True)
    """
    full = full_gradient(net, X, y)
    rng, errors = np.random.default_rng(seed), []
    for size in sizes:
        err = [np.linalg.norm(full_gradient(net, X[idx], y[idx]) - full) / np.linalg.norm(full)
               for idx in (rng.choice(len(X), size, replace=False) for _ in range(draws))]
        errors.append(float(np.sqrt(np.mean(np.square(err)))))
    return errors


def plot_batch_noise(noise: dict, path: Path) -> Path:
    """Relative error of a mini-batch gradient against the batch size, log-log, per point."""
    sizes = np.array(noise["batch_size"])
    fig = Figure(figsize=(WIDTH, 4.6), layout="constrained")
    ax = fig.subplots()
    for (point, errors), colour in zip(noise["points"].items(), ("tab:blue", "tab:orange"),
                                       strict=True):
        errors = np.array(errors)
        ax.plot(sizes, errors, "o-", color=colour, label=f"measured, {point}")
        middle = len(sizes) // 2  # a line through the middle point, not an outlier at an end
        ax.plot(sizes, errors[middle] * np.sqrt(sizes[middle] / sizes), "--", color=colour,
                alpha=0.6, lw=1)
    ax.plot([], [], "--", color="0.4", lw=1,
            label=r"$1/\sqrt{\mathrm{batch\ size}}$, through the middle point")
    ax.set(xscale="log", yscale="log", xlabel="batch size", ylabel="relative error of the gradient",
           title="How far a mini-batch gradient is from the full one")
    ax.legend(fontsize=9)
    ax.grid(alpha=0.3, which="both")
    return save_figure(fig, path)


def _accuracy(net, X, y) -> float | None:
    with np.errstate(over="ignore", invalid="ignore"):
        scores = net.forward(X)
    return float(np.mean(scores.argmax(axis=1) == y)) if np.all(np.isfinite(scores)) else None


def results_markdown(results: dict) -> dict[str, str]:
    """The page's tables, one Markdown text per experiment, from the results dictionary.

    >>> r = {"surface": {"steps": 2, "minimum_loss": 0.4, "runs": {"1": {"final_loss": 0.5}}},
    ...      "network": {"runs": {"0.1": {"final_loss": 0.2, "diverged_at": None,
    ...                                   "test_accuracy": 0.9}}},
    ...      "noise": {"batch_size": [1], "points": {"untrained": [2.0]}, "draws": 3}}
    >>> results_markdown(r)["gd-network.md"].splitlines()[2]
    '| 0.1 | 0.200 | 90.00 % |'
    """
    surface = results["surface"]
    lines = [f"| learning rate | loss after {surface['steps']} steps |", "| ---: | ---: |"]
    lines += [f"| {lr} | {run['final_loss']:.3f} |" for lr, run in surface["runs"].items()]
    lines += ["", f"The lowest loss on this surface is {surface['minimum_loss']:.3f}."]
    tables = {"gd-surface.md": "\n".join(lines)}
    lines = ["| learning rate | loss, mean of the last 20 steps | test accuracy after the epoch |",
             "| ---: | ---: | ---: |"]
    for lr, run in results["network"]["runs"].items():
        if run["diverged_at"] is None:
            lines.append(f"| {lr} | {run['final_loss']:.3f} | {100 * run['test_accuracy']:.2f} % |")
        else:
            lines.append(f"| {lr} | diverged at step {run['diverged_at']} | — |")
    tables["gd-network.md"] = "\n".join(lines)
    noise = results["noise"]
    lines = ["| batch size | " + " | ".join(f"relative error, {p}" for p in noise["points"]) + " |",
             "| ---: |" + " ---: |" * len(noise["points"])]
    for i, size in enumerate(noise["batch_size"]):
        lines.append(f"| {size:,} | "
                     + " | ".join(f"{errors[i]:.2f}" for errors in noise["points"].values()) + " |")
    tables["gd-batch-noise.md"] = "\n".join(lines)
    return tables


def run_all(data, out: Path, seed: int = 0) -> dict:
    """Run the three experiments, draw their figures into ``out``, return every number."""
    from ml.mnist.data import to_features

    x, t = ink_problem(data.x_train, data.y_train)
    start, steps = (-2.0, 4.0), 40
    paths = {lr: descend(x, t, start, lr, steps) for lr in SURFACE_RATES}
    plot_surface(x, t, paths, out / "gd-surface.png")
    best = descend(x, t, start, 3.0, 2000)[-1, 2]  # long enough to sit at the minimum
    surface = {"digits": [1, 7], "images": len(x), "start": list(start), "steps": steps,
               "minimum_loss": float(best),
               "runs": {f"{lr:g}": {"final_loss": float(p[-1, 2]), "w": float(p[-1, 0]),
                                    "b": float(p[-1, 1])} for lr, p in paths.items()}}
    X, y = to_features(data.x_train), data.y_train.astype(np.int64)
    X_test, y_test = to_features(data.x_test), data.y_test.astype(np.int64)
    runs, nets = {}, {}
    for lr in NETWORK_RATES:
        nets[lr] = _network(seed)
        runs[lr] = sgd_run(X, y, lr, seed=seed, net=nets[lr])
    plot_network_runs(runs, out / "gd-learning-rates.png")
    network = {"epochs": 1, "batch_size": 128, "runs": {}}
    for lr, losses in runs.items():
        finite = int(np.sum(np.isfinite(losses)))
        network["runs"][f"{lr:g}"] = {
            "diverged_at": None if finite == len(losses) else finite,
            "final_loss": float(np.mean(losses[max(0, finite - 20):finite])),
            "test_accuracy": None if finite < len(losses) else _accuracy(nets[lr], X_test, y_test)}
    trained = f"after one epoch at learning rate {NETWORK_RATES[2]:g}"
    noise = {"batch_size": list(BATCH_SIZES), "draws": 40, "points": {
        "untrained": batch_noise(_network(seed), X, y, seed=seed),
        trained: batch_noise(nets[NETWORK_RATES[2]], X, y, seed=seed)}}
    plot_batch_noise(noise, out / "gd-batch-noise.png")
    return {"surface": surface, "network": network, "noise": noise, "seed": seed,
            "source": "python -m ml.mnist.figures_gd"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", default=".", help="folder for the figures and tables "
                                                   "(default: the current folder)")
    parser.add_argument("--data-dir", default=None, help="MNIST folder (default: $MNIST_DIR)")
    args = parser.parse_args(argv)
    from ml.datasets.mnist import load_mnist
    from ml.nn.blas import blas_threads

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with blas_threads(1):  # one core: the machine is shared, and these matrices are small
        results = run_all(load_mnist(args.data_dir, progress=False), out)
    for name, text in results_markdown(results).items():
        (out / name).write_text(text + "\n", encoding="utf-8")
    (out / "gradient-descent.json").write_text(json.dumps(results, indent=1) + "\n",
                                               encoding="utf-8")
    print(f"wrote the gradient-descent figures and tables to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
