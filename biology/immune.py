"""The immune system as an anomaly detector: negative selection, clonal selection, Bloom filters.

The adaptive immune system must attack what is foreign and spare the body's own molecules,
without a list of the foreign ones. Two mechanisms do most of the work:

* **Negative selection.** T cells are made with random receptors and then tested in the thymus
  against the body's own peptides ("self"); those that bind self are destroyed. Whatever
  survives binds, if anything, non-self. Forrest et al. (1994) turned this into an anomaly
  detector for computers: random *detectors* (strings), censored against a set of self strings,
  flag any string they match. Their matching rule is *r-contiguous bits*: two strings of length
  l match if they agree in at least r contiguous positions. For random binary strings the
  chance of a match is approximately (Percus, Percus and Perelson, 1993)

      P_m ~ 2^-r ((l - r) / 2 + 1),

  and N independent detectors miss a random non-self string with probability (1 - P_m)^N.

* **Clonal selection** (Burnet, 1959). A B cell whose receptor binds an antigen divides; its
  clones mutate their receptors, the better binders are kept, and affinity rises over a few
  rounds ("affinity maturation"). CLONALG (de Castro and Von Zuben, 2002) is the algorithmic
  version: clone in proportion to affinity, mutate in inverse proportion, keep the best.

The third idea is a data structure: a **Bloom filter** remembers a set of self strings in a few
bits each and answers "self" or "not self" with no false negatives and a known rate of false
positives, p ~ (1 - exp(-k n / m))^k. Here the project's ``dsa.structures.bloom_filter`` is the
memory of self, checked against that formula. A false positive of the filter is the worst error
for an immune system in the other direction: a foreign string taken for self, so tolerated.

>>> r_contiguous_match("0011010", "1011001", r=3)
True
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.structures.bloom_filter import BloomFilter


# --8<-- [start:match]
def r_contiguous_match(a: str, b: str, r: int) -> bool:
    """Whether strings ``a`` and ``b`` (equal length) agree in at least ``r`` adjacent places.

    >>> r_contiguous_match("0000", "0110", r=2)
    False
    """
    if len(a) != len(b):
        raise ValueError(f"strings must have equal length, got {len(a)} and {len(b)}")
    run = 0
    for x, y in zip(a, b, strict=True):
        run = run + 1 if x == y else 0
        if run >= r:
            return True
    return False


def match_probability(length: int, r: int) -> float:
    """Percus et al.'s approximation of P(two random bit strings match), r-contiguous rule.

    >>> round(match_probability(32, 8), 4)  # 2^-8 (24/2 + 1)
    0.0508
    """
    return 2.0 ** -r * ((length - r) / 2 + 1)
# --8<-- [end:match]


def random_strings(n: int, length: int, rng: np.random.Generator) -> list[str]:
    """``n`` random bit strings of ``length`` characters."""
    bits = rng.integers(0, 2, size=(n, length))
    return ["".join("01"[b] for b in row) for row in bits]


# --8<-- [start:negative]
def negative_selection(self_set: Sequence[str], n_detectors: int, r: int,
                       rng: np.random.Generator, max_tries: int = 1_000_000) -> list[str]:
    """Random detectors that match no self string: the thymus's censoring, O(tries |self| l)."""
    length, detectors, tries = len(self_set[0]), [], 0
    while len(detectors) < n_detectors:
        tries += 1
        if tries > max_tries:
            raise RuntimeError(f"only {len(detectors)} detectors survived {max_tries} tries; "
                               "lower r or the self set")
        candidate = random_strings(1, length, rng)[0]
        if not any(r_contiguous_match(candidate, s, r) for s in self_set):
            detectors.append(candidate)
    return detectors


