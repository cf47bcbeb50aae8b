"""Swarms: boids that flock by three local rules, and particles that optimise by flocking.

**Boids.** Reynolds (1987) animated a flock without a leader or a plan. Each bird ("boid") looks
only at neighbours within a radius and steers by three rules: *separation* (move away from
neighbours that are too close), *alignment* (match their mean velocity) and *cohesion* (move
towards their centre). Order appears from a disordered start; the usual measure of it is the
*polarisation* of Vicsek et al. (1995),

    phi = | sum_i v_i / |v_i| | / N,

0 for headings in all directions and 1 for a flock moving as one. Here the world is a periodic
square (a torus), so there are no walls to steer around, and the update is synchronous: every
boid's new velocity is computed from the old state, then everyone moves.

**Particle swarm optimisation** (PSO; Kennedy and Eberhart, 1995) keeps the flock and changes
its goal. Each particle remembers the best point it has seen (p_i) and knows the best point of
the whole swarm (g), and its velocity is pulled towards both with random strengths:

    v <- w v + c1 r1 (p_i - x) + c2 r2 (g - x),    x <- x + v,    r1, r2 ~ U(0, 1) per coordinate.

With w = 0.7298 and c1 = c2 = 1.49618, the constriction coefficients of Clerc and Kennedy
(2002), the swarm converges without its velocities being clamped. PSO needs no gradient, which
is its point: on the Rastrigin function, a bowl covered in local minima, a gradient method
stops in the nearest dimple, while the swarm's shared memory can carry it across them.

Both use one small seeded generator, :class:`Mulberry32`, written identically here and in the
page's JavaScript, so that the demo on the page and this module give the same numbers.

>>> rng = Mulberry32(1)
>>> [round(rng.random(), 6) for _ in range(3)]
[0.627074, 0.002736, 0.527447]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from ml.nn import SGD, Adam, Momentum

MASK = 0xFFFFFFFF


class Mulberry32:
    """A tiny 32-bit generator (Tommy Ettinger's mulberry32), the same in Python and JavaScript.

    Not for statistics that need a long period; enough to make a demo reproducible across the
    two languages. ``random()`` returns a float in [0, 1) with 32 random bits.

    >>> a, b = Mulberry32(7), Mulberry32(7)
    >>> a.random() == b.random()
    True
    """

    def __init__(self, seed: int) -> None:
        self.state = seed & MASK

    def random(self) -> float:
        self.state = (self.state + 0x6D2B79F5) & MASK
        t = self.state
        t = _imul(t ^ (t >> 15), t | 1)
        t ^= (t + _imul(t ^ (t >> 7), t | 61)) & MASK
        return ((t ^ (t >> 14)) & MASK) / 4294967296.0

    def uniform(self, low: float, high: float, size: int) -> np.ndarray:
        """``size`` numbers in [low, high), drawn in order."""
        return np.array([low + (high - low) * self.random() for _ in range(size)])


def _imul(a: int, b: int) -> int:
    return (a * b) & MASK  # JavaScript's Math.imul, read as unsigned


# --8<-- [start:boids]
@dataclass(frozen=True)
class BoidRules:
    """Weights and radii of the three rules (world units per step)."""

    size: float = 100.0  # side of the periodic square
    radius: float = 10.0  # boids within this distance are neighbours
    too_close: float = 5.0  # separation acts within this distance
    separation: float = 0.5
    alignment: float = 0.1
    cohesion: float = 0.005
    min_speed: float = 0.5
    max_speed: float = 2.0


def boids_step(pos: np.ndarray, vel: np.ndarray, rules: BoidRules = BoidRules()
               ) -> tuple[np.ndarray, np.ndarray]:
    """One synchronous step for (N, 2) positions and velocities; returns new arrays. O(N^2)."""
    d = pos[None, :, :] - pos[:, None, :]  # d[i, j]: from boid i to boid j
    d -= rules.size * np.round(d / rules.size)  # the nearest copy on the torus
    dist2 = np.sum(d * d, axis=2)
    near = (dist2 < rules.radius ** 2) & ~np.eye(len(pos), dtype=bool)
    close = near & (dist2 < rules.too_close ** 2)
    count = near.sum(axis=1, keepdims=True)
    safe = np.maximum(count, 1)
    away = -np.sum(np.where(close[:, :, None], d / np.where(close, dist2, 1.0)[:, :, None], 0.0),
                   axis=1)
    align = np.where(count > 0, (near.astype(float) @ vel) / safe - vel, 0.0)
    centre = np.sum(np.where(near[:, :, None], d, 0.0), axis=1) / safe
    new = vel + rules.separation * away + rules.alignment * align + rules.cohesion * centre
    speed = np.linalg.norm(new, axis=1, keepdims=True)
    new *= np.clip(speed, rules.min_speed, rules.max_speed) / speed
    return (pos + new) % rules.size, new
# --8<-- [end:boids]


def start_boids(n: int, seed: int, rules: BoidRules = BoidRules()
                ) -> tuple[np.ndarray, np.ndarray]:
    """Random positions in the square and random headings at unit speed, from Mulberry32(seed).

    Draws, per boid: x, y, heading, in that order (the page's JavaScript does the same).
    """
    rng = Mulberry32(seed)
    draws = rng.uniform(0.0, 1.0, 3 * n).reshape(n, 3)
    angle = 2 * np.pi * draws[:, 2]
    return rules.size * draws[:, :2], np.stack([np.cos(angle), np.sin(angle)], axis=1)


def polarisation(vel: np.ndarray) -> float:
    """Vicsek's order parameter: the length of the mean unit heading, in [0, 1].

    >>> polarisation(np.array([[1.0, 0.0], [2.0, 0.0]]))
    1.0
    """
    unit = vel / np.linalg.norm(vel, axis=1, keepdims=True)
    return float(np.linalg.norm(unit.mean(axis=0)))


def flock(n: int = 80, steps: int = 400, seed: int = 0, rules: BoidRules = BoidRules()
          ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Run the boids; return final positions, final velocities and polarisation per step."""
    pos, vel = start_boids(n, seed, rules)
    order = [polarisation(vel)]
    for _ in range(steps):
        pos, vel = boids_step(pos, vel, rules)
        order.append(polarisation(vel))
    return pos, vel, np.array(order)


# --8<-- [start:functions]
def sphere(x: np.ndarray) -> np.ndarray:
    """sum x^2: one bowl, minimum 0 at the origin. Works on (..., d) arrays."""
    return np.sum(x * x, axis=-1)


def rastrigin(x: np.ndarray) -> np.ndarray:
    """10 d + sum(x^2 - 10 cos 2 pi x): a bowl with a dimple at every integer point; the global
    minimum is 0 at the origin (Rastrigin, 1974).

    >>> float(rastrigin(np.zeros(2)))
    0.0
    """
    return 10 * x.shape[-1] + np.sum(x * x - 10 * np.cos(2 * np.pi * x), axis=-1)


def rosenbrock(x: np.ndarray) -> np.ndarray:
    """sum 100 (x_{k+1} - x_k^2)^2 + (1 - x_k)^2: a curved valley; minimum 0 at (1, ..., 1)."""
    return np.sum(100 * (x[..., 1:] - x[..., :-1] ** 2) ** 2 + (1 - x[..., :-1]) ** 2, axis=-1)
# --8<-- [end:functions]


GRADIENTS: dict[str, Callable[[np.ndarray], np.ndarray]] = {
    "sphere": lambda x: 2 * x,
    "rastrigin": lambda x: 2 * x + 20 * np.pi * np.sin(2 * np.pi * x),
    "rosenbrock": lambda x: np.concatenate([
        -400 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2 * (1 - x[:-1]), [0.0]]) + np.concatenate([
            [0.0], 200 * (x[1:] - x[:-1] ** 2)]),
}
FUNCTIONS = {"sphere": sphere, "rastrigin": rastrigin, "rosenbrock": rosenbrock}


INERTIA = 0.7298  # Clerc and Kennedy's constriction coefficient, with c = 1.49618


# --8<-- [start:pso]
def pso(f: Callable[[np.ndarray], np.ndarray], dim: int, bound: float, particles: int = 30,
        iterations: int = 200, seed: int = 0, w: float = INERTIA, c: float = 1.49618,
        speeds: list[float] | None = None) -> tuple[np.ndarray, list[float]]:
    """Minimise ``f`` over [-bound, bound]^dim; return the best point and the best value after
    each iteration (one evaluation per particle per iteration). ``w`` is the inertia; the
    particles' mean speed after each iteration is appended to ``speeds`` if given."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-bound, bound, (particles, dim))
    v = rng.uniform(-bound, bound, (particles, dim)) * 0.1
    best_x, best_f = x.copy(), f(x)
    g = best_x[best_f.argmin()].copy()
    history = [float(best_f.min())]
    for _ in range(iterations):
        r1, r2 = rng.random((2, particles, dim))
        v = w * v + c * r1 * (best_x - x) + c * r2 * (g - x)
        x = x + v
        if speeds is not None:
            speeds.append(float(np.linalg.norm(v, axis=1).mean()))
        fx = f(x)
        better = fx < best_f
        best_x[better], best_f[better] = x[better], fx[better]
        g = best_x[best_f.argmin()].copy()
        history.append(float(best_f.min()))
    return g, history
# --8<-- [end:pso]


def gradient_descent(name: str, start: np.ndarray, optimiser: str = "adam",
                     steps: int = 6000, lr: float = 0.01) -> tuple[np.ndarray, list[float]]:
    """Minimise a named test function from ``start`` with one of the project's optimisers
    (``ml.nn.SGD``, ``Momentum`` or ``Adam``); return the end point and the value per step."""
    opt = {"sgd": SGD, "momentum": Momentum, "adam": Adam}[optimiser](lr=lr)
    x = np.array(start, dtype=float)
    history = [float(FUNCTIONS[name](x))]
    for _ in range(steps):
        opt.step([x], [GRADIENTS[name](x)])
        history.append(float(FUNCTIONS[name](x)))
    return x, history


def success_rates(name: str = "rastrigin", dim: int = 2, runs: int = 20, seed: int = 0,
                  tol: float = 1e-3, inertia: float = INERTIA) -> dict[str, float]:
    """Fraction of runs that reach f < ``tol`` (the global minimum's basin): PSO (with inertia
    ``inertia``) against Adam started from each run's best random point of PSO's first swarm
    (equal footing)."""
    bound, hits = 5.12, {"pso": 0, "adam": 0}
    for run in range(runs):
        _, history = pso(FUNCTIONS[name], dim, bound, seed=seed + run, w=inertia)
        hits["pso"] += history[-1] < tol
        start = np.random.default_rng(seed + run).uniform(-bound, bound, (30, dim))
        start = start[FUNCTIONS[name](start).argmin()]
        hits["adam"] += gradient_descent(name, start)[1][-1] < tol
    return {k: v / runs for k, v in hits.items()}


def draw(out: Path, seed: int = 0, inertia: float = INERTIA) -> Path:
    """Draw the essay's figure: a flock and its polarisation; PSO (inertia ``inertia``) against
    Adam on Rastrigin."""
    plt = pyplot()
    fig, axes = plt.subplots(2, 2, figsize=(6.8, 6.6))
    pos, vel, order = flock(seed=seed)
    ax = axes[0, 0]
    ax.quiver(pos[:, 0], pos[:, 1], vel[:, 0], vel[:, 1], color="#1f4e9c", scale=25, width=0.006)
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_aspect("equal")
    ax.set_xlabel("x")
    ax.set_ylabel("y")
    ax.set_title("80 boids after 400 steps", fontsize=9)
    axes[0, 1].plot(order, color="#1f4e9c")
    axes[0, 1].set_ylim(0, 1.02)
    axes[0, 1].set_xlabel("step")
    axes[0, 1].set_ylabel("polarisation $\\varphi$")
    axes[0, 1].set_title("order from three local rules", fontsize=9)
    _draw_rastrigin(axes[1, 0], axes[1, 1], seed, inertia)
    return save_figure(fig, out)


def _draw_rastrigin(ax_map, ax_curve, seed: int, inertia: float) -> None:
    grid = np.linspace(-5.12, 5.12, 300)
    xx, yy = np.meshgrid(grid, grid)
    ax_map.contourf(xx, yy, rastrigin(np.stack([xx, yy], axis=-1)), levels=20, cmap="Greys")
    start = np.array([3.2, -2.1])
    end, adam = gradient_descent("rastrigin", start)
    best, swarm = pso(rastrigin, 2, 5.12, seed=seed, w=inertia)
    ax_map.plot(*start, "o", color="#b3400a", ms=6, label="Adam: start")
    ax_map.plot(*end, "x", color="#b3400a", ms=9, mew=2, label="Adam: end")
    ax_map.plot(*best, "*", color="#1b7a3a", ms=12, label="PSO: best")
    ax_map.set_xlabel("$x_1$")
    ax_map.set_ylabel("$x_2$")
    ax_map.set_title("Rastrigin in 2-D (darker = higher)", fontsize=9)
    ax_map.legend(fontsize=7, loc="lower left")
    ax_curve.semilogy(np.arange(len(swarm)) * 30, np.maximum(swarm, 1e-16), color="#1b7a3a",
                      label="PSO, 30 particles" + (f", w = {inertia:g}"
                                                   if inertia != INERTIA else ""))
    ax_curve.semilogy(np.arange(len(adam)), np.maximum(adam, 1e-16), "--", color="#b3400a",
                      label="Adam, lr 0.01")
    ax_curve.set_xlabel("function evaluations")
    ax_curve.set_ylabel("best value found")
    ax_curve.set_title("Adam stops in a dimple; the swarm does not", fontsize=9)
    ax_curve.legend(fontsize=8)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.swarms``: flock, optimise, draw, print the facts."""
    parser = cli.demo_parser("biology.swarms", "Boids and particle swarm optimisation against "
                             "the project's gradient optimisers.", "swarms.png")
    parser.add_argument("--runs", type=cli.integer(1, 200), default=20,
                        help="Rastrigin runs for the success rates (default: %(default)s)")
    # The third exercise: inertia 1 with the same c, and the velocities that follow.
    parser.add_argument("--inertia", type=cli.real(0, 2), default=INERTIA,
                        help="PSO's inertia w; c stays 1.49618 (default: %(default)s, Clerc "
                             "and Kennedy's constriction)")
    cli.add_seed_option(parser, what="the flock's start and the swarms")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.seed, args.inertia)
    order = flock(seed=args.seed)[2]
    rates = success_rates(runs=args.runs, seed=args.seed, inertia=args.inertia)
    speeds: list[float] = []
    pso(rastrigin, 2, 5.12, seed=args.seed, w=args.inertia, speeds=speeds)
    facts = {"polarisation_start": float(order[0]), "polarisation_end": float(order[-1]),
             "rastrigin_success": rates, "pso_inertia": args.inertia,
             "pso_mean_speed": {"first": speeds[0], "last": speeds[-1]}, "figure": str(path)}
    return facts, (f"polarisation: {order[0]:.2f} at the start, {order[-1]:.2f} after "
                   f"{len(order) - 1} steps\nRastrigin 2-D, runs reaching f < 1e-3: PSO "
                   f"{rates['pso']:.0%}, Adam {rates['adam']:.0%}\nPSO with w = "
                   f"{args.inertia:g}: mean particle speed {speeds[0]:.3g} after the first "
                   f"iteration, {speeds[-1]:.3g} after the last\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
