"""Hopfield networks: memories as valleys of an energy, and the road to attention.

Hopfield (1982) showed how a network of binary neurons s_i in {-1, +1}, all connected to each
other with symmetric weights, can store patterns and recall them from partial cues. Storing P
patterns xi^1..xi^P uses Hebb's rule once per pattern,

    W = (1/N) sum_mu xi^mu (xi^mu)^T,     with the diagonal set to 0,

and recall updates one neuron at a time (asynchronously) to the sign of its input,

    s_i <- sign(sum_j W_ij s_j).

Because W is symmetric with a zero diagonal, each such update can only lower, or keep, the energy

    E(s) = -1/2 s^T W s,

so the state slides downhill and stops in a local minimum. The stored patterns are such minima
as long as there are few of them: the input to neuron i is its own bit plus "crosstalk" from the
other patterns, a sum of about P random +-1/N terms with spread sqrt(P/N). Recall holds up to a
load P/N of about 0.138 (Amit, Gutfreund and Sompolinsky 1985) and then collapses.

The *modern* Hopfield network (Ramsauer et al. 2021) replaces the quadratic energy with a
log-sum-exp, whose update is xi_new = X softmax(beta X^T xi): exactly transformer attention,
with the stored patterns as keys and values and the state as the query. It stores exponentially
many patterns and retrieves in one step.

>>> patterns = random_patterns(3, 50, seed=1)
>>> w = store(patterns)
>>> bool(np.array_equal(recall(w, patterns[0]), patterns[0]))
True
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure

CAPACITY = 0.138  # critical load P/N for random patterns (Amit, Gutfreund & Sompolinsky 1985)
FIGURE_LOADS = np.linspace(0.02, 0.3, 15)  # the loads of the figure's recall-quality curve


def random_patterns(n_patterns: int, n_neurons: int, seed: int = 0) -> np.ndarray:
    """Independent random +-1 patterns, shape (n_patterns, n_neurons).

    >>> random_patterns(2, 4, seed=0).tolist()
    [[1, 1, 1, -1], [-1, -1, -1, -1]]
    """
    if n_patterns < 0 or n_neurons < 1:
        raise ValueError(f"need n_patterns >= 0 and n_neurons >= 1, got {n_patterns}, {n_neurons}")
    rng = np.random.default_rng(seed)
    return rng.choice(np.array([-1, 1]), size=(n_patterns, n_neurons))


def _check_states(patterns: np.ndarray) -> np.ndarray:
    patterns = np.asarray(patterns)
    if not np.all(np.isin(patterns, (-1, 1))):
        raise ValueError("patterns and states must contain only -1 and +1")
    return patterns


# --8<-- [start:store]
def store(patterns: np.ndarray) -> np.ndarray:
    """Hebbian weights W = (1/N) sum of outer products, zero diagonal. O(P N^2).

    >>> (3 * store(np.array([[1, -1, 1]]))).tolist()
    [[0.0, -1.0, 1.0], [-1.0, 0.0, -1.0], [1.0, -1.0, 0.0]]
    """
    patterns = _check_states(np.atleast_2d(patterns)).astype(float)
    n_neurons = patterns.shape[1]
    w = patterns.T @ patterns / n_neurons
    np.fill_diagonal(w, 0.0)  # no self-coupling: otherwise the energy argument fails
    return w


def energy(w: np.ndarray, s: np.ndarray) -> float:
    """E(s) = -1/2 s^T W s. O(N^2).

    >>> energy(store(np.array([[1, -1, 1]])), np.array([1, -1, 1]))
    -1.0
    """
    return float(-0.5 * s @ w @ s)


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50, seed: int = 0,
           energies: list[float] | None = None) -> np.ndarray:
    """Asynchronous updates in random order until a full sweep changes nothing.

    Each neuron in turn takes the sign of its input (a tie keeps the current value). If
    ``energies`` is a list, the energy after every single update is appended to it (which
    costs O(N^2) per update, for plots and tests). O(max_sweeps * N^2) without it.

    >>> w = store(np.array([[1, 1, -1, -1, 1]]))
    >>> recall(w, np.array([1, -1, -1, -1, 1])).tolist()
    [1, 1, -1, -1, 1]
    """
    s = _check_states(state).copy()
    rng = np.random.default_rng(seed)
    for _ in range(max_sweeps):
        changed = False
        for i in rng.permutation(len(s)):
            field = w[i] @ s
            new = s[i] if field == 0 else (1 if field > 0 else -1)
            if new != s[i]:
                s[i], changed = new, True
            if energies is not None:
                energies.append(energy(w, s))
        if not changed:
            break
    return s
# --8<-- [end:store]


def flip(pattern: np.ndarray, fraction: float, seed: int = 0) -> np.ndarray:
    """A copy of the pattern with round(fraction * N) distinct bits flipped.

    >>> flip(np.ones(10, dtype=int), 0.2, seed=0).tolist().count(-1)
    2
    """
    if not 0 <= fraction <= 1:
        raise ValueError(f"fraction must be in [0, 1], got {fraction}")
    rng = np.random.default_rng(seed)
    noisy = np.array(pattern).copy()
    idx = rng.choice(len(noisy), size=round(fraction * len(noisy)), replace=False)
    noisy[idx] *= -1
    return noisy


def overlap(a: np.ndarray, b: np.ndarray) -> float:
    """m = (1/N) sum a_i b_i: 1 for identical states, -1 for opposite, about 0 for unrelated.

    >>> overlap(np.array([1, 1, -1, -1]), np.array([1, -1, -1, -1]))
    0.5
    """
    return float(np.mean(np.asarray(a) * np.asarray(b)))


def recall_quality(n_neurons: int, load: float, noise: float = 0.2, n_cues: int = 5,
                   seed: int = 0) -> float:
    """Mean overlap with the target after recall from a noisy cue, at P = round(load * N).

    Cues are the first ``n_cues`` stored patterns with a fraction ``noise`` of bits flipped.
    O(n_cues * sweeps * N^2 + P N^2).

    >>> recall_quality(100, 0.05) == 1.0
    True
    """
    n_patterns = max(1, round(load * n_neurons))
    patterns = random_patterns(n_patterns, n_neurons, seed)
    w = store(patterns)
    results = []
    for k in range(min(n_cues, n_patterns)):
        final = recall(w, flip(patterns[k], noise, seed + k), seed=seed + k)
        results.append(overlap(final, patterns[k]))
    return float(np.mean(results))


# --8<-- [start:modern]
def modern_update(patterns: np.ndarray, query: np.ndarray, beta: float) -> np.ndarray:
    """One step of a modern Hopfield network: X^T softmax(beta X query). O(P N).

    With patterns X as rows this is attention: scores are query-key dot products, the softmax
    turns them into weights, and the output is the weighted sum of the values (here the keys
    themselves).

    >>> x = np.array([[1.0, 1.0, -1.0], [-1.0, 1.0, 1.0]])
    >>> np.round(modern_update(x, np.array([1.0, 1.0, 1.0]), beta=1.0), 3).tolist()
    [0.0, 1.0, 0.0]
    """
    if beta <= 0:
        raise ValueError(f"beta (inverse temperature) must be positive, got {beta}")
    scores = beta * (patterns @ query)
    weights = np.exp(scores - scores.max())  # shift for overflow safety; softmax is unchanged
    weights /= weights.sum()
    return patterns.T @ weights
# --8<-- [end:modern]


def modern_recall_quality(n_neurons: int, n_patterns: int, beta: float, noise: float = 0.2,
                          n_cues: int = 5, seed: int = 0) -> float:
    """Mean overlap with the target of one modern update from a noisy cue, unsigned.

    The update is used as it comes out, not its sign: as beta -> 0 it tends to the plain mean
    of all patterns, whose overlap with any one of them is about 1/P. O(n_cues * P * N).

    >>> round(modern_recall_quality(64, 100, beta=1.0), 3)
    1.0
    >>> modern_recall_quality(64, 100, beta=0.01) < 0.1
    True
    """
    patterns = random_patterns(n_patterns, n_neurons, seed).astype(float)
    results = [overlap(modern_update(patterns, flip(patterns[k], noise, seed + k), beta),
                       patterns[k]) for k in range(min(n_cues, n_patterns))]
    return float(np.mean(results))


def draw(out: Path, n_neurons: int = 200, seed: int = 0) -> Path:
    """Draw the essay's figure: one recall as images, the energy descent, recall vs load."""
    plt = pyplot()

    # The three pictures in a row above the two plots, 680 px wide: the content column's width.
    fig = plt.figure(figsize=(6.8, 8.4))
    grid = fig.add_gridspec(3, 3, height_ratios=[1, 1.1, 1.1])
    side = 16  # show a 256-neuron network as a 16 x 16 image
    patterns = random_patterns(round(0.05 * side * side), side * side, seed)
    yy, xx = np.mgrid[:side, :side] - (side - 1) / 2
    ring = np.where(np.abs(np.hypot(xx, yy) - 5) < 1.6, 1, -1)
    patterns[0] = ring.ravel()  # one recognisable memory among random ones
    w = store(patterns)
    cue = flip(patterns[0], 0.2, seed)
    trace: list[float] = []
    final = recall(w, cue, seed=seed, energies=trace)
    for k, (image, title) in enumerate(((patterns[0], "stored"), (cue, "20 % flipped"),
                                        (final, "recalled"))):
        ax = fig.add_subplot(grid[0, k])
        ax.imshow(image.reshape(side, side), cmap="gray_r")
        ax.set_title(title, fontsize=10)
        ax.axis("off")

    ax = fig.add_subplot(grid[1, :])
    ax.plot(trace)
    ax.set_xlabel("single-neuron updates")
    ax.set_ylabel("energy E(s)")
    ax.set_title("energy only goes down", fontsize=10)

    ax = fig.add_subplot(grid[2, :])
    quality = [recall_quality(n_neurons, a, n_cues=10, seed=seed) for a in FIGURE_LOADS]
    ax.plot(FIGURE_LOADS, quality, "o-", ms=4, label=f"N = {n_neurons}, cues 20 % flipped")
    ax.axvline(CAPACITY, color="C3", ls="--", label="$\\alpha_c$ = 0.138 (large N)")
    ax.set_xlabel("load α = P / N")
    ax.set_ylabel("overlap after recall")
    ax.set_ylim(0, 1.05)
    ax.set_title("recall collapses near P = 0.138 N", fontsize=10)
    ax.legend(fontsize=8, loc="lower left")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.hopfield``: draw the figure and print recall below and above capacity."""
    parser = cli.demo_parser("biology.hopfield", "Hopfield associative memory: recall, energy "
                             "and capacity.", "hopfield.png")
    parser.add_argument("--neurons", type=cli.integer(20, 800), default=200,
                        help="network size N for the recall-vs-load curve (default: %(default)s)")
    # The third exercise lowers it until retrieval fails; the figure does not depend on it.
    parser.add_argument("--beta", type=cli.real(0, 100, open_low=True), default=1.0,
                        help="inverse temperature of the modern network, recalling N patterns "
                             "in N neurons (default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.neurons, args.seed)
    overlaps = {load: float(recall_quality(args.neurons, load, seed=args.seed))
                for load in (0.05, 0.25)}
    modern = modern_recall_quality(args.neurons, args.neurons, args.beta, seed=args.seed)
    facts = {"overlap_by_load": {str(k): v for k, v in overlaps.items()}, "beta": args.beta,
             "modern_overlap_at_load_1": modern, "figure": str(path)}
    return facts, "\n".join([*(f"load {load}: mean overlap after recall {overlap:.3f}"
                               for load, overlap in overlaps.items()),
                             f"modern network, load 1, beta {args.beta:g}: mean overlap after "
                             f"one update {modern:.3f}", f"wrote {path}"])


if __name__ == "__main__":
    raise SystemExit(main())
