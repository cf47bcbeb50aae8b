"""Visual cortex and convolution: centre-surround cells, simple and complex cells, and a ConvNet.

The first stages of vision are convolutions. A retinal ganglion cell sums light over a small
disc and subtracts light from the ring around it (Kuffler, 1953); a *difference of Gaussians*
(DoG) describes its weights well (Rodieck, 1965; Enroth-Cugell and Robson, 1966)::

    DoG(x, y) = G(sigma_c) - k G(sigma_s),   G(s) = exp(-(x^2 + y^2) / 2 s^2) / (2 pi s^2).

With k = 1 it ignores uniform light: the cell reports *contrast*. A centred disc of radius r
excites it most at the radius where centre and surround gain equally from growing, which for
the continuous DoG is

    r*^2 = 2 ln(sigma_s^2 / sigma_c^2) / (1 / sigma_c^2 - 1 / sigma_s^2).

In the primary visual cortex, Hubel and Wiesel (1962) found *simple cells*, whose weights are
well fitted by Gabor functions, a Gaussian times a grating (Jones and Palmer, 1987), and
*complex cells*, which respond to the same orientation wherever the bar lies in their field. The
energy model (Adelson and Bergen, 1985) builds a complex cell from two simple cells a quarter
period apart: sqrt(even^2 + odd^2) is the same for every phase of a grating. Max-pooling the
rectified outputs of one simple cell at neighbouring positions, as a ConvNet's pooling layer
does, buys the same invariance (Fukushima, 1980; Riesenhuber and Poggio, 1999). The standard
test of the difference is the F1/F0 ratio (Skottun et al., 1991): the response's modulation at
the grating's temporal frequency over its mean, above 1 for simple cells and below 1 for
complex cells.

>>> dog = dog_kernel(15, 1.0, 3.0)
>>> round(float(dog.sum()), 6)
0.0
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure, single_threaded


def _grid(size: int) -> tuple[np.ndarray, np.ndarray]:
    half = (size - 1) / 2
    return np.meshgrid(np.arange(size) - half, np.arange(size) - half, indexing="xy")


# --8<-- [start:dog]
def gaussian(size: int, sigma: float) -> np.ndarray:
    """A ``size`` x ``size`` Gaussian normalised to sum to 1 on the grid.

    >>> round(float(gaussian(9, 1.5).sum()), 12)
    1.0
    """
    x, y = _grid(size)
    g = np.exp(-(x * x + y * y) / (2 * sigma * sigma))
    return g / g.sum()


def dog_kernel(size: int, sigma_c: float, sigma_s: float, k: float = 1.0) -> np.ndarray:
    """Centre-surround weights: a narrow Gaussian minus ``k`` times a wide one (ON centre)."""
    if not 0 < sigma_c < sigma_s:
        raise ValueError(f"need 0 < sigma_c < sigma_s, got {sigma_c}, {sigma_s}")
    return gaussian(size, sigma_c) - k * gaussian(size, sigma_s)
# --8<-- [end:dog]


def disc(size: int, radius: float) -> np.ndarray:
    """A centred bright disc of ``radius`` pixels on a dark ``size`` x ``size`` field."""
    x, y = _grid(size)
    return (x * x + y * y <= radius * radius).astype(float)


def optimal_radius(sigma_c: float, sigma_s: float) -> float:
    """The disc radius that excites a balanced continuous DoG most (see the module docstring).

    >>> round(optimal_radius(1.0, 3.0), 4)
    2.2235
    """
    return float(np.sqrt(2 * np.log(sigma_s ** 2 / sigma_c ** 2)
                         / (1 / sigma_c ** 2 - 1 / sigma_s ** 2)))


DOG_SIGMAS, DOG_SIZE = (1.5, 4.5), 41  # the figure's centre and surround widths, field size
DISC_RADII = np.arange(0.5, 16, 0.5)  # the figure's disc sizes, out to the field's edge


def disc_responses(k: float = 1.0, radii: np.ndarray = DISC_RADII) -> np.ndarray:
    """The figure's DoG (sigmas 1.5 and 4.5, surround weight ``k``) summed over a centred
    bright disc of each radius. Each Gaussian sums to 1 on the grid, so the response to
    uniform light is exactly 1 - k.

    >>> r = disc_responses()
    >>> bool(r.argmax() < len(r) - 1 and abs(r[-1]) < 0.01)  # a peak, then back to ~0
    True
    """
    kernel = dog_kernel(DOG_SIZE, *DOG_SIGMAS, k)
    return np.array([np.sum(kernel * disc(DOG_SIZE, r)) for r in radii])


# --8<-- [start:gabor]
def gabor(size: int, theta: float, wavelength: float, phase: float,
          sigma: float) -> np.ndarray:
    """A simple cell's weights: a grating of ``wavelength`` pixels across direction ``theta``
    (radians), shifted by ``phase``, under a Gaussian envelope of width ``sigma``.

    >>> gabor(5, 0.0, 4.0, 0.0, 1.0).shape
    (5, 5)
    """
    x, y = _grid(size)
    across = x * np.cos(theta) + y * np.sin(theta)
    return np.exp(-(x * x + y * y) / (2 * sigma * sigma)) * np.cos(
        2 * np.pi * across / wavelength + phase)


def grating(size: int, theta: float, wavelength: float, phase: float) -> np.ndarray:
    """A full-field sinusoidal grating, contrast 1, the stimulus of the phase experiments."""
    x, y = _grid(size)
    return np.cos(2 * np.pi * (x * np.cos(theta) + y * np.sin(theta)) / wavelength + phase)


def simple_cell(image: np.ndarray, weights: np.ndarray) -> float:
    """Half-wave rectified weighted sum: a simple cell's firing rate (arbitrary units)."""
    return max(0.0, float(np.sum(image * weights)))


