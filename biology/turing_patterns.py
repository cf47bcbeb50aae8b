"""Turing patterns: two chemicals that react and diffuse, and the spots and stripes they draw.

Turing (1952) showed that diffusion, which smooths everything on its own, can *create* pattern
when two substances react: if an activator spreads more slowly than what it feeds, small bumps
grow into spots or stripes of a fixed size. The Gray-Scott model (studied by Pearson, 1993) is
the standard small example. A substrate u is fed in at rate F; an autocatalyst v consumes it,
u + 2v -> 3v, and decays at rate F + k:

    du/dt = D_u lap(u) - u v^2 + F (1 - u),
    dv/dt = D_v lap(v) + u v^2 - (F + k) v.

The state u = 1, v = 0 (no catalyst) is always a steady state. Others exist only if
F >= 4 (F + k)^2: setting both right-hand sides to zero gives u v = F + k and
(F + k) v^2 - F v + F (F + k) = 0, whose discriminant is F^2 - 4 F (F + k)^2.

**The Laplacian is a convolution.** On a grid with spacing h, lap(u) at a cell is approximated
by the 3x3 kernel [[0, 1, 0], [1, -4, 1], [0, 1, 0]] / h^2, the same operation as one filter of
a convolutional layer, with fixed weights instead of learned ones. :func:`laplacian` computes it
with shifted copies on a periodic grid; the tests check that ``ml.nn.Conv2D`` with those weights
gives the same numbers.

Parameters follow Pearson (1993): D_u = 2e-5, D_v = 1e-5, a 2.5 x 2.5 square on a 256 x 256
grid (h = 2.5/256), time step 1; in grid units that is D_u / h^2 = 0.2097 and D_v / h^2 =
0.1049. The start is u = 1, v = 0, except a central square at u = 1/2, v = 1/4, with 1 % noise.

>>> lap = laplacian(np.arange(16.0).reshape(4, 4) ** 2)
>>> float(lap[1, 1])
34.0
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from biology.swarms import Mulberry32

D_U, D_V = 2e-5 * (256 / 2.5) ** 2, 1e-5 * (256 / 2.5) ** 2  # Pearson's, in grid units
KERNEL = np.array([[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]])
PATTERNS = {"spots": (0.030, 0.062), "stripes": (0.050, 0.065), "uniform": (0.060, 0.045)}


# --8<-- [start:laplacian]
def laplacian(a: np.ndarray) -> np.ndarray:
    """The 5-point Laplacian on a periodic grid (over the last two axes): KERNEL applied at
    every cell, written as four shifted copies minus four times the centre."""
    return (np.roll(a, 1, -1) + np.roll(a, -1, -1) + np.roll(a, 1, -2) + np.roll(a, -1, -2)
            - 4 * a)
# --8<-- [end:laplacian]


# --8<-- [start:step]
def gray_scott_step(u: np.ndarray, v: np.ndarray, feed: float | np.ndarray,
                    kill: float | np.ndarray, dt: float = 1.0, du: float = D_U,
                    dv: float = D_V) -> tuple[np.ndarray, np.ndarray]:
    """One explicit Euler step of the Gray-Scott equations (grid units). ``feed`` and ``kill``
    may be arrays broadcast against the grid, to run many parameter pairs at once."""
    uvv = u * v * v
    u_next = u + dt * (du * laplacian(u) - uvv + feed * (1 - u))
    v_next = v + dt * (dv * laplacian(v) + uvv - (feed + kill) * v)
    return u_next, v_next
# --8<-- [end:step]


def start(size: int = 128, seed: int = 0, square: int = 20) -> tuple[np.ndarray, np.ndarray]:
    """Pearson's start: u = 1, v = 0, and a central square at (1/2, 1/4) with 1 % noise.

    The noise comes from :class:`biology.swarms.Mulberry32` in row-major order, u then v for
    each cell of the square, so that the page's JavaScript builds the same start.

    >>> u, v = start(32, square=4)
    >>> float(u[0, 0]), float(v[0, 0]), round(float(v[16, 16]), 2)
    (1.0, 0.0, 0.25)
    """
    u, v = np.ones((size, size)), np.zeros((size, size))
    rng, lo = Mulberry32(seed), (size - square) // 2
    for i in range(lo, lo + square):
        for j in range(lo, lo + square):
            u[i, j] = 0.5 * (1 + 0.01 * (2 * rng.random() - 1))
            v[i, j] = 0.25 * (1 + 0.01 * (2 * rng.random() - 1))
    return u, v


def run(feed: float, kill: float, steps: int = 8000, size: int = 96, seed: int = 0,
        dt: float = 1.0, du: float = D_U, dv: float = D_V) -> tuple[np.ndarray, np.ndarray]:
    """Pearson's start, then ``steps`` Euler steps; returns (u, v).

    Too large a ``dt`` (or ``du``, ``dv``) makes Euler unstable: the values then overflow to
    inf and NaN, quietly, for :func:`bounded` to report.
    """
    u, v = start(size, seed)
    with np.errstate(over="ignore", invalid="ignore"):
        for _ in range(steps):
            u, v = gray_scott_step(u, v, feed, kill, dt, du, dv)
    return u, v


def bounded(*fields: np.ndarray, limit: float = 10.0) -> bool:
    """Whether every value is finite and within ``limit``: u and v of a stable run stay in
    [0, 1] up to Euler's small overshoots, an unstable one grows without bound.

    >>> bounded(np.ones(3), np.zeros(3)), bounded(np.array([1.0, np.nan]))
    (True, False)
    """
    return all(bool(np.all(np.abs(f) <= limit)) for f in fields)


def has_nontrivial_steady_state(feed: float, kill: float) -> bool:
    """Whether a uniform state with catalyst exists: F >= 4 (F + k)^2 (module docstring).

    >>> has_nontrivial_steady_state(0.05, 0.02), has_nontrivial_steady_state(0.03, 0.062)
    (True, False)
    """
    return feed >= 4 * (feed + kill) ** 2


def blobs(v: np.ndarray, level: float = 0.2) -> list[int]:
    """Sizes of the connected regions where v > ``level`` (4-neighbours, periodic edges),
    found by breadth-first search: many small ones are spots, a few large ones stripes."""
    above, seen, sizes = v > level, np.zeros(v.shape, dtype=bool), []
    rows, cols = v.shape
    for cell in zip(*np.nonzero(above), strict=True):
        if seen[cell]:
            continue
        seen[cell], queue, count = True, [cell], 0
        while queue:
            i, j = queue.pop()
            count += 1
            for a, b in ((i + 1) % rows, j), ((i - 1) % rows, j), (i, (j + 1) % cols), \
                    (i, (j - 1) % cols):
                if above[a, b] and not seen[a, b]:
                    seen[a, b] = True
                    queue.append((a, b))
        sizes.append(count)
    return sorted(sizes, reverse=True)


def parameter_map(feeds: np.ndarray, kills: np.ndarray, steps: int = 5000, size: int = 40,
                  dt: float = 1.0, du: float = D_U, dv: float = D_V) -> np.ndarray:
    """The final v of every (F, k) pair, all simulated at once: shape (len(feeds), len(kills),
    size, size)."""
    u0, v0 = start(size, square=8)
    shape = (len(feeds), len(kills), size, size)
    u, v = np.broadcast_to(u0, shape).copy(), np.broadcast_to(v0, shape).copy()
    f, k = np.asarray(feeds)[:, None, None, None], np.asarray(kills)[None, :, None, None]
    with np.errstate(over="ignore", invalid="ignore"):  # an unstable dt: see run()
        for _ in range(steps):
            u, v = gray_scott_step(u, v, f, k, dt, du, dv)
    return v


def draw(out: Path, patterns: dict[str, np.ndarray], dt: float = 1.0, du: float = D_U,
         dv: float = D_V) -> Path:
    """Draw the essay's figure: the final v of each of :data:`PATTERNS`, and a map over (k, F)
    (computed with the same ``dt``, ``du`` and ``dv`` as the patterns)."""
    plt = pyplot()
    fig = plt.figure(figsize=(6.8, 7.6))
    grid = fig.add_gridspec(2, 3, height_ratios=[1, 1.6])
    for col, (name, (f, k)) in enumerate(PATTERNS.items()):
        ax = fig.add_subplot(grid[0, col])
        ax.imshow(patterns[name], cmap="magma", vmin=0, vmax=0.45)
        ax.set_title(f"{name}: F = {f}, k = {k}", fontsize=8)
        ax.set_xticks([])
        ax.set_yticks([])
    feeds, kills = np.linspace(0.06, 0.01, 6), np.linspace(0.045, 0.07, 6)
    vs = parameter_map(feeds, kills, dt=dt, du=du, dv=dv)
    ax = fig.add_subplot(grid[1, :])
    mosaic = np.block([[np.pad(vs[i, j], 2, constant_values=np.nan) for j in range(len(kills))]
                       for i in range(len(feeds))])
    image = ax.imshow(mosaic, cmap="magma", vmin=0, vmax=0.45)
    side = vs.shape[-1] + 4
    ax.set_xticks(side * np.arange(len(kills)) + side / 2, [f"{k:.3f}" for k in kills])
    ax.set_yticks(side * np.arange(len(feeds)) + side / 2, [f"{f:.3f}" for f in feeds])
    ax.set_xlabel("kill rate k")
    ax.set_ylabel("feed rate F")
    ax.set_title("the (F, k) map: each tile is 5000 steps from the same start", fontsize=9)
    fig.colorbar(image, ax=ax, fraction=0.03, label="catalyst v")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.turing_patterns``: simulate, draw, print blob counts."""
    parser = cli.demo_parser("biology.turing_patterns", "Gray-Scott reaction-diffusion: spots, "
                             "stripes and the (F, k) map.", "turing_patterns.png")
    parser.add_argument("--steps", type=cli.integer(100, 100_000), default=8000,
                        help="Euler steps of each pattern (default: %(default)s)")
    # The exercises: equal diffusion (--du = --dv) and the largest stable time step.
    parser.add_argument("--du", type=cli.real(0, 1), default=D_U,
                        help=f"diffusion of the substrate u, grid units (default: {D_U:.4f}, "
                             "Pearson's)")
    parser.add_argument("--dv", type=cli.real(0, 1), default=D_V,
                        help=f"diffusion of the catalyst v, grid units (default: {D_V:.4f}, "
                             "Pearson's)")
    parser.add_argument("--dt", type=cli.real(0, 10, open_low=True), default=1.0,
                        help="Euler time step; too large and the run blows up "
                             "(default: %(default)s)")
    cli.add_seed_option(parser, what="the 1 %% noise of the starting square")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    du, dv = args.du, args.dv
    finals = {name: run(f, k, args.steps, seed=args.seed, dt=args.dt, du=du, dv=dv)
              for name, (f, k) in PATTERNS.items()}
    patterns = {name: v for name, (_, v) in finals.items()}
    path = draw(args.out, patterns, args.dt, du, dv)
    stable = all(bounded(u, v) for u, v in finals.values())
    counts = {name: len(blobs(v)) for name, v in patterns.items()}
    facts = {"regions": counts, "du": du, "dv": dv, "dt": args.dt, "bounded": stable,
             "figure": str(path)}
    text = "".join(f"{name}: {n} regions with v > 0.2\n" for name, n in counts.items())
    if not stable:
        text = (f"the run blew up at dt = {args.dt:g} (D_u = {du:g}): explicit Euler is "
                "unstable there\n")
    return facts, text + f"wrote {path}"


if __name__ == "__main__":
    raise SystemExit(main())
