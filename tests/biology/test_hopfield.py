"""Facts of the Hopfield essay: fixed points, recall, the 0.138 N capacity, energy descent."""

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology import hopfield
from biology.hopfield import (
    CAPACITY,
    FIGURE_LOADS,
    energy,
    flip,
    main,
    modern_recall_quality,
    modern_update,
    overlap,
    random_patterns,
    recall,
    recall_quality,
    store,
)


def test_the_figures_recall_curve():
    # The overlaps the essay quotes from the figure (N = 200, ten cues 20 % flipped, seed 0):
    # perfect up to load 0.10, 0.905 at 0.12, and 0.279 at 0.3, a faint trace of the target, not
    # a state "unrelated" to it (overlap 0).
    quality = dict(zip(np.round(FIGURE_LOADS, 2).tolist(),
                       (recall_quality(200, a, n_cues=10, seed=0) for a in FIGURE_LOADS),
                       strict=True))
    assert all(quality[a] == 1.0 for a in (0.02, 0.04, 0.06, 0.08, 0.1))
    assert quality[0.12] == pytest.approx(0.905)
    assert quality[0.3] == pytest.approx(0.279)
    assert quality[0.3] > 0.2  # clearly above chance: the spurious state still resembles it


def test_stored_patterns_are_fixed_points_at_low_load():
    patterns = random_patterns(10, 200, seed=3)  # load 0.05
    w = store(patterns)
    for p in patterns:
        assert np.array_equal(np.sign(w @ p), p)  # every neuron already agrees with its input
        assert np.array_equal(recall(w, p), p)


def test_recall_from_twenty_percent_flipped_bits_at_low_load():
    patterns = random_patterns(10, 200, seed=4)
    w = store(patterns)
    for k, p in enumerate(patterns):
        cue = flip(p, 0.2, seed=k)
        assert overlap(cue, p) == pytest.approx(0.6)
        assert np.array_equal(recall(w, cue, seed=k), p)


def test_recall_well_below_capacity_succeeds_and_well_above_fails():
    assert recall_quality(200, 0.05, n_cues=10, seed=0) == 1.0  # load 0.05 < 0.138
    assert recall_quality(200, 0.25, n_cues=10, seed=0) < 0.6  # load 0.25 > 0.138
    assert 0.05 < CAPACITY < 0.25


def test_unstable_bit_fraction_matches_the_crosstalk_formula():
    # Stored bit i of pattern 1 gets field (N-1)/N from its own pattern plus crosstalk from the
    # P-1 others, roughly Gaussian with variance (P-1)(N-1)/N^2 ~ alpha. It flips when the
    # crosstalk beats the signal: rate Phi(-sqrt((N-1)/(P-1))) ~ Phi(-1/sqrt(alpha)) (Hertz,
    # Krogh & Palmer 1991, ch. 2). At N = 400, alpha = 0.2 that is 0.0123; three seeded networks
    # (96 000 bits) measure 0.0121. Tolerance 10 %.
    n, p = 400, 80
    wrong = []
    for seed in range(3):
        patterns = random_patterns(p, n, seed)
        w = store(patterns)
        wrong.append(np.mean(np.sign(patterns @ w) != patterns))  # W symmetric: row k is W xi^k
    predicted = 0.5 * math.erfc(math.sqrt((n - 1) / (p - 1)) / math.sqrt(2))
    assert np.mean(wrong) == pytest.approx(predicted, rel=0.1)


@settings(max_examples=40)
@given(seed=st.integers(0, 10_000), n=st.integers(4, 40), p=st.integers(1, 8))
def test_energy_never_increases_under_asynchronous_updates(seed, n, p):
    w = store(random_patterns(p, n, seed))
    start = random_patterns(1, n, seed + 1)[0]
    trace = [energy(w, start)]
    final = recall(w, start, seed=seed, energies=trace)
    assert np.all(np.diff(trace) <= 1e-12)
    assert np.array_equal(recall(w, final, seed=seed + 2), final)  # it stopped at a fixed point


def test_modern_hopfield_is_attention_and_stores_far_beyond_0138_n():
    n, p = 64, 100  # load 1.56, ten times the classical capacity
    patterns = random_patterns(p, n, seed=6).astype(float)
    assert recall_quality(n, p / n, n_cues=5, seed=6) < 0.6  # the classical net fails here
    for k in range(10):
        cue = flip(patterns[k], 0.2, seed=k).astype(float)
        assert np.array_equal(np.sign(modern_update(patterns, cue, beta=1.0)), patterns[k])
    # With beta = 1/sqrt(d) the update is softmax(q K^T / sqrt(d)) V with K = V = patterns.
    q = patterns[0]
    scores = patterns @ q / math.sqrt(n)
    attention = np.exp(scores - scores.max()) / np.exp(scores - scores.max()).sum() @ patterns
    assert modern_update(patterns, q, beta=1 / math.sqrt(n)) == pytest.approx(attention)


def test_bad_input():
    with pytest.raises(ValueError, match="only -1 and \\+1"):
        store(np.array([[1, 0, -1]]))
    with pytest.raises(ValueError, match="only -1 and \\+1"):
        recall(np.zeros((2, 2)), np.array([2, 1]))
    with pytest.raises(ValueError, match="fraction"):
        flip(np.ones(4), 1.5)
    with pytest.raises(ValueError, match="beta"):
        modern_update(np.ones((2, 2)), np.ones(2), beta=0.0)
    with pytest.raises(ValueError, match="n_neurons"):
        random_patterns(2, 0)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--neurons", "60"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "load 0.05" in capsys.readouterr().out


def test_beta_from_the_command_line_reaches_the_modern_network(tmp_path, capsys, monkeypatch):
    # The third exercise: lower beta until retrieval fails. N patterns in N neurons (load 1,
    # seven times the classical limit) come back whole at beta = 1; at beta = 0.01 the update
    # is nearly the mean of all P patterns, whose overlap with any one of them is about 1/P.
    monkeypatch.setattr(hopfield, "draw", lambda out, *args: out)

    def modern(beta: str) -> float:
        argv = ["--beta", beta, "--neurons", "200", "--out", str(tmp_path / "f.png"), "--json"]
        assert main(argv) == 0
        facts = json.loads(capsys.readouterr().out)
        assert facts["beta"] == float(beta)
        return facts["modern_overlap_at_load_1"]

    assert modern("1") == pytest.approx(1.0, abs=1e-6)
    assert modern("0.01") < 0.05
    assert modern("0.01") == modern_recall_quality(200, 200, beta=0.01)
    # As beta -> 0 the softmax is uniform: the update is the mean pattern.
    patterns = random_patterns(200, 200, seed=0).astype(float)
    mean = patterns.mean(axis=0)
    expected = np.mean([overlap(mean, patterns[k]) for k in range(5)])
    assert modern_recall_quality(200, 200, beta=1e-9) == pytest.approx(expected, abs=1e-6)


@pytest.mark.parametrize("bad", ["0", "-1", "101", "inf"])
def test_command_line_rejects_bad_beta(bad, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--beta", bad]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--beta" in err
    assert list(tmp_path.iterdir()) == []
