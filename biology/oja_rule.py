"""Hebbian learning, and Oja's rule: a single neuron that finds the first principal component.

Hebb (1949) guessed that a synapse strengthens when the cells on both sides of it are active
together: "cells that fire together wire together". For a linear neuron with output
y = w . x, the simplest version is

    Hebb:   w <- w + eta * y * x.

Averaged over inputs x with zero mean and covariance C this is w <- w + eta C w: power
iteration on C. The direction of w turns towards the top eigenvector of C, the first principal
component, but its length grows without bound. Oja (1982) added a decay term that is itself
local, using only the neuron's own output:

    Oja:    w <- w + eta * y * (x - y * w).

To first order in eta this is Hebb's rule followed by renormalising w to unit length. Its only
stable fixed points are w = +-e_1, the unit-norm top eigenvector of C: in expectation the update
is eta (C w - (w^T C w) w), zero exactly when w is an eigenvector of unit length, and stable only
for the largest eigenvalue.

>>> c = np.array([[3.0, 1.0], [1.0, 2.0]])
>>> w = top_eigenvector(c)
>>> bool(np.allclose(expected_oja_update(w, c), 0.0))
True
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure


def correlated_gaussian(n_samples: int, cov: np.ndarray, seed: int = 0,
                        mean: Sequence[float] | None = None) -> np.ndarray:
    """Gaussian samples (n_samples, d) with the given covariance matrix, and zero mean unless
    ``mean`` is given.

    Uses the Cholesky factor L (cov = L L^T): if z is standard normal, L z has covariance cov.

    >>> x = correlated_gaussian(20000, np.array([[4.0, 0.0], [0.0, 1.0]]))
    >>> np.round(x.var(axis=0), 1).tolist()
    [4.0, 1.0]
    """
    cov = np.asarray(cov, dtype=float)
    if cov.ndim != 2 or cov.shape[0] != cov.shape[1]:
        raise ValueError(f"cov must be a square matrix, got shape {cov.shape}")
    lower = np.linalg.cholesky(cov)
    rng = np.random.default_rng(seed)
    x = rng.standard_normal((n_samples, cov.shape[0])) @ lower.T
    return x if mean is None else x + np.asarray(mean, dtype=float)


# --8<-- [start:rules]
def hebb_step(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    """Plain Hebbian update: strengthen each weight by input times output. O(d).

    >>> hebb_step(np.array([1.0, 0.0]), np.array([2.0, 1.0]), 0.5).tolist()
    [3.0, 1.0]
    """
    y = w @ x
    return w + eta * y * x


def oja_step(w: np.ndarray, x: np.ndarray, eta: float) -> np.ndarray:
    """Oja's update: Hebb's term minus a decay y^2 w that keeps |w| near 1. O(d).

    >>> oja_step(np.array([1.0, 0.0]), np.array([2.0, 1.0]), 0.5).tolist()
    [1.0, 1.0]
    """
    y = w @ x
    return w + eta * y * (x - y * w)
# --8<-- [end:rules]


def expected_oja_update(w: np.ndarray, cov: np.ndarray) -> np.ndarray:
    """The average of (oja_step(w, x, eta) - w) / eta over inputs of covariance cov.

    E[y x] = C w and E[y^2] = w^T C w, so this is C w - (w^T C w) w.

    >>> expected_oja_update(np.array([1.0, 0.0]), np.diag([2.0, 1.0])).tolist()
    [0.0, 0.0]
    """
    cw = cov @ w
    return cw - (w @ cw) * w


# --8<-- [start:train]
def train(x: np.ndarray, rule: str = "oja", eta: float = 0.005, epochs: int = 3,
          seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Run a learning rule over the rows of x; return the final w and its history (steps+1, d).

    The start is a random unit vector; the samples are visited in a fresh random order each
    epoch. O(epochs * n * d) time, O(epochs * n * d) memory for the history.

    >>> x = correlated_gaussian(2000, np.array([[3.0, 1.0], [1.0, 2.0]]))
    >>> w, _ = train(x)
    >>> round(float(np.linalg.norm(w)), 1)
    1.0
    """
    rules = {"oja": oja_step, "hebb": hebb_step}
    if rule not in rules:
        raise ValueError(f"rule must be one of {sorted(rules)}, got {rule!r}")
    if eta <= 0 or epochs < 1:
        raise ValueError(f"need eta > 0 and epochs >= 1, got eta={eta}, epochs={epochs}")
    x = np.asarray(x, dtype=float)
    if x.ndim != 2 or len(x) == 0:
        raise ValueError(f"x must be a non-empty (n_samples, d) array, got shape {x.shape}")
    rng = np.random.default_rng(seed)
    w = rng.standard_normal(x.shape[1])
    w /= np.linalg.norm(w)
    history = [w]
    for _ in range(epochs):
        for i in rng.permutation(len(x)):
            w = rules[rule](w, x[i], eta)
            history.append(w)
    return w, np.array(history)
