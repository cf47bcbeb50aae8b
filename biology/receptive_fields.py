"""Receptive fields: mapping a neuron with white noise, in a brain and in a trained network.

A visual neuron responds to light in a small patch of the visual field, its *receptive field*,
and within that patch some spots excite it and others inhibit it. Hubel and Wiesel (1962)
mapped such fields in cat visual cortex by hand, with spots and bars of light. A systematic
method came later: show the cell random images and average them weighted by how strongly the
cell responded. This is reverse correlation (Jones and Palmer 1987 used sparse noise, single
random spots); with dense white noise it is the *spike-triggered average* (STA; Chichilnisky
2001), and it recovers the receptive field.

Why it works, for a model neuron r = g(w . x + b) with a (weakly) differentiable nonlinearity g:
if the stimuli are Gaussian white noise, x ~ N(0, I), then Stein's lemma gives

    E[x r] = E[g'(w . x + b)] w,

a multiple of w, and a useful one whenever the mean slope E[g'] is not zero: for every
increasing g, but not, say, for g(z) = z^2 with b = 0, whose STA vanishes. For a ReLU unit,
E[g'] = P(w . x + b > 0) = Phi(b / |w|), so

    E[x r] = Phi(b / |w|) w,        STA = E[x r] / E[r]  is parallel to  w.

A hidden unit of a trained network is such a model neuron, and its weight vector is its
receptive field; this module maps the hidden units of a small MNIST network (784-64-10, built
with the project's ``ml.nn.MLP``) by reverse correlation, treating the network as a black box,
and compares the result with the weights it never looked at. With correlated stimuli (digits
instead of noise) the same average returns roughly C w, the receptive field blurred by the
stimulus covariance C, which is why physiologists use white noise.

>>> w = np.array([1.0, -2.0, 0.5])
>>> sta = spike_triggered_average(lambda x: np.maximum(0.0, x @ w[:, None]), 3, n_samples=50_000)
>>> bool(cosine(sta[0], w) > 0.99)
True
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure, single_threaded
from biology.pruning import mnist_arrays
from ml.nn import MLP

Responses = Callable[[np.ndarray], np.ndarray]  # (n, pixels) images -> (n, units) responses


def cosine(a: np.ndarray, b: np.ndarray) -> float:
    """cos of the angle between two vectors: 1 for the same direction, 0 for orthogonal.

    >>> cosine(np.array([1.0, 0.0]), np.array([2.0, 2.0]))
    0.7071067811865475
    """
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def relu_unit_mean_response(w: np.ndarray, b: float) -> tuple[np.ndarray, float]:
    """Exact E[x r] and E[r] for r = max(0, w . x + b) under white noise x ~ N(0, I).

    With s = |w| and beta = b / s, w . x + b ~ N(b, s^2), so E[r] = s phi(beta) + b Phi(beta),
    and Stein's lemma gives E[x r] = Phi(beta) w. O(d).

    >>> exr, er = relu_unit_mean_response(np.array([3.0, 4.0]), 0.0)
    >>> exr.tolist(), round(er, 4)   # half the time active; E[max(0, N(0, 25))] = 5 / sqrt(2 pi)
    ([1.5, 2.0], 1.9947)
    """
    s = float(np.linalg.norm(w))
    if s == 0:
        raise ValueError("w must not be the zero vector: a unit with no inputs has no field")
    beta = b / s
    big_phi = 0.5 * (1 + math.erf(beta / math.sqrt(2)))
    small_phi = math.exp(-0.5 * beta**2) / math.sqrt(2 * math.pi)
    return big_phi * np.asarray(w, dtype=float), s * small_phi + b * big_phi


# --8<-- [start:sta]
def spike_triggered_average(respond: Responses, n_pixels: int, n_samples: int = 20_000,
                            seed: int = 0, chunk: int = 5_000,
                            stimuli: np.ndarray | None = None) -> np.ndarray:
    """Response-weighted average stimulus for every unit: sum_k r_k x_k / sum_k r_k.

    ``respond`` is treated as a black box, as an electrode treats a cell. Stimuli are
    standard-normal white noise, made in chunks to bound memory, unless ``stimuli`` (n, pixels)
    is given. Returns (units, pixels); a unit that never responded has no average and gets a
    row of NaN. O(n_samples * (pixels * units + cost of respond)).

    >>> sta = spike_triggered_average(lambda x: np.maximum(0.0, x[:, :1]), 4, n_samples=20_000)
    >>> abs(float(sta[0, 0]) - math.sqrt(math.pi / 2)) < 0.05  # a unit looking at pixel 0 only
    True
    >>> bool(np.abs(sta[0, 1:]).max() < 0.05)   # and ignores the others
    True
    """
    if n_samples < 1 or n_pixels < 1:
        raise ValueError(f"need n_samples >= 1 and n_pixels >= 1, got {n_samples}, {n_pixels}")
    rng = np.random.default_rng(seed)
    weighted_sum, total = 0.0, 0.0
    for start in range(0, n_samples if stimuli is None else len(stimuli), chunk):
        if stimuli is None:
            x = rng.standard_normal((min(chunk, n_samples - start), n_pixels))
        else:
            x = stimuli[start : start + chunk]
        r = np.asarray(respond(x.astype(np.float32)), dtype=float)
        weighted_sum = weighted_sum + x.T @ r  # (pixels, units)
        total = total + r.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):  # silent units: 0 / 0 -> NaN
        return (weighted_sum / np.where(np.asarray(total) > 0, total, np.nan)).T
# --8<-- [end:sta]


def hidden_layer(model: MLP) -> tuple[np.ndarray, np.ndarray, Responses]:
    """The first hidden layer of a fitted MLP: its weights W (pixels, units), biases b, and
    the black-box response function x -> max(0, x W + b).

    >>> W, b, respond = hidden_layer(MLP(hidden=(3,)).build(4))
    >>> W.shape, respond(np.zeros((2, 4), dtype=np.float32)).shape
    ((4, 3), (2, 3))
    """
    layer = model.network_.dense_layers()[0]
    W, b = layer.params["W"], layer.params["b"]
    return W, b, lambda x: np.maximum(0.0, x @ W + b)


def neighbour_correlation(fields: np.ndarray, side: int = 28) -> float:
    """Mean correlation between horizontally adjacent pixels of each field (rows of ``fields``).

    Near 0 for independent random weights; high for smooth, blob-like receptive fields.

    >>> ramp = np.tile(np.arange(4.0), 4)[None, :]   # a 4 x 4 field rising left to right
    >>> neighbour_correlation(ramp, side=4)
    1.0
    """
    maps = np.asarray(fields, dtype=float).reshape(len(fields), side, side)
    left, right = maps[:, :, :-1].reshape(len(maps), -1), maps[:, :, 1:].reshape(len(maps), -1)
    return float(np.mean([np.corrcoef(a, c)[0, 1] for a, c in zip(left, right, strict=True)]))


def train_network(X: np.ndarray, y: np.ndarray, hidden: int = 64, epochs: int = 8,
                  seed: int = 0) -> MLP:
    """A 784-64-10 ReLU network, trained with Adam and a little weight decay.

    >>> X, y, _, _ = mnist_arrays(200, 1)
    >>> train_network(X, y, hidden=4, epochs=1).sizes
    [784, 4, 10]
    """
    return MLP(hidden=(hidden,), epochs=epochs, l2=1e-4, random_state=seed).fit(X, y)


STA_COUNTS = (500, 1000, 2000, 5000, 10_000, 20_000, 50_000)  # noise images, right panel


def draw(out: Path, n_train: int = 10_000, n_noise: int = 20_000, seed: int = 0) -> Path:
    """Draw the essay's figure: weights, white-noise STAs and digit STAs of eight hidden units,
    and how the STA's match grows with the number of noise images."""
    plt = pyplot()

    X, y, _, _ = mnist_arrays(n_train)
    with single_threaded():  # the same weights, to the last bit, on every run
        W, _, respond = hidden_layer(train_network(X, y, seed=seed))
        noise_sta = spike_triggered_average(respond, 784, n_noise, seed)
        digit_sta = spike_triggered_average(respond, 784, stimuli=X - X.mean(axis=0))  # centred
        stas = [spike_triggered_average(respond, 784, n, seed + 1) for n in STA_COUNTS]
    units = np.flatnonzero(~np.isnan(digit_sta).any(axis=1))[:8]  # skip units dead on digits

    # Eight units a row above the plot, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 6.8))
    grid = fig.add_gridspec(4, 8, height_ratios=[1, 1, 1, 2.6])
    rows = (("weights w", W.T), ("STA, noise", noise_sta), ("STA, digits", digit_sta))
    for row, (label, fields) in enumerate(rows):
        for col, unit in enumerate(units):
            ax = fig.add_subplot(grid[row, col])
            field = fields[unit].reshape(28, 28)
            limit = np.abs(field).max()
            ax.imshow(field, cmap="RdBu_r", vmin=-limit, vmax=limit)
            ax.set_xticks([])
            ax.set_yticks([])
            if col == 0:
                ax.set_ylabel(label, fontsize=8)
            if row == 0:
                ax.set_title(f"unit {unit}", fontsize=8)

    ax = fig.add_subplot(grid[3, :])
    for unit in units[:4]:
        cosines = [cosine(sta[unit], W[:, unit]) for sta in stas]
        ax.semilogx(STA_COUNTS, cosines, "o-", ms=3, label=f"unit {unit}")
    ax.set_ylim(0, 1)
    ax.set_xlabel("white-noise images shown")
    ax.set_ylabel("cos(STA, w)")
    ax.set_title("reverse correlation recovers the weights", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.receptive_fields``: train, map the hidden units, draw the figure."""
    parser = cli.demo_parser(
        "biology.receptive_fields", "Map an MNIST network's hidden units by white-noise reverse "
        "correlation (needs MNIST: set MNIST_DIR).", "receptive_fields.png")
    parser.add_argument("--train", type=cli.integer(100, 60_000), default=10_000,
                        help="number of training images used (default: %(default)s)")
    parser.add_argument("--noise", type=cli.integer(100, 200_000), default=20_000,
                        help="white-noise images shown to the network (default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.train, args.noise, args.seed)
    return {"figure": str(path)}, f"wrote {path}"


if __name__ == "__main__":
    raise SystemExit(main())
