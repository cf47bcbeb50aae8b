"""Facts of the visual-cortex essay: centre-surround, simple and complex cells, ConvNet filters."""

import json
import math

import numpy as np
import pytest

from biology import visual_cortex
from biology.visual_cortex import (
    DISC_RADII,
    best_gabor,
    complex_cell,
    convnet_filters,
    disc,
    disc_responses,
    dog_kernel,
    f1_f0,
    gabor,
    grating,
    main,
    optimal_radius,
    phase_responses,
    random_filter_similarity,
    simple_cell,
)


def test_a_balanced_dog_ignores_uniform_light():
    # Kuffler (1953): centre-surround cells report contrast, not the level of light.
    kernel = dog_kernel(41, 1.5, 4.5)
    assert abs(np.sum(kernel * np.full((41, 41), 7.0))) < 1e-12
    assert np.sum(kernel * disc(41, 2.0)) > 0  # a small bright spot on the centre excites


def test_the_best_disc_radius_matches_the_continuous_dog():
    # Area summation: the response rises, peaks near r* and falls as the disc covers the
    # surround. r*^2 = 2 ln(s_s^2/s_c^2) / (1/s_c^2 - 1/s_s^2) = 11.12 for sigmas 1.5 and 4.5.
    kernel = dog_kernel(41, 1.5, 4.5)
    radii = np.arange(0.25, 16, 0.25)
    responses = [np.sum(kernel * disc(41, r)) for r in radii]
    assert optimal_radius(1.5, 4.5) == pytest.approx(math.sqrt(2 * math.log(9) / (1 / 2.25
                                                                               - 1 / 20.25)))
    assert radii[int(np.argmax(responses))] == pytest.approx(optimal_radius(1.5, 4.5), abs=0.3)
    assert responses[-1] < 0.05 * max(responses)


def test_simple_cell_is_tuned_to_orientation():
    # Hubel and Wiesel (1962): a simple cell prefers one orientation.
    weights = gabor(21, 0.0, 6.0, 0.0, 3.0)
    best = simple_cell(grating(21, 0.0, 6.0, 0.0), weights)
    across = simple_cell(grating(21, np.pi / 2, 6.0, 0.0), weights)
    assert across < 0.01 * best


def test_f1_f0_separates_simple_from_complex_cells():
    # Skottun et al. (1991): F1/F0 > 1 for simple cells, < 1 for complex cells. A half-wave
    # rectified sinusoid has F1/F0 = pi/2 exactly; the energy model's response is flat.
    r = phase_responses(n_phases=256)
    assert f1_f0(r["simple"]) == pytest.approx(math.pi / 2, rel=1e-3)
    assert f1_f0(r["complex"]) < 1e-9  # what varies is the second harmonic, not F1
    assert 1 < f1_f0(r["pooled"]) < f1_f0(r["simple"])  # 2x2 pooling: partial invariance


def test_pooling_over_one_period_is_a_complex_cell():
    # Max over positions spanning a full period of the grating: phase no longer matters.
    r = phase_responses(width=6)
    assert f1_f0(r["pooled"]) < 1e-9


def test_energy_model_is_phase_invariant_for_any_phase():
    # Flat to 0.3 %: what is left is at twice the grating's frequency (the sampled envelope
    # makes the even and odd Gabors' gains differ slightly), so it adds nothing to F1.
    even, odd = gabor(15, 0.0, 6.0, 0.0, 3.0), gabor(15, 0.0, 6.0, -np.pi / 2, 3.0)
    values = [complex_cell(grating(15, 0.0, 6.0, p), even, odd) for p in np.linspace(0, 6, 13)]
    assert np.ptp(values) < 0.005 * np.mean(values)


def test_best_gabor_recovers_a_gabor():
    sims, _ = best_gabor(gabor(3, np.pi / 3, 4.0, np.pi / 6, 1.0)[None])
    assert sims[0] == pytest.approx(1.0, abs=1e-9)


def test_the_convnets_3x3_filters_are_no_more_gabor_like_than_random_ones():
    # The essay's honest negative: at 3x3 on MNIST the closest Gabor fits trained and random
    # filters alike (0.81 against 0.80 on average).
    sims, _ = best_gabor(convnet_filters(5000, 2, 0))
    assert float(sims.mean()) == pytest.approx(0.81, abs=0.01)
    assert random_filter_similarity() == pytest.approx(0.80, abs=0.01)


def test_bad_input(capsys):
    with pytest.raises(ValueError, match="sigma_c < sigma_s"):
        dog_kernel(9, 3.0, 1.0)
    assert main(["--epochs", "0"]) == 2
    assert "--epochs" in capsys.readouterr().err


def test_an_unbalanced_dog_answers_uniform_light_and_large_discs():
    # The first exercise: with k = 0.8 the surround no longer cancels the centre, so uniform
    # light gives 1 - k = 0.2 and the disc curve levels off there instead of returning to 0.
    balanced, unbalanced = disc_responses(1.0), disc_responses(0.8)
    assert abs(balanced[-1]) < 0.01
    assert unbalanced[-1] == pytest.approx(0.2, abs=0.01)
    assert np.sum(dog_kernel(41, 1.5, 4.5, 0.8)) == pytest.approx(0.2, abs=1e-12)
    # The surround's part scales with k: the two curves differ by 0.2 times the surround alone.
    surround = disc_responses(0.0) - disc_responses(1.0)
    assert unbalanced == pytest.approx(balanced + 0.2 * surround, abs=1e-12)


def test_dog_k_from_the_command_line(tmp_path, capsys, monkeypatch):
    # The ConvNet's training is not the point here: random filters stand in for it.
    filters = np.random.default_rng(0).normal(size=(8, 3, 3))
    monkeypatch.setattr(visual_cortex, "convnet_filters", lambda *args: filters)
    drawn = []
    monkeypatch.setattr(visual_cortex, "draw",
                        lambda out, f, k: drawn.append(k) or out)

    def facts(*argv: str) -> dict:
        assert main([*argv, "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    balanced, unbalanced = facts(), facts("--dog-k", "0.8")
    assert drawn == [1.0, 0.8]
    assert balanced["dog_uniform_light"] == pytest.approx(0.0, abs=1e-12)
    assert unbalanced["dog_uniform_light"] == pytest.approx(0.2, abs=1e-12)
    assert unbalanced["dog_disc_largest"] == float(disc_responses(0.8)[-1])
    assert balanced["dog_disc_peak_radius_px"] == float(DISC_RADII[disc_responses().argmax()])


@pytest.mark.parametrize("bad", ["-0.1", "2.5", "nan"])
def test_bad_dog_k_is_a_one_line_error(bad, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(visual_cortex, "convnet_filters", lambda *a: pytest.fail("trained"))
    assert main(["--dog-k", bad]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--dog-k" in err
    assert list(tmp_path.iterdir()) == []
