"""Synaptic pruning and network pruning: grow too many connections, then cut the weak ones.

A young brain overbuilds. In the human frontal cortex the density of synapses climbs after birth
to a peak in the first years of life, well above the adult level, and then falls through
childhood and adolescence (Huttenlocher 1979); connections that are used are kept and
strengthened, those that are not are removed ("use it or lose it").

Trained neural networks can be thinned the same way. *Magnitude pruning* sets the weights with
the smallest absolute values to zero, on the bet that a small weight contributes little to any
output (LeCun, Denker and Solla's "optimal brain damage" (1990) used second derivatives to make
the bet more carefully). With a single global threshold t,

    keep w  iff  |w| >= t,   t chosen so that a fraction p of all weights is removed.

The bet pays: most of a trained MNIST network's weights can go before its accuracy notices, and a
few epochs of fine-tuning with the pruned weights held at zero win back most of the rest
(Han et al. 2015). Removing the same number of weights at random does far more damage: *which*
connections survive matters, not just how many. Weights from pixels that are blank in every
training image never receive a gradient; weight decay shrinks them, and they are the first to
go, as unused synapses are.

This module uses the project's own network class, ``ml.nn.MLP``, as a small 784-100-10 network
on real MNIST.

>>> w = [np.array([[0.1, -2.0], [0.5, -0.05]])]
>>> magnitude_masks(w, 0.5)[0].tolist()
[[False, True], [True, False]]
"""

from __future__ import annotations

import argparse
import copy
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure, single_threaded
from ml.datasets.mnist import load_mnist
from ml.nn import MLP, Adam, SoftmaxCrossEntropy
from ml.nn.batches import minibatch_indices


def mnist_arrays(n_train: int = 10_000, n_test: int = 5_000,
                 data_dir: str | None = None) -> tuple[np.ndarray, ...]:
    """The first n_train training and n_test test images, flattened to 784 floats in [0, 1].

    Returns (X_train, y_train, X_test, y_test). Reads MNIST via ``ml.datasets.mnist``
    (``MNIST_DIR`` or ``data_dir``).

    >>> X, y, X_test, y_test = mnist_arrays(100, 10)
    >>> X.shape, X_test.shape, float(X.max()), y[:5].tolist()
    ((100, 784), (10, 784), 1.0, [5, 0, 4, 1, 9])
    """
    if not 1 <= n_train <= 60_000 or not 1 <= n_test <= 10_000:
        raise ValueError(f"need 1 <= n_train <= 60000 and 1 <= n_test <= 10000, "
                         f"got {n_train}, {n_test}")
    data = load_mnist(data_dir, progress=False)

    def flat(images: np.ndarray) -> np.ndarray:
        return images.reshape(len(images), -1).astype(np.float32) / 255.0

    return (flat(data.x_train[:n_train]), data.y_train[:n_train].astype(np.int64),
            flat(data.x_test[:n_test]), data.y_test[:n_test].astype(np.int64))


def train_network(X: np.ndarray, y: np.ndarray, hidden: tuple[int, ...] = (100,),
                  epochs: int = 8, seed: int = 0) -> MLP:
    """A dense ReLU network, 784-100-10 by default, trained with Adam and a little weight decay.

    The weight decay (l2 = 1e-4) matters for the essay: it is what shrinks the weights of
    connections that never carry a signal.

    >>> X, y, _, _ = mnist_arrays(200, 1)
    >>> train_network(X, y, hidden=(8,), epochs=1).n_params  # 784*8 + 8 + 8*10 + 10
    6370
    """
    return MLP(hidden=hidden, epochs=epochs, l2=1e-4, random_state=seed).fit(X, y)


def weight_matrices(model: MLP) -> list[np.ndarray]:
    """The model's weight matrices, input layer first (live arrays, not copies; no biases).

    >>> model = MLP(hidden=(3,)).build(4)
    >>> [w.shape for w in weight_matrices(model)]
    [(4, 3), (3, 10)]
    """
    return [layer.params["W"] for layer in model.network_.dense_layers()]