def censoring_survival(length: int = 24, r: int = 8, n_self: int = 50, candidates: int = 1000,
                       seed: int = 0) -> tuple[float, float]:
    """(measured, predicted) fraction of random candidate detectors that match none of
    ``n_self`` random self strings: the thymus's yield. Predicted: (1 - P_m)^n_self.

    Percus et al.'s P_m is an approximation for r well above 1 (for small r it exceeds 1 and
    the prediction is clipped to 0). All pairs are compared at once as bit arrays, a block of
    candidates at a time: O(candidates * n_self * length).

    >>> measured, predicted = censoring_survival(24, 8, 50)
    >>> round(predicted, 3), bool(abs(measured - predicted) < 0.05)
    (0.167, True)
    """
    if not 1 <= r <= length or n_self < 1 or candidates < 1:
        raise ValueError(f"need 1 <= r <= length, n_self >= 1 and candidates >= 1, got "
                         f"r={r}, length={length}, n_self={n_self}, candidates={candidates}")
    rng = np.random.default_rng(seed)
    self_bits = rng.integers(0, 2, size=(n_self, length))  # as random_strings draws them
    pool = rng.integers(0, 2, size=(candidates, length))
    block = max(1, 2_000_000 // (n_self * length))  # keeps each comparison array small
    survived = 0
    for lo in range(0, candidates, block):
        agree = (pool[lo:lo + block, None, :] == self_bits[None, :, :]).astype(np.int32)
        runs = np.cumsum(np.pad(agree, ((0, 0), (0, 0), (1, 0))), axis=-1)
        matches = ((runs[..., r:] - runs[..., :-r]) == r).any(axis=-1)  # any window all agree
        survived += int((~matches.any(axis=1)).sum())
    predicted = max(0.0, 1.0 - match_probability(length, r)) ** n_self
    return survived / candidates, float(predicted)


def detected(item: str, detectors: Sequence[str], r: int) -> bool:
    """Whether any detector matches ``item``: the alarm."""
    return any(r_contiguous_match(item, d, r) for d in detectors)
# --8<-- [end:negative]


# --8<-- [start:clonal]
def clonal_selection(antigen: str, population: int = 20, clones: int = 5,
                     generations: int = 40, seed: int = 0) -> list[int]:
    """CLONALG in its simplest form on bit strings; returns the best affinity (number of bits
    agreeing with ``antigen``) after each generation.

    Each antibody makes ``clones`` copies; a copy of an antibody with affinity a flips each bit
    with probability (1 - a / l) / 4, so poor binders mutate more. The best ``population`` of
    parents and clones survive.
    """
    rng = np.random.default_rng(seed)
    target = np.array([int(c) for c in antigen])
    cells = rng.integers(0, 2, size=(population, len(target)))
    best = []
    for _ in range(generations):
        affinity = (cells == target).sum(axis=1)
        copies = np.repeat(cells, clones, axis=0)
        rate = np.repeat((1 - affinity / len(target)) / 4, clones)[:, None]
        copies ^= (rng.random(copies.shape) < rate).astype(copies.dtype)
        pool = np.vstack([cells, copies])
        cells = pool[np.argsort(-(pool == target).sum(axis=1), kind="stable")[:population]]
        best.append(int((cells[0] == target).sum()))
    return best
# --8<-- [end:clonal]


def self_memory(self_set: Sequence[str], error_rate: float = 0.01, seed: int = 0
                ) -> BloomFilter:
    """A Bloom filter holding every self string: "self or not?" in a few bits per string."""
    memory = BloomFilter(capacity=len(self_set), error_rate=error_rate, seed=seed)
    for s in self_set:
        memory.add(s)
    return memory


def bloom_false_positive_rate(n_self: int, n_probe: int, error_rate: float, seed: int = 0
                              ) -> tuple[float, float]:
    """(measured, predicted) rate at which random non-self strings of 48 bits pass as self."""
    rng = np.random.default_rng(seed)
    self_set = set(random_strings(n_self, 48, rng))
    memory = self_memory(sorted(self_set), error_rate, seed)
    probes = [s for s in random_strings(n_probe, 48, rng) if s not in self_set]
    measured = sum(p in memory for p in probes) / len(probes)
    return measured, memory.expected_false_positive_rate()


def detection_curve(counts: Sequence[int], length: int = 24, r: int = 8, n_self: int = 50,
                    n_probe: int = 400, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Fraction of random non-self strings detected by the first N detectors, for N in
    ``counts``, and the prediction 1 - (1 - P_m)^N."""
    rng = np.random.default_rng(seed)
    self_set = random_strings(n_self, length, rng)
    detectors = negative_selection(self_set, max(counts), r, rng)
    probes = [p for p in random_strings(n_probe, length, rng) if p not in set(self_set)]
    measured = [np.mean([detected(p, detectors[:n], r) for p in probes]) for n in counts]
    p_m = match_probability(length, r)
    return np.array(measured), 1 - (1 - p_m) ** np.asarray(counts)


def draw(out: Path, seed: int = 0) -> Path:
    """Draw the essay's figure: detection by negative selection, affinity maturation, and the
    Bloom filter's false-positive rate."""
    plt = pyplot()
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 8.4))
    counts = [1, 2, 5, 10, 20, 50, 100]
    measured, predicted = detection_curve(counts, seed=seed)
    axes[0].plot(counts, 100 * measured, "o", color="#1f4e9c", label="measured")
    axes[0].plot(counts, 100 * predicted, "--", color="#b3400a",
                 label="$1 - (1 - P_m)^N$, Percus et al.")
    axes[0].set_xscale("log")
    axes[0].set_xlabel("detectors N (after censoring against 50 self strings)")
    axes[0].set_ylabel("non-self detected (%)")
    axes[0].set_title("negative selection, 24-bit strings, r = 8", fontsize=9)
    axes[0].legend(fontsize=8)
    for s in range(3):
        best = clonal_selection("1" * 64, seed=seed + s)
        axes[1].plot(range(1, len(best) + 1), best, color="#1b7a3a", alpha=0.8,
                     label="clonal selection" if s == 0 else None)
    axes[1].axhline(64, color="grey", ls="--", lw=0.8, label="perfect binding (64 bits)")
    axes[1].set_xlabel("generation")
    axes[1].set_ylabel("best affinity (bits)")
    axes[1].set_title("affinity maturation: three runs", fontsize=9)
    axes[1].legend(fontsize=8, loc="lower right")
    rates = [0.2, 0.1, 0.05, 0.02, 0.01, 0.005]
    pairs = [bloom_false_positive_rate(1000, 20_000, e, seed) for e in rates]
    axes[2].loglog(rates, [m for m, _ in pairs], "o", color="#1f4e9c", label="measured")
    axes[2].loglog(rates, [p for _, p in pairs], "--", color="#b3400a",
                   label="$(1 - e^{-kn/m})^k$")
    axes[2].set_xlabel("target error rate of the BloomFilter (1000 self strings)")
    axes[2].set_ylabel("non-self taken for self")
    axes[2].set_title("the Bloom filter as memory of self", fontsize=9)
    axes[2].legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.immune``: run the three mechanisms, draw, print the facts."""
    parser = cli.demo_parser("biology.immune", "Negative selection, clonal selection and a "
                             "Bloom filter as self/non-self memory.", "immune.png")
    # The first exercise's censoring experiment; the figure stays the essay's (l = 24, r = 8,
    # 50 self strings), since with a small r no detector may survive to be drawn.
    parser.add_argument("--length", type=cli.integer(1, 64), default=24,
                        help="bits per string in the censoring experiment (default: %(default)s)")
    parser.add_argument("--r", type=cli.integer(1, 64), default=8,
                        help="contiguous bits that make a match, at most --length "
                             "(default: %(default)s)")
    parser.add_argument("--self", dest="n_self", type=cli.integer(1, 2000), default=50,
                        help="self strings the candidates are censored against "
                             "(default: %(default)s)")
    cli.add_seed_option(parser, what="the self strings, detectors and clones")
    return cli.run(parser, argv, _demo)


CANDIDATES = 1000  # random candidate detectors the demo censors


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    if args.r > args.length:
        raise ValueError(f"--r {args.r} is longer than the strings (--length {args.length}); "
                         "lower --r or raise --length")
    survived, expected = censoring_survival(args.length, args.r, args.n_self, CANDIDATES,
                                            args.seed)
    path = draw(args.out, args.seed)
    measured, predicted = bloom_false_positive_rate(1000, 20_000, 0.01, args.seed)
    best = clonal_selection("1" * 64, seed=args.seed)
    facts = {"bloom_fp_measured": measured, "bloom_fp_predicted": predicted,
             "clonal_generations_to_perfect": best.index(64) + 1 if 64 in best else None,
             "censoring": {"length": args.length, "r": args.r, "self": args.n_self,
                           "candidates": CANDIDATES, "survived": round(survived * CANDIDATES),
                           "predicted_fraction": expected},
             "figure": str(path)}
    return facts, (f"censoring {CANDIDATES} random {args.length}-bit candidates against "
                   f"{args.n_self} self strings, r = {args.r}: {survived:.1%} survive "
                   f"(Percus et al.: {expected:.1%})\n"
                   f"Bloom filter at 1 %: {measured:.4f} of non-self pass as self "
                   f"(formula {predicted:.4f})\nclonal selection reaches 64/64 bits in "
                   f"{facts['clonal_generations_to_perfect']} generations\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
