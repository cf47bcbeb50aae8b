"""Reading genomes: k-mers with a rolling hash, minimizers, the FM-index, de Bruijn assembly.

A sequencer does not read a genome from end to end. It reads millions of short overlapping
pieces ("reads") at random places, and software puts them back together. Three string ideas do
most of that work:

* **k-mers by rolling hash.** Every length-k substring of a DNA string is a number in base 4
  (A, C, G, T = 0, 1, 2, 3); sliding the window one base drops the leading digit and appends a
  new one in O(1): Rabin and Karp's rolling hash (``dsa.strings.rabin_karp``), with 4 as the base
  and 4^k as the modulus, so the hash is the k-mer itself, with no collisions.
* **Minimizers** (Roberts et al., 2004; "winnowing", Schleimer et al., 2003). To index a genome
  without storing every k-mer, keep from each window of w consecutive k-mers only the one with
  the smallest (pseudo-random) hash. Neighbouring windows usually share it, so a random sequence
  keeps a fraction of about 2 / (w + 1) of its positions, and two sequences that share a stretch
  of w + k - 1 bases are guaranteed to share a minimizer.
* **The FM-index** (Ferragina and Manzini, 2000; ``dsa.strings.burrows_wheeler``) counts a read's
  occurrences in the genome with two table look-ups per base, as the aligners BWA and Bowtie do.
* **De Bruijn assembly** (Idury and Waterman, 1995; Pevzner, Tang and Waterman, 2001): make a
  graph whose vertices are the (k-1)-mers of the reads and whose edges are their k-mers. The
  genome is a walk that uses every edge once, an *Eulerian path*, found in linear time
  (``dsa.graphs.eulerian``). If every (k-1)-mer occurs once in the genome, that walk is unique
  and spells the genome; a repeat longer than k - 2 creates a choice, and the graph breaks into
  several unambiguous stretches ("unitigs").

The genome here is **synthetic**: no real sequence is shipped, because none could be reproduced
exactly here. :func:`synthetic_genome` documents the procedure: 5386 bases (the length of the
phage phiX174's genome, for scale) drawn uniformly from A, C, G, T by ``numpy.random.
default_rng(174)``. It has no long repeats (a random sequence of this length almost surely
repeats no 13-mer twice), which real genomes do; the repeats that tangle the graph here are the
short ones any sequence has at small k. Reads are error-free substrings at random positions.

>>> kmer_codes("ACGT", 2).tolist()  # AC, CG, GT in base 4
[1, 6, 11]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.graphs.eulerian import eulerian_path, has_eulerian_path
from dsa.strings.burrows_wheeler import FMIndex
from dsa.structures.graph import Graph

CODE = {"A": 0, "C": 1, "G": 2, "T": 3}
GENOME_LENGTH = 5386


def synthetic_genome(seed: int = 174) -> str:
    """The essay's genome: 5386 bases drawn uniformly from ACGT by ``default_rng(seed)``.

    >>> g = synthetic_genome(); len(g), g[:12]
    (5386, 'CTATCTTCTATG')
    """
    rng = np.random.default_rng(seed)
    return "".join("ACGT"[i] for i in rng.integers(0, 4, GENOME_LENGTH))


# --8<-- [start:kmers]
def kmer_codes(seq: str, k: int) -> np.ndarray:
    """The k-mers of ``seq`` as base-4 numbers, by a rolling hash: O(len(seq)).

    Each step drops the leading base (mod 4^k), shifts one digit and adds the new base, the
    Rabin-Karp update with base 4 and modulus 4^k (exact: no two k-mers share a code).
    """
    if not 1 <= k <= min(len(seq), 31):
        raise ValueError(f"need 1 <= k <= min(len(seq), 31), got k={k}")
    mask, code, out = (1 << (2 * k)) - 1, 0, []
    for i, base in enumerate(seq):
        code = ((code << 2) | CODE[base]) & mask
        if i >= k - 1:
            out.append(code)
    return np.array(out, dtype=np.int64)


def minimizers(seq: str, k: int, w: int) -> list[int]:
    """Start positions of the minimizers: in each window of ``w`` consecutive k-mers, the one
    with the smallest hash (leftmost on ties), each position listed once."""
    order = _mix(kmer_codes(seq, k))  # a pseudo-random order: lexicographic would favour AAAA..
    chosen: list[int] = []
    for start in range(len(order) - w + 1):
        best = start + int(np.argmin(order[start:start + w]))
        if not chosen or chosen[-1] != best:
            chosen.append(best)
    return chosen
# --8<-- [end:kmers]


def _mix(codes: np.ndarray) -> np.ndarray:
    """An invertible scramble of 62-bit codes (multiply by an odd constant, xor-shift)."""
    x = (codes.astype(np.uint64) * np.uint64(0x9E3779B97F4A7C15)) & np.uint64((1 << 62) - 1)
    return x ^ (x >> np.uint64(29))


def sample_reads(genome: str, length: int, coverage: float, seed: int = 0) -> list[str]:
    """Error-free reads at uniform random starts, enough for ``coverage`` x the genome, plus one
    at each end so that both ends are covered."""
    rng = np.random.default_rng(seed)
    n = int(coverage * len(genome) / length)
    starts = [0, len(genome) - length, *rng.integers(0, len(genome) - length + 1, n)]
    return [genome[s:s + length] for s in starts]


# --8<-- [start:assemble]
def de_bruijn(reads: Sequence[str], k: int) -> Graph[str]:
    """The de Bruijn graph: an edge prefix -> suffix for every distinct k-mer of the reads."""
    graph: Graph[str] = Graph(directed=True)
    for read in reads:
        for i in range(len(read) - k + 1):
            kmer = read[i:i + k]
            graph.add_edge(kmer[:-1], kmer[1:])
    return graph


def assemble(reads: Sequence[str], k: int) -> str | None:
    """Spell the Eulerian path of the de Bruijn graph: one string using every k-mer once; None
    if there is none (a repeated (k-1)-mer needs its k-mers used twice, and a graph of
    *distinct* k-mers cannot say so)."""
    graph = de_bruijn(reads, k)
    if not has_eulerian_path(graph):
        return None
    path = eulerian_path(graph)
    return path[0] + "".join(node[-1] for node in path[1:])
# --8<-- [end:assemble]


def unitigs(graph: Graph[str]) -> int:
    """The number of maximal non-branching paths: how many unambiguous pieces the graph has."""
    outs = {v: graph.degree(v) for v in graph.vertices()}
    ins = dict.fromkeys(outs, 0)
    for v in outs:
        for u in graph.neighbors(v):
            ins[u] += 1
    # A unitig starts at every edge that leaves a vertex which is not a simple pass-through.
    return sum(outs[v] for v in outs if not (ins[v] == 1 and outs[v] == 1)) or 1


def fm_counts(genome: str, reads: Sequence[str]) -> list[int]:
    """How often each read occurs in the genome, by FM-index backward search."""
    index = FMIndex(genome)
    return [index.count(read) for read in reads]


def draw(out: Path, seed: int = 0) -> Path:
    """Draw the essay's figure: minimizer density against w, and unitigs against k."""
    plt = pyplot()
    fig, (ax_m, ax_u) = plt.subplots(2, 1, figsize=(6.8, 6.4))
    genome = synthetic_genome()
    ws = [2, 4, 6, 8, 10, 15, 20, 30]
    density = [len(minimizers(genome, 15, w)) / (len(genome) - 14) for w in ws]
    ax_m.plot(ws, density, "o", color="#1f4e9c", label="measured on the genome (k = 15)")
    grid = np.linspace(2, 30, 200)
    ax_m.plot(grid, 2 / (grid + 1), "--", color="#b3400a", label="2 / (w + 1)")
    ax_m.set_xlabel("window w (k-mers)")
    ax_m.set_ylabel("fraction of positions kept")
    ax_m.set_title("minimizers keep about 2/(w+1) of the k-mers", fontsize=9)
    ax_m.legend(fontsize=8)
    reads = sample_reads(genome, 100, 20, seed)
    ks = [5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 21, 31, 51]
    counts = [unitigs(de_bruijn(reads, k)) for k in ks]
    ax_u.semilogy(ks, counts, "o-", color="#1b7a3a")
    ax_u.axhline(1, color="grey", lw=0.8, ls="--")
    ax_u.set_xlabel("k (bases)")
    ax_u.set_ylabel("unitigs (unambiguous pieces)")
    ax_u.set_title("de Bruijn graph of 100-base reads at 20x coverage", fontsize=9)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.genomes``: index, assemble, draw, print the facts."""
    parser = cli.demo_parser("biology.genomes", "k-mers, minimizers, FM-index search and de "
                             "Bruijn assembly of a synthetic 5386-base genome.", "genomes.png")
    parser.add_argument("--k", type=cli.integer(3, 31), default=31,
                        help="k-mer length of the assembly (default: %(default)s)")
    cli.add_seed_option(parser, what="the read positions")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.seed)
    genome = synthetic_genome()
    reads = sample_reads(genome, 100, 20, args.seed)
    contig = assemble(reads, args.k)
    pieces = unitigs(de_bruijn(reads, args.k))
    facts = {"k": args.k, "unitigs": pieces, "assembly_is_genome": contig == genome,
             "figure": str(path)}
    what = "the genome exactly" if contig == genome else "another string"
    spelt = ("no Eulerian path (repeated (k-1)-mers)" if contig is None else
             f"the Eulerian path spells {what}")
    return facts, f"k = {args.k}: {pieces} unitigs; {spelt}\nwrote {path}"


if __name__ == "__main__":
    raise SystemExit(main())