# --8<-- [start:masks]
def magnitude_masks(weights: Sequence[np.ndarray], fraction: float) -> list[np.ndarray]:
    """Boolean keep-masks removing exactly round(fraction * total) weights, smallest |w| first.

    One threshold for all layers together (global pruning), so a layer whose weights are
    all small loses more of them. Ties at the threshold are broken by position. O(W log W)
    for W weights in all.

    >>> [m.tolist() for m in magnitude_masks([np.array([3.0, -1.0]), np.array([2.0])], 2 / 3)]
    [[True, False], [False]]
    """
    if not 0 <= fraction <= 1:
        raise ValueError(f"fraction must be in [0, 1], got {fraction}")
    magnitudes = np.concatenate([np.abs(w).ravel() for w in weights])
    n_pruned = round(fraction * magnitudes.size)
    keep = np.ones(magnitudes.size, dtype=bool)
    keep[np.argsort(magnitudes, kind="stable")[:n_pruned]] = False
    parts = np.split(keep, np.cumsum([w.size for w in weights])[:-1])
    return [part.reshape(w.shape) for part, w in zip(parts, weights, strict=True)]


def random_masks(weights: Sequence[np.ndarray], fraction: float,
                 seed: int = 0) -> list[np.ndarray]:
    """Keep-masks removing the same number of weights as ``magnitude_masks``, chosen at random.

    >>> int(sum(m.sum() for m in random_masks([np.ones((4, 5))], 0.25)))
    15
    """
    rng = np.random.default_rng(seed)
    return magnitude_masks([rng.random(w.shape) for w in weights], fraction)  # random ranks


def prune(model: MLP, masks: Sequence[np.ndarray]) -> MLP:
    """A copy of the model with every weight outside its mask set to zero (biases untouched).

    >>> model = MLP(hidden=(3,)).build(4)
    >>> masks = magnitude_masks(weight_matrices(model), 1.0)
    >>> float(np.abs(weight_matrices(prune(model, masks))[0]).sum())
    0.0
    """
    pruned = copy.deepcopy(model)
    weights = weight_matrices(pruned)
    if [w.shape for w in weights] != [m.shape for m in masks]:
        raise ValueError("masks must match the model's weight shapes "
                         f"{[w.shape for w in weights]}, got {[m.shape for m in masks]}")
    for w, mask in zip(weights, masks, strict=True):
        w *= mask
    return pruned
# --8<-- [end:masks]


# --8<-- [start:fine-tune]
def fine_tune(model: MLP, masks: Sequence[np.ndarray], X: np.ndarray, y: np.ndarray,
              epochs: int = 2, lr: float = 5e-4, seed: int = 0) -> MLP:
    """Prune, then train a little more with the removed weights held at zero.

    Each step zeroes the gradients of removed weights before Adam sees them, so their moments
    stay zero and they never move; the mask is reapplied anyway as a guard. O(epochs * n * W).

    >>> X, y, _, _ = mnist_arrays(200, 1)
    >>> model = train_network(X, y, hidden=(8,), epochs=1)
    >>> masks = magnitude_masks(weight_matrices(model), 0.5)
    >>> round(sparsity(fine_tune(model, masks, X, y, epochs=1)), 3)
    0.5
    """
    pruned = prune(model, masks)
    net = pruned.network_
    params, grads = net.params(), net.grads()
    layers = net.dense_layers()
    loss_fn, optimizer = SoftmaxCrossEntropy(), Adam(lr=lr)
    rng = np.random.default_rng(seed)
    for _ in range(epochs):
        for idx in minibatch_indices(len(X), 128, rng):
            loss_fn.forward(net.forward(X[idx], training=True), y[idx])
            net.backward(loss_fn.backward(), input_grad=False)
            for layer, mask in zip(layers, masks, strict=True):
                layer.grads["W"] *= mask
            optimizer.step(params, grads)
            for layer, mask in zip(layers, masks, strict=True):
                layer.params["W"] *= mask
    return pruned
# --8<-- [end:fine-tune]


