"""Ant colony optimisation: short tours from pheromone trails, on a real travelling-salesman map.

Foraging ants lay pheromone as they walk and prefer to follow strong trails. A shorter path
between nest and food is walked more often per unit time, so it collects pheromone faster, while
every trail evaporates: the colony converges on short paths without any ant knowing the map
(Goss, Aron, Deneubourg & Pasteels 1989, the "double bridge" experiment).

Dorigo, Maniezzo and Colorni (1996) turned this into an algorithm for the travelling salesman
problem (TSP). Each of m artificial ants builds a tour city by city; at city i it moves to an
unvisited city j with probability

    p_ij  proportional to  tau_ij^alpha * eta_ij^beta,      eta_ij = 1 / d_ij,

where tau is the pheromone on edge i-j and eta the greedy "visibility". After all ants finish,
every trail evaporates, tau <- (1 - rho) tau, and each ant k deposits 1 / L_k on the edges of its
tour of length L_k — short tours deposit more. The *elitist* variant also lets the best tour found
so far deposit e / L_best every iteration, which speeds convergence.

The test instance is TSPLIB's berlin52 (Reinelt 1991): 52 locations in Berlin, EUC_2D distances
rounded to the nearest integer, optimal tour length 7542.

>>> dist = tsplib_distances(load_tsplib(DATA / "berlin52.tsp"))
>>> int(tour_length(nearest_neighbour_tour(dist), dist))
8980
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

DATA = Path(__file__).parent / "data"
BERLIN52_OPTIMUM = 7542  # TSPLIB's published optimum for berlin52


def load_tsplib(path: Path) -> np.ndarray:
    """City coordinates ``(n, 2)`` from the NODE_COORD_SECTION of a TSPLIB file.

    >>> load_tsplib(DATA / "berlin52.tsp")[:2].tolist()
    [[565.0, 575.0], [25.0, 185.0]]
    """
    lines = Path(path).read_text().splitlines()
    try:
        start = next(k for k, line in enumerate(lines) if line.strip() == "NODE_COORD_SECTION")
    except StopIteration:
        raise ValueError(f"{path} has no NODE_COORD_SECTION; is it a TSPLIB coordinate file?") \
            from None
    coords = []
    for line in lines[start + 1:]:
        fields = line.split()
        if not fields or fields[0] == "EOF":
            break
        coords.append((float(fields[1]), float(fields[2])))
    return np.array(coords)


def load_tsplib_tour(path: Path) -> np.ndarray:
    """A tour from a TSPLIB ``.tour`` file, as 0-based city indices.

    >>> load_tsplib_tour(DATA / "berlin52.opt.tour")[:3].tolist()
    [0, 48, 31]
    """
    text = Path(path).read_text().split("TOUR_SECTION")[1]
    cities = []
    for token in text.split():
        if token in ("-1", "EOF"):
            break
        cities.append(int(token) - 1)
    return np.array(cities)


def tsplib_distances(coords: np.ndarray) -> np.ndarray:
    """TSPLIB's EUC_2D distances: Euclidean, rounded to the nearest integer (nint(x + 0.5)).

    The rounding is part of the instance: the optimum 7542 is measured in these units.

    >>> tsplib_distances(np.array([[0.0, 0.0], [3.0, 4.0], [1.0, 1.2]])).tolist()
    [[0.0, 5.0, 2.0], [5.0, 0.0, 3.0], [2.0, 3.0, 0.0]]
    """
    coords = np.asarray(coords, dtype=float)
    if coords.ndim != 2 or coords.shape[1] != 2:
        raise ValueError(f"coords must have shape (n, 2), got {coords.shape}")
    delta = coords[:, None, :] - coords[None, :, :]
    return np.floor(np.sqrt((delta**2).sum(axis=-1)) + 0.5)


def tour_length(tour: np.ndarray, dist: np.ndarray) -> float:
    """Length of the closed tour (back to the start). O(n).

    >>> tour_length(np.array([0, 1, 2]), np.array([[0, 1, 2], [1, 0, 3], [2, 3, 0]]))
    6.0
    """
    tour = np.asarray(tour)
    if sorted(tour.tolist()) != list(range(len(dist))):
        raise ValueError(f"a tour must visit each of the {len(dist)} cities exactly once")
    return float(dist[tour, np.roll(tour, -1)].sum())


def nearest_neighbour_tour(dist: np.ndarray, start: int = 0) -> np.ndarray:
    """The greedy tour: always go to the nearest unvisited city. O(n^2).

    >>> nearest_neighbour_tour(np.array([[0, 1, 5], [1, 0, 2], [5, 2, 0]])).tolist()
    [0, 1, 2]
    """
    n = len(dist)
    if not 0 <= start < n:
        raise IndexError(f"start city {start} is not in 0..{n - 1}")
    tour, unvisited = [start], np.ones(n, dtype=bool)
    unvisited[start] = False
    for _ in range(n - 1):
        row = np.where(unvisited, dist[tour[-1]], np.inf)
        tour.append(int(np.argmin(row)))
        unvisited[tour[-1]] = False
    return np.array(tour)


def two_opt(tour: np.ndarray, dist: np.ndarray) -> np.ndarray:
    """Local search: reverse any segment that shortens the tour, until none does. O(n^2) a pass.

    Replacing edges (a, b), (c, d) by (a, c), (b, d) is reversing the path b..c.

    >>> d = tsplib_distances(np.array([[0, 0], [10, 10], [10, 0], [0, 10]]))
    >>> two_opt(np.array([0, 1, 2, 3]), d).tolist()   # the crossed square gets uncrossed
    [0, 2, 1, 3]
    """
    tour = np.array(tour)
    n = len(tour)
    improved = True
    while improved:
        improved = False
        for i in range(n - 1):
            a, b = tour[i], tour[i + 1]
            c, d = tour[i + 2:], np.roll(tour, -1)[i + 2:]  # every later edge (c, d)
            gain = dist[a, b] + dist[c, d] - dist[a, c] - dist[b, d]
            if i == 0:
                gain = gain[:-1]  # the last edge (tour[-1], tour[0]) shares city a
            if len(gain) and gain.max() > 1e-9:
                j = i + 2 + int(np.argmax(gain))
                tour[i + 1:j + 1] = tour[i + 1:j + 1][::-1]
                improved = True
    return tour


class AntColony:
    """Elitist Ant System for the symmetric TSP (Dorigo, Maniezzo & Colorni 1996).

    Parameters: ``n_ants`` (m), ``alpha`` (pheromone weight), ``beta`` (visibility weight),
    ``rho`` (evaporation per iteration), ``elite`` (weight e of the best-so-far tour; default
    n), ``iterations``, ``seed``. After :meth:`fit`: ``best_tour_``, ``best_length_``,
    ``history_`` (best length after each iteration) and ``pheromone_``.
    Time O(iterations * m * n^2) — each ant's step looks at a row of n cities.

    >>> dist = tsplib_distances(load_tsplib(DATA / "berlin52.tsp"))
    >>> colony = AntColony(iterations=20, seed=0).fit(dist)
    >>> colony.best_length_ < 8980   # already beats the greedy tour
    True
    """

    def __init__(self, n_ants: int = 20, alpha: float = 1.0, beta: float = 5.0,
                 rho: float = 0.5, elite: float | None = None, iterations: int = 200,
                 seed: int = 0) -> None:
        if n_ants < 1 or iterations < 1:
            raise ValueError(f"need n_ants >= 1 and iterations >= 1, got {n_ants}, {iterations}")
        if not 0 < rho <= 1:
            raise ValueError(f"rho is the evaporated fraction and must be in (0, 1], got {rho}")
        self.n_ants, self.alpha, self.beta, self.rho = n_ants, alpha, beta, rho
        self.elite, self.iterations, self.seed = elite, iterations, seed

    # --8<-- [start:construct]
    def _construct(self, attraction: np.ndarray, rng: np.random.Generator) -> np.ndarray:
        """All ants build tours at once: row k is ant k's tour."""
        m, n = self.n_ants, len(attraction)
        tours = np.empty((m, n), dtype=int)
        current = rng.integers(0, n, size=m)
        tours[:, 0] = current
        visited = np.zeros((m, n), dtype=bool)
        visited[np.arange(m), current] = True
        for step in range(1, n):
            weights = np.where(visited, 0.0, attraction[current])  # tau^alpha eta^beta
            cumulative = weights.cumsum(axis=1)
            # Roulette wheel: the first city whose cumulative weight passes a uniform draw.
            draw = rng.random(m) * cumulative[:, -1]
            current = (cumulative <= draw[:, None]).sum(axis=1)
            tours[:, step] = current
            visited[np.arange(m), current] = True
        return tours
    # --8<-- [end:construct]

    # --8<-- [start:update]
    def _deposit(self, pheromone: np.ndarray, tour: np.ndarray, amount: float) -> None:
        nxt = np.roll(tour, -1)
        np.add.at(pheromone, (tour, nxt), amount)
        np.add.at(pheromone, (nxt, tour), amount)  # symmetric TSP: both directions

    def fit(self, dist: np.ndarray) -> AntColony:
        """Run the colony on the distance matrix ``dist`` (symmetric, zero diagonal)."""
        dist = np.asarray(dist, dtype=float)
        if dist.ndim != 2 or dist.shape[0] != dist.shape[1] or len(dist) < 3:
            raise ValueError(f"dist must be a square matrix of at least 3 cities, "
                             f"got shape {dist.shape}")
        n = len(dist)
        rng = np.random.default_rng(self.seed)
        visibility = np.zeros_like(dist)
        off_diagonal = ~np.eye(n, dtype=bool)
        visibility[off_diagonal] = 1.0 / np.maximum(dist[off_diagonal], 1e-12)
        greedy = tour_length(nearest_neighbour_tour(dist), dist)
        pheromone = np.full((n, n), self.n_ants / greedy)  # Dorigo's suggested start
        elite = n if self.elite is None else self.elite
        best_tour, best_length, history = None, np.inf, []
        for _ in range(self.iterations):
            tours = self._construct(pheromone**self.alpha * visibility**self.beta, rng)
            lengths = dist[tours, np.roll(tours, -1, axis=1)].sum(axis=1)
            k = int(np.argmin(lengths))
            if lengths[k] < best_length:
                best_tour, best_length = tours[k].copy(), float(lengths[k])
            pheromone *= 1.0 - self.rho  # evaporation forgets old choices
            for tour, length in zip(tours, lengths, strict=True):
                self._deposit(pheromone, tour, 1.0 / length)
            self._deposit(pheromone, best_tour, elite / best_length)
            history.append(best_length)
        self.best_tour_, self.best_length_ = best_tour, best_length
        self.history_, self.pheromone_ = np.array(history), pheromone
        return self
    # --8<-- [end:update]