def complex_cell(image: np.ndarray, even: np.ndarray, odd: np.ndarray) -> float:
    """The energy model: the length of the quadrature pair's responses (Adelson and Bergen)."""
    return float(np.hypot(np.sum(image * even), np.sum(image * odd)))
# --8<-- [end:gabor]


# --8<-- [start:pool]
def pooled_cell(image: np.ndarray, weights: np.ndarray, width: int) -> float:
    """Max over ``width`` x ``width`` positions of one rectified simple cell: a ConvNet's
    ReLU + max-pool read as a complex cell (its field is the union of the shifted copies)."""
    size = weights.shape[0]
    return max(simple_cell(image[i:i + size, j:j + size], weights)
               for i in range(width) for j in range(width))
# --8<-- [end:pool]


def f1_f0(responses: np.ndarray) -> float:
    """Modulation over mean of responses to one period of drifting phase (Skottun et al.).

    F1 is the amplitude of the first Fourier harmonic, F0 the mean.

    >>> round(f1_f0(np.ones(16)), 6)
    0.0
    """
    r = np.asarray(responses, dtype=float)
    f1 = 2 * np.abs(np.fft.rfft(r)[1]) / len(r)
    return float(f1 / r.mean())


def phase_responses(width: int = 2, n_phases: int = 32, size: int = 15,
                    wavelength: float = 6.0) -> dict[str, np.ndarray]:
    """Responses of a simple cell, an energy-model complex cell and a max-pooled simple cell
    (over ``width`` x ``width`` positions, 2 as in a ConvNet's pooling layer) to a grating
    drifting through one period.

    >>> r = phase_responses()
    >>> bool(f1_f0(r["simple"]) > 1 > f1_f0(r["complex"]))
    True
    """
    sigma = wavelength / 2
    even, odd = (gabor(size, 0.0, wavelength, p, sigma) for p in (0.0, -np.pi / 2))
    phases = np.linspace(0, 2 * np.pi, n_phases, endpoint=False)
    out: dict[str, list[float]] = {"simple": [], "complex": [], "pooled": []}
    for p in phases:
        big = grating(size + width - 1, 0.0, wavelength, p)  # room for the shifted copies
        centred = grating(size, 0.0, wavelength, p)
        out["simple"].append(simple_cell(centred, even))
        out["complex"].append(complex_cell(centred, even, odd))
        out["pooled"].append(pooled_cell(big, even, width))
    return {"phase": phases, **{k: np.array(v) for k, v in out.items()}}


