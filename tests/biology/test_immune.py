"""Facts of the immune-system essay: r-contiguous matching, negative selection, clonal
selection and the Bloom filter's false-positive rate."""

import json
import math

import numpy as np
import pytest

from biology import immune
from biology.immune import (
    bloom_false_positive_rate,
    censoring_survival,
    clonal_selection,
    detected,
    detection_curve,
    main,
    match_probability,
    negative_selection,
    r_contiguous_match,
    random_strings,
    self_memory,
)


def test_r_contiguous_rule():
    assert r_contiguous_match("1110000", "1110111", 3)
    assert not r_contiguous_match("1010101", "0101010", 1)
    assert r_contiguous_match("0000", "0000", 4)
    with pytest.raises(ValueError, match="equal length"):
        r_contiguous_match("01", "011", 1)


@pytest.mark.parametrize(("length", "r"), [(24, 8), (32, 10)])
def test_match_probability_agrees_with_percus_et_al(length, r):
    # Percus, Percus and Perelson (1993): P_m ~ 2^-r ((l - r)/2 + 1) for small P_m.
    rng = np.random.default_rng(1)
    a, b = random_strings(8000, length, rng), random_strings(8000, length, rng)
    measured = np.mean([r_contiguous_match(x, y, r) for x, y in zip(a, b, strict=True)])
    assert measured == pytest.approx(match_probability(length, r), rel=0.15)


def test_no_detector_matches_self_and_no_self_string_raises_the_alarm():
    # The point of censoring (Forrest et al., 1994): no false alarms on self, by construction.
    rng = np.random.default_rng(0)
    self_set = random_strings(50, 24, rng)
    detectors = negative_selection(self_set, 100, 8, rng)
    assert not any(detected(s, detectors, 8) for s in self_set)


def test_detection_follows_one_minus_one_minus_pm_to_the_n():
    measured, predicted = detection_curve([1, 2, 5, 10, 20, 50, 100])
    assert measured[-1] == pytest.approx(0.962, abs=0.001)
    assert np.all(np.abs(measured - predicted) < 0.03)
    assert np.all(np.diff(measured) >= 0)


def test_impossible_censoring_is_reported():
    rng = np.random.default_rng(0)
    with pytest.raises(RuntimeError, match="survived"):
        negative_selection(random_strings(200, 8, rng), 5, 1, rng, max_tries=1000)


def test_clonal_selection_matures_affinity():
    # Affinity maturation (Burnet, 1959; de Castro and Von Zuben, 2002): the best binder
    # improves and never gets worse, because parents compete with their clones.
    runs = [clonal_selection("1" * 64, seed=s) for s in range(3)]
    for best in runs:
        assert np.all(np.diff(best) >= 0)
        assert best[-1] >= 63 and best[0] < 50
    assert runs[0].index(64) + 1 == 28


def test_bloom_filter_never_forgets_self():
    rng = np.random.default_rng(2)
    self_set = random_strings(500, 48, rng)
    memory = self_memory(self_set, 0.01)
    assert all(s in memory for s in self_set)


@pytest.mark.parametrize(("error_rate", "measured_rate"), [(0.1, 0.10555), (0.01, 0.0103)])
def test_bloom_false_positive_rate_matches_the_formula(error_rate, measured_rate):
    # Bloom (1970): p ~ (1 - exp(-k n / m))^k; 20 000 random non-self probes.
    measured, predicted = bloom_false_positive_rate(1000, 20_000, error_rate)
    assert measured == pytest.approx(measured_rate, abs=1e-9)
    spread = 3 * math.sqrt(predicted * (1 - predicted) / 20_000)  # three binomial sigmas
    assert abs(measured - predicted) < spread


def test_bad_input(capsys):
    assert main(["--seed", "-1"]) == 2
    assert "--seed" in capsys.readouterr().err


def test_censoring_survival_agrees_with_the_string_rule():
    # The vectorised censoring against the scalar r-contiguous rule, on the same strings: the
    # candidates are drawn right after the self set from the same generator.
    rng = np.random.default_rng(5)
    self_set = random_strings(30, 16, rng)
    pool = random_strings(300, 16, rng)
    for r in (3, 6, 9):
        alive = sum(not any(r_contiguous_match(c, s, r) for s in self_set) for c in pool)
        assert censoring_survival(16, r, 30, 300, seed=5)[0] == alive / 300


def test_censoring_survival_follows_one_minus_pm_to_the_size_of_self():
    # Forrest et al.: a candidate survives |S| independent checks, so about (1 - P_m)^|S|.
    measured, predicted = censoring_survival(24, 8, 50)
    assert predicted == pytest.approx((1 - match_probability(24, 8)) ** 50)
    assert abs(measured - predicted) < 3 * math.sqrt(predicted * (1 - predicted) / 1000)
    assert censoring_survival(24, 8, 500)[0] == 0.0  # predicted 1.7e-8 per candidate
    assert censoring_survival(24, 4, 50) == (0.0, pytest.approx(0.0))  # P_m = 0.69 at r = 4
    assert censoring_survival(24, 24, 50)[0] == 1.0  # only an identical string matches


def test_censoring_flags_reach_the_experiment(tmp_path, capsys, monkeypatch):
    # The first exercise through --length, --r and --self; the figure is not the point here.
    monkeypatch.setattr(immune, "draw", lambda out, seed: out)

    def censoring(*argv: str) -> dict:
        assert main([*argv, "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)["censoring"]

    default = censoring()
    assert default == {"length": 24, "r": 8, "self": 50, "candidates": 1000,
                       "survived": round(1000 * censoring_survival(24, 8, 50)[0]),
                       "predicted_fraction": censoring_survival(24, 8, 50)[1]}
    assert censoring("--self", "500")["survived"] == 0
    assert censoring("--r", "4")["survived"] == 0
    assert censoring("--r", "12", "--length", "20")["survived"] == round(
        1000 * censoring_survival(20, 12, 50)[0])


@pytest.mark.parametrize(("argv", "named"), [(["--r", "25"], "--length"),
                                              (["--r", "0"], "--r"),
                                              (["--self", "0"], "--self"),
                                              (["--length", "65"], "--length")])
def test_bad_censoring_flags_are_one_line_errors(argv, named, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(immune, "draw", lambda *a: pytest.fail("the demo drew a figure"))
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and named in err
    assert list(tmp_path.iterdir()) == []
