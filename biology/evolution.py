"""Natural selection as an optimiser: genetic algorithms and evolution strategies.

Darwin's recipe has three ingredients: variation (offspring differ from their parents),
inheritance (they resemble them), and selection (fitter individuals leave more offspring). Run
it on a population of candidate solutions and it becomes a search algorithm that needs no
gradient, only a way to score candidates.

Selection alone already does measurable work. If each individual is chosen as a parent with
probability proportional to its fitness f (roulette-wheel selection), the expected mean fitness
of the parents is E[f^2] / E[f] = mean + variance / mean: the mean rises by the population's
variance in fitness divided by its mean, never falls, and stands still only when everyone is
equally fit (a form of Fisher's fundamental theorem of natural selection, 1930). Tournament
selection, used below, raises it too. Variation then has to refill the variance that
selection uses up.

Two classic algorithms:

* the **genetic algorithm** (Holland 1975) on bit strings, with tournament selection, uniform
  crossover and bit-flip mutation, here on OneMax (fitness = number of 1 bits);
* the **(1+1) evolution strategy** (Rechenberg 1973) on real vectors: one parent, one Gaussian
  mutant, keep the better. Its step size follows the *1/5th success rule*: grow it when more
  than a fifth of mutations succeed, shrink it when fewer do.

>>> onemax(np.array([1, 0, 1, 1]))
3
"""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure


def onemax(bits: np.ndarray) -> int | np.ndarray:
    """The number of ones in a bit string (rows of a 2-D array give one count each).

    >>> onemax(np.array([[1, 1], [0, 1]])).tolist()
    [2, 1]
    """
    counts = np.asarray(bits).sum(axis=-1)
    return int(counts) if counts.ndim == 0 else counts


def sphere(x: np.ndarray) -> float:
    """The sphere function sum x_i^2, minimal (0) at the origin.

    >>> sphere(np.array([3.0, 4.0]))
    25.0
    """
    return float(np.dot(x, x))


# --8<-- [start:selection]
def tournament_select(fitness: np.ndarray, n: int, k: int, rng: np.random.Generator) -> np.ndarray:
    """Indices of n parents, each the fittest of k individuals drawn with replacement. O(n k).

    >>> tournament_select(np.array([1, 5, 3]), 4, 3, np.random.default_rng(1)).tolist()
    [1, 2, 2, 1]
    """
    entrants = rng.integers(0, len(fitness), size=(n, k))
    return entrants[np.arange(n), np.argmax(fitness[entrants], axis=1)]


def expected_tournament_mean(fitness: np.ndarray, k: int) -> float:
    """Exact expected fitness of one tournament winner: E[max of k draws with replacement].

    With fitnesses sorted f_(1) <= ... <= f_(n), the winner is f_(i) or lower with probability
    (i/n)^k, so E = sum_i f_(i) ((i/n)^k - ((i-1)/n)^k). Never below the mean. O(n log n).

    >>> expected_tournament_mean(np.array([0.0, 1.0]), 2)
    0.75
    """
    f = np.sort(np.asarray(fitness, dtype=float))
    cdf = (np.arange(1, len(f) + 1) / len(f)) ** k
    return float(f @ np.diff(cdf, prepend=0.0))


def expected_roulette_mean(fitness: np.ndarray) -> float:
    """Expected parent fitness under fitness-proportional selection: mean + variance / mean.

    >>> expected_roulette_mean(np.array([1.0, 3.0]))
    2.5
    """
    f = np.asarray(fitness, dtype=float)
    if np.any(f < 0) or f.sum() <= 0:
        raise ValueError("roulette selection needs non-negative fitness with a positive sum")
    return float(f.mean() + f.var() / f.mean())
# --8<-- [end:selection]


class GAResult(NamedTuple):
    """What a GA run returns: the best string and per-generation best and mean fitness.

    >>> GAResult(np.ones(3), np.array([2, 3]), np.array([1.5, 2.0]), np.array([1.8, 2.4])).best
    array([1., 1., 1.])
    """

    best: np.ndarray
    best_fitness: np.ndarray
    mean_fitness: np.ndarray
    selected_mean: np.ndarray  # exact expected mean after selection, per generation