def gabor_bank(size: int = 3) -> np.ndarray:
    """Unit-length ``size`` x ``size`` Gabors over a grid of orientations, wavelengths, phases
    and widths, flattened: (n, size*size)."""
    bank = [gabor(size, t, lam, p, s)
            for t in np.linspace(0, np.pi, 12, endpoint=False)
            for lam in (2.0, 3.0, 4.0, 6.0, 8.0)
            for p in np.linspace(0, 2 * np.pi, 12, endpoint=False)
            for s in (0.7, 1.0, 1.5, 3.0)]
    flat = np.array(bank).reshape(len(bank), -1)
    return flat / np.linalg.norm(flat, axis=1, keepdims=True)


def best_gabor(filters: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each filter (n, h, w): the cosine similarity of the closest Gabor, and that Gabor.

    >>> sims, _ = best_gabor(gabor(3, 0.3, 4.0, 0.5, 1.0)[None])
    >>> bool(sims[0] > 0.99)
    True
    """
    n, h, w = filters.shape
    bank = gabor_bank(h)
    flat = filters.reshape(n, -1)
    cos = (flat / np.linalg.norm(flat, axis=1, keepdims=True)) @ bank.T
    best = cos.argmax(axis=1)
    return cos[np.arange(n), best], bank[best].reshape(n, h, w)


def convnet_filters(n_train: int = 5000, epochs: int = 2, seed: int = 0) -> np.ndarray:
    """The eight 3x3 first-layer filters of the project's ``ConvNet`` trained on MNIST."""
    from biology.pruning import mnist_arrays
    from ml.cnn.model import ConvNet

    X, y, _, _ = mnist_arrays(n_train, 1)
    with single_threaded():
        model = ConvNet(epochs=epochs, random_state=seed).fit(X.reshape(-1, 28, 28), y)
    return model.network_.layers[0].params["W"][:, 0].astype(float)


def random_filter_similarity(n: int = 400, seed: int = 0) -> float:
    """The mean best-Gabor similarity of random Gaussian 3x3 filters: the baseline."""
    sims, _ = best_gabor(np.random.default_rng(seed).normal(size=(n, 3, 3)))
    return float(sims.mean())


def draw(out: Path, filters: np.ndarray, dog_k: float = 1.0) -> Path:
    """Draw the essay's figure: a DoG (surround weight ``dog_k``) and its disc-size curve,
    phase responses, ConvNet filters."""
    plt = pyplot()
    fig = plt.figure(figsize=(6.8, 8.4))
    grid = fig.add_gridspec(4, 8, height_ratios=[2.2, 2.2, 1, 1])  # rows 2-3: filters
    ax_k = fig.add_subplot(grid[0, :4])
    ax_d = fig.add_subplot(grid[0, 4:])
    ax_p = fig.add_subplot(grid[1, :])
    _draw_dog(ax_k, ax_d, dog_k)
    _draw_phase(ax_p)
    _draw_filters(fig.add_subplot(grid[2:, :]), filters)
    return save_figure(fig, out)


def _draw_filters(ax, filters: np.ndarray) -> None:
    """One mosaic: each filter over its closest Gabor, each scaled to its own largest weight."""
    sims, gabors = best_gabor(filters)
    n, k = len(filters), filters.shape[1]
    mosaic = np.full((2 * k + 1, n * (k + 1) - 1), np.nan)  # NaN gaps draw as background
    for i in range(n):
        for row, image in enumerate((filters[i], gabors[i])):
            mosaic[row * (k + 1):row * (k + 1) + k, i * (k + 1):i * (k + 1) + k] = (
                image / np.abs(image).max())
        ax.text(i * (k + 1) + (k - 1) / 2, 2 * k + 0.9, f"{sims[i]:.2f}", ha="center",
                va="top", fontsize=8)
    ax.imshow(mosaic, cmap="RdBu_r", vmin=-1, vmax=1)
    ax.set_xticks([])
    ax.set_yticks([(k - 1) / 2, k + 1 + (k - 1) / 2], ["ConvNet", "Gabor"], fontsize=8)
    ax.set_title("ConvNet 3x3 filters over their closest Gabors (red +, blue −; cosine below)",
                 fontsize=9)


def _draw_dog(ax_k, ax_d, k: float) -> None:
    (sigma_c, sigma_s), size = DOG_SIGMAS, DOG_SIZE
    kernel = dog_kernel(size, sigma_c, sigma_s, k)
    x = np.arange(size) - size // 2
    ax_k.plot(x, 1000 * kernel[size // 2], color="#b3400a")
    ax_k.axhline(0, color="grey", lw=0.6)
    ax_k.set_xlabel("position across the field (pixels)")
    ax_k.set_ylabel("weight (×1000)")
    ax_k.set_title("DoG: centre − surround" if k == 1 else f"DoG: centre − {k:g} × surround",
                   fontsize=9)
    ax_d.plot(DISC_RADII, disc_responses(k), "o-", ms=3, color="#1f4e9c")
    ax_d.axvline(optimal_radius(sigma_c, sigma_s), color="grey", ls="--", lw=0.8,
                 label="$r^*$, continuous DoG")
    ax_d.set_xlabel("radius of a bright disc (pixels)")
    ax_d.set_ylabel("response")
    ax_d.set_title("bigger is not better: the surround", fontsize=9)
    ax_d.legend(fontsize=8)


def _draw_phase(ax) -> None:
    r = phase_responses()
    degrees = np.degrees(r["phase"])
    for key, style, colour in (("simple", "-", "#b3400a"), ("complex", "--", "#1f4e9c"),
                               ("pooled", ":", "#1b7a3a")):
        label = {"simple": "simple cell (Gabor + ReLU)", "complex": "complex cell (energy)",
                 "pooled": "2x2 max-pool of simple cells"}[key]
        ax.plot(degrees, r[key] / r["complex"].max(), style, color=colour, lw=1.8,
                label=f"{label}: F1/F0 = {f1_f0(r[key]):.2f}")
    ax.set_xlabel("phase of the grating (degrees)")
    ax.set_ylabel("response (relative)")
    ax.set_xticks(range(0, 361, 90))
    ax.set_title("a grating drifts across the field: who cares where the bars are?", fontsize=9)
    ax.legend(fontsize=8, loc="center")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.visual_cortex``: train the ConvNet, draw, print the facts."""
    parser = cli.demo_parser(
        "biology.visual_cortex", "Centre-surround, simple and complex cells, and the first-layer "
        "filters of the project's ConvNet (needs MNIST: set MNIST_DIR).", "visual_cortex.png")
    parser.add_argument("--train", type=cli.integer(100, 60_000), default=5000,
                        help="MNIST training images for the ConvNet (default: %(default)s)")
    parser.add_argument("--epochs", type=cli.integer(1, 20), default=2,
                        help="ConvNet training epochs (default: %(default)s)")
    # The first exercise: an unbalanced DoG (k = 0.8) answers uniform light.
    parser.add_argument("--dog-k", type=cli.real(0, 2), default=1.0,
                        help="weight k of the DoG's surround; 1 balances it "
                             "(default: %(default)s)")
    cli.add_seed_option(parser, what="the ConvNet's weights and batch order")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    filters = convnet_filters(args.train, args.epochs, args.seed)
    path = draw(args.out, filters, args.dog_k)
    r = phase_responses()
    sims, _ = best_gabor(filters)
    discs = disc_responses(args.dog_k)
    uniform = float(np.sum(dog_kernel(DOG_SIZE, *DOG_SIGMAS, args.dog_k)))
    facts = {"dog_k": args.dog_k, "dog_uniform_light": uniform,
             "dog_disc_peak_radius_px": float(DISC_RADII[discs.argmax()]),
             "dog_disc_largest": float(discs[-1]),
             "optimal_radius_px": optimal_radius(*DOG_SIGMAS),
             "f1_f0": {k: f1_f0(r[k]) for k in ("simple", "complex", "pooled")},
             "convnet_gabor_cos_mean": float(sims.mean()),
             "random_gabor_cos_mean": random_filter_similarity(), "figure": str(path)}
    text = (f"DoG with k = {args.dog_k:g}: response to uniform light {uniform:.3f}, to discs "
            f"largest at radius {facts['dog_disc_peak_radius_px']:g} px, "
            f"{discs[-1]:.3f} at radius {DISC_RADII[-1]:g} px\n"
            f"best disc radius of the DoG (sigma 1.5, 4.5): {facts['optimal_radius_px']:.2f} px\n"
            + "".join(f"F1/F0 {k}: {v:.2f}\n" for k, v in facts["f1_f0"].items())
            + f"ConvNet filters vs closest Gabor: mean cosine {sims.mean():.2f} (random 3x3 "
            f"filters: {facts['random_gabor_cos_mean']:.2f})\nwrote {path}")
    return facts, text


if __name__ == "__main__":
    raise SystemExit(main())
