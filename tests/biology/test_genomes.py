"""Facts of the genome-reading essay: rolling-hash k-mers, minimizer density 2/(w+1), FM-index
counts, and de Bruijn assembly by an Eulerian path."""

import numpy as np
import pytest

from biology.genomes import (
    assemble,
    de_bruijn,
    fm_counts,
    kmer_codes,
    main,
    minimizers,
    sample_reads,
    synthetic_genome,
    unitigs,
)
from dsa.strings.rabin_karp import rabin_karp_search


@pytest.fixture(scope="module")
def genome():
    return synthetic_genome()


@pytest.fixture(scope="module")
def reads(genome):
    return sample_reads(genome, 100, 20, seed=0)


def test_rolling_codes_are_the_kmers_in_base_4(genome):
    codes = kmer_codes(genome[:200], 7)
    direct = [int("".join("0123"["ACGT".index(b)] for b in genome[i:i + 7]), 4)
              for i in range(194)]
    assert codes.tolist() == direct


def test_equal_codes_are_equal_kmers_found_by_rabin_karp(genome):
    codes = kmer_codes(genome, 8)
    first = genome[:8]
    positions = np.nonzero(codes == codes[0])[0].tolist()
    assert positions == rabin_karp_search(genome, first)


def test_minimizer_density_is_two_over_w_plus_one():
    # Schleimer et al. (2003), Roberts et al. (2004): a random order keeps ~2/(w+1) of the
    # positions on a random sequence.
    rng = np.random.default_rng(5)
    seq = "".join("ACGT"[i] for i in rng.integers(0, 4, 50_000))
    for w in (5, 10, 20):
        density = len(minimizers(seq, 15, w)) / (len(seq) - 14)
        assert density == pytest.approx(2 / (w + 1), rel=0.05)


def test_every_window_contains_a_minimizer(genome):
    # The guarantee that makes minimizers an index: no window of w k-mers is left without one.
    w, chosen = 10, set(minimizers(genome, 15, 10))
    n_kmers = len(genome) - 14
    assert all(any(p in chosen for p in range(s, s + w)) for s in range(n_kmers - w + 1))


def test_fm_index_counts_match_rabin_karp(genome, reads):
    probes = [*reads[:20], "ACGTACGT", "AAAAAA", "GATTACA"]
    assert fm_counts(genome, probes) == [len(rabin_karp_search(genome, p)) for p in probes]


def test_the_eulerian_path_spells_the_genome_for_k_at_least_13(genome, reads):
    # Pevzner, Tang and Waterman (2001): with no repeated (k-1)-mer the Eulerian path is the
    # genome. Here k = 13 leaves 3 unitigs but a single Eulerian path, and from k = 14 the
    # graph is one unbranched path.
    for k in (13, 14, 21, 31):
        assert assemble(reads, k) == genome
    assert [unitigs(de_bruijn(reads, k)) for k in (11, 12, 13, 14, 31)] == [26, 8, 3, 1, 1]


def test_small_k_tangles_the_graph(reads):
    # Repeated (k-1)-mers: distinct k-mers cannot record that a repeat is walked twice.
    assert assemble(reads, 11) is None
    assert unitigs(de_bruijn(reads, 7)) == 3000


def test_the_genome_is_the_documented_synthetic_one(genome):
    assert len(genome) == 5386 and set(genome) == set("ACGT")
    assert genome[:12] == "CTATCTTCTATG"


def test_bad_input(capsys):
    assert main(["--k", "2"]) == 2
    assert "--k" in capsys.readouterr().err
    with pytest.raises(ValueError, match="k"):
        kmer_codes("ACGT", 0)