def sparsity(model: MLP) -> float:
    """The fraction of weights (not biases) that are exactly zero.

    >>> sparsity(MLP(hidden=(3,)).build(4))
    0.0
    """
    weights = weight_matrices(model)
    return float(sum(np.count_nonzero(w == 0) for w in weights) / sum(w.size for w in weights))


def draw(out: Path, n_train: int = 10_000, seed: int = 0) -> Path:
    """Draw the essay's figure: accuracy against the fraction pruned, and which inputs keep
    their connections."""
    plt = pyplot()

    X, y, X_test, y_test = mnist_arrays(n_train)
    fractions = np.array([0.0, 0.5, 0.7, 0.8, 0.9, 0.95, 0.98])
    curves: dict[str, list[float]] = {"magnitude": [], "random": [], "magnitude + fine-tune": []}
    with single_threaded():  # the same weights, to the last bit, on every run
        model = train_network(X, y, seed=seed)
        weights = weight_matrices(model)
        for p in fractions:
            mag = magnitude_masks(weights, p)
            curves["magnitude"].append(prune(model, mag).score(X_test, y_test))
            random_cut = prune(model, random_masks(weights, p, seed))
            curves["random"].append(random_cut.score(X_test, y_test))
            tuned = fine_tune(model, mag, X, y, seed=seed)
            curves["magnitude + fine-tune"].append(tuned.score(X_test, y_test))

    # The curve above the two maps, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 6.6))
    grid = fig.add_gridspec(2, 2, height_ratios=[1, 1.1])
    axes = [fig.add_subplot(grid[0, :]), fig.add_subplot(grid[1, 0]),
            fig.add_subplot(grid[1, 1])]
    ax = axes[0]
    for (label, accs), style in zip(curves.items(), ("o-", "s--", "^-"), strict=True):
        ax.plot(100 * fractions, 100 * np.array(accs), style, ms=4, label=label)
    ax.set_xlabel("weights removed (%)")
    ax.set_ylabel("test accuracy (%)")
    ax.set_ylim(0, 100)
    ax.set_title("784-100-10 MLP on MNIST: pruning the smallest weights", fontsize=10)
    ax.legend(fontsize=8, loc="lower left")

    blank = X.max(axis=0) == 0
    ax = axes[1]
    ax.imshow(blank.reshape(28, 28), cmap="gray_r")
    ax.set_title(f"black: {blank.sum()} pixels blank in all", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
    ax = axes[2]
    kept = magnitude_masks(weights, 0.9)[0].sum(axis=1)  # surviving synapses per input pixel
    image = ax.imshow(kept.reshape(28, 28), cmap="viridis")
    ax.set_title("synapses kept per pixel, 90 % cut", fontsize=9)
    ax.set_xticks([])
    ax.set_yticks([])
    fig.colorbar(image, ax=ax, fraction=0.046).set_label("hidden units still connected",
                                                         fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.pruning``: train, prune, draw the figure, print accuracies."""
    parser = cli.demo_parser(
        "biology.pruning", "Magnitude vs random pruning of an MNIST MLP (needs MNIST: set "
        "MNIST_DIR).", "pruning.png")
    parser.add_argument("--train", type=cli.integer(100, 60_000), default=10_000,
                        help="number of training images used (default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.train, args.seed)
    X, y, X_test, y_test = mnist_arrays(args.train)
    model = train_network(X, y, seed=args.seed)
    weights = weight_matrices(model)
    dense = float(model.score(X_test, y_test))
    lines, pruned = [f"dense: {dense:.4f}"], {}
    for p in (0.8, 0.9):
        mag = float(prune(model, magnitude_masks(weights, p)).score(X_test, y_test))
        rnd = float(prune(model, random_masks(weights, p, args.seed)).score(X_test, y_test))
        pruned[str(p)] = {"magnitude": mag, "random": rnd}
        lines.append(f"{p:.0%} removed: magnitude {mag:.4f}, random {rnd:.4f}")
    facts = {"dense": dense, "pruned": pruned, "figure": str(path)}
    return facts, "\n".join([*lines, f"wrote {path}"])


if __name__ == "__main__":
    raise SystemExit(main())