# --8<-- [start:ga]
def genetic_algorithm(n_bits: int = 50, pop_size: int = 40, generations: int = 80,
                      tournament: int = 2, p_crossover: float = 0.9,
                      p_mutation: float | None = None, seed: int = 0) -> GAResult:
    """Maximise OneMax with a generational GA: select, cross over, mutate, keep the best.

    Uniform crossover takes each bit from either parent; mutation flips each bit with
    probability 1 / n_bits by default; the best individual is copied over unchanged (elitism),
    so the best fitness never falls. O(generations * pop_size * n_bits).

    >>> result = genetic_algorithm(n_bits=20, pop_size=20, generations=40)
    >>> int(result.best_fitness[-1])
    20
    """
    if n_bits < 1 or pop_size < 2 or pop_size % 2 or generations < 1 or tournament < 1:
        raise ValueError("need n_bits >= 1, an even pop_size >= 2, generations >= 1 and "
                         f"tournament >= 1; got {n_bits}, {pop_size}, {generations}, {tournament}")
    p_mutation = 1.0 / n_bits if p_mutation is None else p_mutation
    rng = np.random.default_rng(seed)
    pop = rng.integers(0, 2, size=(pop_size, n_bits))
    best, mean, selected = [], [], []
    for _ in range(generations):
        fitness = onemax(pop)
        best.append(fitness.max())
        mean.append(fitness.mean())
        selected.append(expected_tournament_mean(fitness, tournament))
        elite = pop[np.argmax(fitness)].copy()
        parents = pop[tournament_select(fitness, pop_size, tournament, rng)]
        mums, dads = parents[0::2], parents[1::2]
        swap = rng.random(mums.shape) < 0.5
        swap &= (rng.random(len(mums)) < p_crossover)[:, None]  # some pairs are copied as is
        children = np.concatenate([np.where(swap, dads, mums), np.where(swap, mums, dads)])
        children ^= rng.random(children.shape) < p_mutation  # bit-flip mutation
        children[0] = elite
        pop = children
    fitness = onemax(pop)
    return GAResult(pop[np.argmax(fitness)], np.array(best), np.array(mean), np.array(selected))
# --8<-- [end:ga]