def draw(out: Path, colony: AntColony, coords: np.ndarray, dist: np.ndarray) -> Path:
    """Draw the essay's figure: the greedy tour, the colony's tour, and convergence."""
    plt = pyplot()

    greedy = nearest_neighbour_tour(dist)
    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 9.6))
    for ax, tour, label in ((axes[0], greedy, "nearest neighbour"),
                            (axes[1], colony.best_tour_, "ant colony")):
        closed = np.append(tour, tour[0])
        ax.plot(coords[closed, 0], coords[closed, 1], "-", color="tab:blue", lw=1)
        ax.plot(coords[:, 0], coords[:, 1], "o", color="black", ms=3)
        length = tour_length(tour, dist)
        ax.set_title(f"{label}: {length:.0f} "
                     f"({100 * (length / BERLIN52_OPTIMUM - 1):+.1f} % vs optimum 7542)",
                     fontsize=9)
        ax.set_aspect("equal")
        ax.axis("off")
    ax = axes[2]
    ax.plot(np.arange(1, len(colony.history_) + 1), colony.history_, label="best ant tour so far")
    ax.axhline(BERLIN52_OPTIMUM, color="black", ls="--", lw=1, label="optimum 7542")
    ax.axhline(tour_length(greedy, dist), color="tab:red", ls=":", lw=1,
               label="nearest neighbour")
    ax.set_xscale("log")
    ax.set_xlabel("iteration")
    ax.set_ylabel("tour length")
    ax.set_title(f"berlin52: {colony.n_ants} ants, elitist Ant System", fontsize=9)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.ant_colony``: solve berlin52 with ants, compare, draw the figure."""
    parser = cli.demo_parser(
        "biology.ant_colony", "Elitist Ant System on TSPLIB's berlin52 against the "
        "nearest-neighbour tour; draws the essay's figure.", "ant_colony.png")
    parser.add_argument("--ants", type=cli.integer(1, 200), default=20,
                        help="number of ants m per iteration (default: %(default)s)")
    parser.add_argument("--iterations", type=cli.integer(1, 2000), default=200,
                        help="colony iterations (default: %(default)s)")
    parser.add_argument("--alpha", type=cli.real(0, 10), default=1.0,
                        help="weight of pheromone (default: %(default)s)")
    parser.add_argument("--beta", type=cli.real(0, 10), default=5.0,
                        help="weight of visibility 1/distance (default: %(default)s)")
    parser.add_argument("--rho", type=cli.real(0, 1, open_low=True), default=0.5,
                        help="fraction of pheromone evaporating per iteration "
                             "(default: %(default)s)")
    parser.add_argument("--two-opt", action="store_true",
                        help="polish the colony's best tour with 2-opt (default: off)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    coords = load_tsplib(DATA / "berlin52.tsp")
    dist = tsplib_distances(coords)
    colony = AntColony(args.ants, args.alpha, args.beta, args.rho, iterations=args.iterations,
                       seed=args.seed).fit(dist)
    if args.two_opt:
        colony.best_tour_ = two_opt(colony.best_tour_, dist)
        colony.best_length_ = tour_length(colony.best_tour_, dist)
    greedy = tour_length(nearest_neighbour_tour(dist), dist)
    path = draw(args.out, colony, coords, dist)
    facts = {"nearest_neighbour": float(greedy), "ant_colony": float(colony.best_length_),
             "optimum": BERLIN52_OPTIMUM, "figure": str(path)}
    return facts, (f"nearest neighbour: {greedy:.0f}; ant colony: {colony.best_length_:.0f}; "
                   f"optimum: {BERLIN52_OPTIMUM}\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