# --8<-- [end:train]


def top_eigenvector(cov: np.ndarray, iterations: int = 1000, seed: int = 0) -> np.ndarray:
    """The unit eigenvector of the largest eigenvalue of a symmetric PSD matrix (power iteration).

    This is what Hebb's averaged rule computes, with the normalisation done by hand.
    O(iterations * d^2).

    >>> np.round(np.abs(top_eigenvector(np.diag([1.0, 5.0, 2.0]))), 6).tolist()
    [0.0, 1.0, 0.0]
    """
    cov = np.asarray(cov, dtype=float)
    w = np.random.default_rng(seed).standard_normal(cov.shape[0])
    for _ in range(iterations):
        w = cov @ w
        w /= np.linalg.norm(w)
    return w


def alignment(w: np.ndarray, direction: np.ndarray) -> float:
    """|cos| of the angle between two vectors: 1 when parallel or antiparallel.

    >>> alignment(np.array([2.0, 0.0]), np.array([-1.0, 0.0]))
    1.0
    """
    return float(abs(w @ direction) / (np.linalg.norm(w) * np.linalg.norm(direction)))


def pca_angles(history: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Degrees between each row of ``history`` and the first component that
    :class:`ml.decomposition.PCA` finds in ``x`` (sign ignored); NaN where w is not finite.

    PCA centres ``x`` and takes a singular value decomposition: the batch answer Oja's neuron
    approaches one sample at a time. O(len(history) * d + n d^2).

    >>> x = correlated_gaussian(500, np.diag([4.0, 1.0]))
    >>> pca_angles(np.array([[1.0, 0.0], [0.0, 1.0]]), x).round().tolist()
    [0.0, 90.0]
    """
    from ml.decomposition import PCA

    return _angles_to(history, PCA(n_components=1).fit(x).components_[0])


def draw(out: Path, n_samples: int = 1500, eta: float = 0.005, seed: int = 0,
         mean: Sequence[float] = (0.0, 0.0)) -> Path:
    """Draw the essay's figure: the data with the learned w, |w| and alignment over time, and
    the angle between Oja's w and :class:`ml.decomposition.PCA`'s first component. ``mean``
    shifts the data, which the rules see uncentred (PCA centres it)."""
    plt = pyplot()

    cov = np.array([[3.0, 1.2], [1.2, 1.0]])
    x = correlated_gaussian(n_samples, cov, seed, mean)
    e1 = top_eigenvector(cov)
    # Hebb's |w| grows by about (1 + eta * 3.6) per sample, and with a large eta Oja's w
    # overflows too (the exercise asks for that rate): curves simply stop where w leaves the
    # float range, instead of warning.
    with np.errstate(over="ignore", invalid="ignore"):
        w_oja, hist_oja = train(x, "oja", eta, epochs=3, seed=seed)
        _, hist_hebb = train(x, "hebb", eta, epochs=3, seed=seed)
        norms = {name: np.linalg.norm(h, axis=1) for name, h in (("Hebb", hist_hebb),
                                                                  ("Oja", hist_oja))}
    for norm in norms.values():
        norm[~np.isfinite(norm)] = np.nan

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(4, 1, figsize=(6.8, 11.6),
                             gridspec_kw={"height_ratios": [1.4, 1, 1, 1]})
    _draw_data(axes[0], x, hist_oja, w_oja, e1)
    ax = axes[1]
    steps = np.arange(len(hist_oja))
    for name, norm in norms.items():
        ax.semilogy(steps, norm, label=name)
    ax.set_xlabel("samples seen")
    ax.set_ylabel("|w|")
    ax.set_title("Hebb's weights explode; Oja's settle at 1", fontsize=10)
    ax.legend(fontsize=8)

    ax = axes[2]
    early = steps[:600]  # both have turned by then; the rest is flat
    for name, hist, style in (("Oja", hist_oja, "-C1"), ("Hebb", hist_hebb, ":C0")):
        ax.plot(early, np.cos(np.radians(_angles_to(hist[early], e1))), style, label=name)
    ax.set_xlabel("samples seen (first 600)")
    ax.set_ylabel("|cos(w, e1)|")
    ax.set_ylim(0, 1.05)
    ax.set_title("both turn towards e1", fontsize=10)
    ax.legend(fontsize=8)

    _draw_pca_angle(axes[3], steps, pca_angles(hist_oja, x))
    return save_figure(fig, out)


def _draw_pca_angle(ax, steps: np.ndarray, angles: np.ndarray) -> None:
    """Each sample's angle, and its median over the last epoch: the jitter a fixed eta leaves."""
    ax.semilogy(steps, angles, color="C2", lw=0.6, alpha=0.7, label="after each sample")
    last = angles[-(len(angles) // 3):]
    if np.isfinite(last).all():
        median = float(np.median(last))
        ax.axhline(median, color="k", ls="--", lw=1,
                   label=f"median over the last epoch: {median:.1f}°")
    ax.set_ylim(0.01, 100)
    ax.set_xlabel("samples seen")
    ax.set_ylabel("angle to PCA's first\ncomponent (degrees)")
    ax.set_title("Oja's w against ml.decomposition.PCA on the same data", fontsize=10)
    ax.legend(fontsize=8, loc="upper right")


def _angles_to(history: np.ndarray, direction: np.ndarray) -> np.ndarray:
    """Degrees between each row of ``history`` and ``direction`` (sign ignored); NaN if not
    finite."""
    with np.errstate(over="ignore", invalid="ignore"):
        cos = np.abs(history @ direction) / np.linalg.norm(history, axis=1)
    return np.degrees(np.arccos(np.clip(cos / np.linalg.norm(direction), 0.0, 1.0)))


def _draw_data(ax, x: np.ndarray, hist_oja: np.ndarray, w_oja: np.ndarray,
               e1: np.ndarray) -> None:
    """The data cloud, w's path (scaled by 3 to be seen) and the first principal axis."""
    ax.scatter(x[:, 0], x[:, 1], s=3, alpha=0.3, color="grey")
    ax.plot(hist_oja[:, 0] * 3, hist_oja[:, 1] * 3, lw=1, color="C0", label="3 w during learning")
    if np.all(np.isfinite(w_oja)):
        ax.annotate("", xy=3 * w_oja, xytext=(0, 0), arrowprops={"color": "C0", "width": 2})
    ax.plot(*(np.outer([-4, 4], e1).T), "--", color="C3", lw=1, label="first principal axis")
    reach = 1.05 * np.abs(x).max(axis=0)  # a diverging w would otherwise stretch the axes
    ax.set_xlim(-reach[0], reach[0])
    ax.set_ylim(-reach[1], reach[1])
    ax.set_aspect("equal")
    ax.set_xlabel("input x₁")
    ax.set_ylabel("input x₂")
    ax.set_title("Oja's w finds the principal axis", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.oja_rule``: draw the figure and print the alignment and norm."""
    parser = cli.demo_parser(
        "biology.oja_rule", "Hebb's rule and Oja's rule on 2-D Gaussian data: draws the "
        "essay's figure.", "oja_rule.png")
    parser.add_argument("--samples", type=cli.integer(2, 100_000), default=1500,
                        help="number of data points (default: %(default)s)")
    # Up to 1, far past the rate where Oja's w leaves the float range (0.1 does, seed 0): the
    # essay's first exercise asks for that breaking point, so divergence is a result, not an error.
    parser.add_argument("--eta", type=cli.real(0, 1, open_low=True), default=0.005,
                        help="learning rate (default: %(default)s)")
    # The third exercise: data with a mean, fed to the rule without centring.
    parser.add_argument("--mean", nargs=2, type=cli.real(-100, 100), default=[0.0, 0.0],
                        metavar=("X1", "X2"),
                        help="shift the data by this mean, not centred (default: 0 0)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.samples, args.eta, args.seed, args.mean)
    cov, mean = np.array([[3.0, 1.2], [1.2, 1.0]]), np.array(args.mean)
    with np.errstate(over="ignore", invalid="ignore"):
        w, _ = train(correlated_gaussian(args.samples, cov, args.seed, mean), "oja", args.eta, 3,
                     args.seed)
        norm = float(np.linalg.norm(w))
    if not math.isfinite(norm):
        facts = {"diverged": True, "abs_cos_w_e1": None, "norm_w": None,
                 "abs_cos_w_top_second_moment": None, "mean": args.mean, "figure": str(path)}
        return facts, (f"Oja's w left the float range at eta = {args.eta:g}: the rule "
                       f"diverged\nwrote {path}")
    cos = float(alignment(w, top_eigenvector(cov)))
    # Uncentred, the rule averages x x^T = C + m m^T, not C: its top eigenvector is the answer.
    raw = float(alignment(w, top_eigenvector(cov + np.outer(mean, mean))))
    facts = {"diverged": False, "abs_cos_w_e1": cos, "norm_w": norm,
             "abs_cos_w_top_second_moment": raw, "mean": args.mean, "figure": str(path)}
    shifted = (f"\ndata mean {tuple(args.mean)}: |cos(w, top eigenvector of C + m m^T)| = "
               f"{raw:.4f}" if mean.any() else "")
    return facts, f"|cos(w, e1)| = {cos:.4f}, |w| = {norm:.4f}{shifted}\nwrote {path}"


if __name__ == "__main__":
    raise SystemExit(main())