# --8<-- [start:es]
def one_plus_one_es(f: Callable[[np.ndarray], float], x0: np.ndarray, sigma0: float = 1.0,
                    iterations: int = 1500, seed: int = 0,
                    success_rate: float = 0.2) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Minimise f with a (1+1)-ES and the 1/5th success rule; return (x, f history, sigma history).

    On success sigma grows by e^(1/3), on failure it shrinks by e^(-1/12): the two balance
    exactly when one mutation in five succeeds (1/3 p = 1/12 (1 - p) at p = 1/5), the success
    rate Rechenberg found near-optimal on the sphere. Another ``success_rate`` p moves the
    balance: failures shrink sigma by e^(-p / (3 (1 - p))). O(iterations * d).

    >>> x, fs, _ = one_plus_one_es(sphere, np.ones(5), iterations=1000)
    >>> bool(fs[-1] < 1e-10)
    True
    """
    if sigma0 <= 0 or iterations < 1 or not 0 < success_rate < 1:
        raise ValueError("need sigma0 > 0, iterations >= 1 and 0 < success_rate < 1, got "
                         f"{sigma0}, {iterations}, {success_rate}")
    shrink = math.exp(-success_rate / (3 * (1 - success_rate)))
    rng = np.random.default_rng(seed)
    x = np.array(x0, dtype=float)
    fx, sigma = f(x), sigma0
    f_history, sigma_history = [fx], [sigma]
    for _ in range(iterations):
        y = x + sigma * rng.standard_normal(x.shape)
        fy = f(y)
        if fy <= fx:  # accept ties too, so the search can drift across flat regions
            x, fx = y, fy
            sigma *= math.exp(1 / 3)
        else:
            sigma *= shrink
        f_history.append(fx)
        sigma_history.append(sigma)
    return x, np.array(f_history), np.array(sigma_history)
# --8<-- [end:es]


def roulette_sample(seed: int = 0, size: int = 5000) -> tuple[np.ndarray, np.ndarray]:
    """The figure's selection experiment: gamma(4, 1) fitnesses (mean 4, variance 4), and as
    many parents drawn from them by roulette, which should average 4 + 4 / 4 = 5. O(size).

    >>> fitness, parents = roulette_sample(size=100)
    >>> fitness.shape == parents.shape == (100,)
    True
    """
    rng = np.random.default_rng(seed)
    fitness = rng.gamma(4.0, 1.0, size=size)
    return fitness, fitness[rng.choice(size, size=size, p=fitness / fitness.sum())]


def draw(out: Path, n_bits: int = 50, seed: int = 0, p_crossover: float = 0.9,
         p_mutation: float | None = None, success_rate: float = 0.2) -> Path:
    """Draw the essay's figure: GA on OneMax, (1+1)-ES on the sphere, selection shifting a mean."""
    plt = pyplot()

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 8.4))
    ax = axes[0]
    result = genetic_algorithm(n_bits=n_bits, p_crossover=p_crossover, p_mutation=p_mutation,
                               seed=seed)
    gens = np.arange(len(result.best_fitness))
    ax.plot(gens, result.best_fitness, label="best")
    ax.plot(gens, result.mean_fitness, label="population mean")
    ax.plot(gens, result.selected_mean, ":", label="expected mean after selection")
    ax.axhline(n_bits, color="k", lw=0.6, ls="--", label="optimum")
    ax.set_xlabel("generation")
    ax.set_ylabel("OneMax fitness")
    ax.set_title(f"GA on OneMax, {n_bits} bits", fontsize=10)
    ax.legend(fontsize=8, loc="lower right")

    ax = axes[1]
    _, fs, sigmas = one_plus_one_es(sphere, np.ones(10), seed=seed, success_rate=success_rate)
    ax.semilogy(fs, label="f(x) = |x|²")
    ax.semilogy(sigmas, label="step size σ")
    ax.set_xlabel("iteration")
    ax.set_ylabel("f(x) and σ (log scale)")
    rule = "1/5th rule" if success_rate == 0.2 else f"success rate {success_rate:g}"
    ax.set_title(f"(1+1)-ES with the {rule}, 10-D sphere", fontsize=10)
    ax.legend(fontsize=8)

    ax = axes[2]
    fitness, parents = roulette_sample(seed)
    bins = np.linspace(0, 16, 41)
    ax.hist(fitness, bins=bins, alpha=0.5, label=f"population, mean {fitness.mean():.2f}")
    ax.hist(parents, bins=bins, alpha=0.5, label=f"parents, mean {parents.mean():.2f}")
    ax.axvline(expected_roulette_mean(fitness), color="k", ls="--", lw=1,
               label="mean + var / mean")
    ax.set_xlabel("fitness")
    ax.set_ylabel("individuals")
    ax.set_title("roulette selection shifts the mean", fontsize=10)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.evolution``: draw the figure and print the checkable facts."""
    parser = cli.demo_parser(
        "biology.evolution", "A GA on OneMax and a (1+1)-ES on the sphere: draws the essay's "
        "figure.", "evolution.png")
    parser.add_argument("--bits", type=cli.integer(1, 1000), default=50,
                        help="OneMax string length (default: %(default)s)")
    parser.add_argument("--crossover", type=cli.real(0, 1), default=0.9,
                        help="probability p_c that a pair of parents is crossed over "
                             "(default: %(default)s)")
    parser.add_argument("--mutation", type=cli.real(0, 1), default=None,
                        help="probability that mutation flips each bit (default: 1 / bits)")
    parser.add_argument("--success-rate", type=cli.real(0, 1, open_low=True, open_high=True),
                        default=0.2, help="success rate at which the ES's step size balances "
                                          "(default: %(default)s, Rechenberg's 1/5)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.bits, args.seed, args.crossover, args.mutation, args.success_rate)
    result = genetic_algorithm(n_bits=args.bits, p_crossover=args.crossover,
                               p_mutation=args.mutation, seed=args.seed)
    hit = np.flatnonzero(result.best_fitness == args.bits)
    first = int(hit[0]) if len(hit) else None
    _, fs, _ = one_plus_one_es(sphere, np.ones(10), seed=args.seed,
                               success_rate=args.success_rate)
    facts = {"ga_first_optimum_generation": first, "es_final_f": float(fs[-1]),
             "es_iterations": len(fs) - 1, "figure": str(path)}
    return facts, (f"GA on OneMax-{args.bits}: optimum first reached in generation "
                   f"{'never' if first is None else first}\n"
                   f"(1+1)-ES on the 10-D sphere: f = {fs[-1]:.2e} after {len(fs) - 1} "
                   f"iterations\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
