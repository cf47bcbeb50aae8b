"""Facts of the phylogeny essay: the five-bacteria UPGMA example, ultrametric trees, the clock."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.phylogeny import (
    BACTERIA_DISTANCES,
    Merge,
    clades,
    cophenetic,
    evolve,
    example_tree,
    is_ultrametric,
    jukes_cantor_distances,
    main,
    newick,
    upgma,
)


def upgma_by_rescanning(D):
    """The O(n^3) textbook UPGMA: rescan the whole matrix for the closest pair at every step."""
    n = len(D)
    clusters = {i: [i] for i in range(n)}
    heights = []
    while len(clusters) > 1:
        ids = sorted(clusters)
        d, a, b = min((np.mean([D[i, j] for i in clusters[a] for j in clusters[b]]), a, b)
                      for x, a in enumerate(ids) for b in ids[x + 1:])
        clusters[n + len(heights)] = clusters.pop(a) + clusters.pop(b)
        heights.append(d / 2)
    return heights


def test_five_bacteria_example():
    # Wikipedia's UPGMA example (5S rRNA distances): joins at 8.5, 11, 14 and 16.5.
    merges = upgma(BACTERIA_DISTANCES)
    assert [m.height for m in merges] == [8.5, 11.0, 14.0, 16.5]
    assert newick(merges, "abcde") == "((e:11,(a:8.5,b:8.5):2.5):5.5,(c:14,d:14):2.5);"
    assert clades(merges, 5) == {frozenset(s) for s in ({0, 1}, {0, 1, 4}, {2, 3}, set(range(5)))}


def random_distances(seed, n):
    points = np.random.default_rng(seed).random((n, 3))
    return np.sqrt(((points[:, None] - points[None]) ** 2).sum(-1))


@settings(max_examples=40)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 12))
def test_upgma_tree_is_ultrametric(seed, n):
    # Whatever the input, UPGMA's tree distances satisfy the three-point condition.
    C = cophenetic(upgma(random_distances(seed, n)), n)
    assert is_ultrametric(C)
    brute = all(C[i, j] <= max(C[i, k], C[j, k]) + 1e-9
                for i in range(n) for j in range(n) for k in range(n))
    assert brute


@settings(max_examples=40)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 10))
def test_heap_upgma_matches_rescanning_upgma(seed, n):
    D = random_distances(seed, n)
    assert [m.height for m in upgma(D)] == pytest.approx(upgma_by_rescanning(D))


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(2, 10))
def test_ultrametric_input_is_recovered_exactly(seed, n):
    # An ultrametric matrix is the cophenetic matrix of some clock tree; UPGMA returns that tree.
    D = cophenetic(upgma(random_distances(seed, n)), n)
    assert np.allclose(cophenetic(upgma(D), n), D)


def test_clock_tree_is_recovered_from_simulated_dna():
    truth = example_tree()
    for seed in range(3):
        sequences = evolve(truth, 8, 2000, np.random.default_rng(seed))
        rebuilt = upgma(jukes_cantor_distances(sequences))
        assert clades(rebuilt, 8) == clades(truth, 8)
        # Jukes–Cantor distances estimate twice the true heights (within a few percent).
        assert rebuilt[-1].height == pytest.approx(0.3, rel=0.1)


def test_a_broken_clock_misleads_upgma():
    # Taxon A's branch 12 times faster: d(A, B) = 0.26 exceeds d(B, C) = 0.18, so UPGMA puts B
    # with C and D and attaches A outside them, although A and B are sisters.
    truth = example_tree()
    sequences = evolve(truth, 8, 2000, np.random.default_rng(0), rate={0: 12.0})
    rebuilt = clades(upgma(jukes_cantor_distances(sequences)), 8)
    assert frozenset({0, 1}) not in rebuilt
    assert frozenset({1, 2, 3}) in rebuilt


def test_jukes_cantor_corrects_for_multiple_hits():
    # Two tips 0.25 substitutions per site below their ancestor are t = 0.5 apart, and differ at
    # p = 3/4 (1 - exp(-4t/3)) of sites: fewer than t, because repeated changes hide.
    pair = evolve([Merge(0, 1, 0.25, 2)], 2, 20000, np.random.default_rng(1))
    assert jukes_cantor_distances(pair)[0, 1] == pytest.approx(0.5, rel=0.05)
    p = (pair[0] != pair[1]).mean()
    assert p == pytest.approx(0.75 * (1 - np.exp(-4 * 0.5 / 3)), abs=0.01)


def test_bad_input():
    with pytest.raises(ValueError, match="square distance matrix"):
        upgma(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="symmetric"):
        upgma(np.array([[0, 1], [2, 0.0]]))
    with pytest.raises(ValueError, match="Jukes"):
        jukes_cantor_distances(np.array([[0, 1, 2, 3], [1, 2, 3, 0]]))


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--sites", "300"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "(c:14,d:14):2.5);" in capsys.readouterr().out
