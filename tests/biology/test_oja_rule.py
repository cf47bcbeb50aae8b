"""Facts of the Oja essay: Oja's rule finds the unit-norm first principal component."""

import json
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology import oja_rule
from biology.oja_rule import (
    alignment,
    correlated_gaussian,
    expected_oja_update,
    hebb_step,
    main,
    oja_step,
    pca_angles,
    top_eigenvector,
    train,
)

COV_2D = np.array([[3.0, 1.2], [1.2, 1.0]])


def _sample_top_eigenvector(x):
    # Independent oracle: LAPACK's symmetric eigensolver on the sample covariance.
    return np.linalg.eigh(x.T @ x / len(x))[1][:, -1]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_oja_aligns_with_top_eigenvector_and_has_unit_norm_2d(seed):
    x = correlated_gaussian(1500, COV_2D, seed)
    w, _ = train(x, "oja", eta=0.005, epochs=3, seed=seed)
    assert alignment(w, _sample_top_eigenvector(x)) > 0.99
    assert alignment(w, np.linalg.eigh(COV_2D)[1][:, -1]) > 0.99
    assert np.linalg.norm(w) == pytest.approx(1.0, abs=0.02)


def test_oja_in_eight_dimensions():
    rng = np.random.default_rng(1)
    q, _ = np.linalg.qr(rng.standard_normal((8, 8)))
    cov = q @ np.diag([5.0, 2.0, 1.5, 1.0, 0.8, 0.5, 0.3, 0.2]) @ q.T
    x = correlated_gaussian(3000, cov, seed=2)
    w, _ = train(x, "oja", eta=0.002, epochs=3)
    assert alignment(w, _sample_top_eigenvector(x)) > 0.99
    assert np.linalg.norm(w) == pytest.approx(1.0, abs=0.02)


def test_plain_hebb_turns_the_same_way_but_its_norm_explodes():
    x = correlated_gaussian(1500, COV_2D, seed=0)
    w, _ = train(x, "hebb", eta=0.005, epochs=1)
    assert np.linalg.norm(w) > 1e6
    assert alignment(w, _sample_top_eigenvector(x)) > 0.99


@settings(max_examples=30)
@given(seed=st.integers(0, 10_000), d=st.integers(2, 6))
def test_expected_update_vanishes_at_unit_eigenvectors_and_flows_to_the_top_one(seed, d):
    rng = np.random.default_rng(seed)
    a = rng.standard_normal((d, d))
    cov = a @ a.T + 0.1 * np.eye(d)
    values, vectors = np.linalg.eigh(cov)
    for v in vectors.T:  # every unit eigenvector is a fixed point of the averaged rule
        assert np.allclose(expected_oja_update(v, cov), 0.0, atol=1e-9)
    # Euler steps of the averaged rule dw/dt = C w - (w^T C w) w from a random start.
    w = rng.standard_normal(d)
    w /= np.linalg.norm(w)
    eta = 0.2 / values[-1]
    for _ in range(4000):
        w = w + eta * expected_oja_update(w, cov)
    if values[-1] - values[-2] > 0.05 * values[-1]:  # a clear eigengap: converged by now
        assert alignment(w, vectors[:, -1]) > 0.999
    assert np.linalg.norm(w) == pytest.approx(1.0, abs=1e-6)


def test_power_iteration_matches_eigh():
    rng = np.random.default_rng(3)
    a = rng.standard_normal((5, 5))
    cov = a @ a.T
    assert alignment(top_eigenvector(cov), np.linalg.eigh(cov)[1][:, -1]) == pytest.approx(1.0)


def test_single_steps_by_hand():
    w, x = np.array([0.6, 0.8]), np.array([1.0, 2.0])
    y = 0.6 + 1.6
    assert hebb_step(w, x, 0.1) == pytest.approx(w + 0.1 * y * x)
    assert oja_step(w, x, 0.1) == pytest.approx(w + 0.1 * y * (x - y * w))


def test_bad_input():
    x = correlated_gaussian(10, COV_2D)
    with pytest.raises(ValueError, match="rule must be one of"):
        train(x, "delta")
    with pytest.raises(ValueError, match="eta > 0"):
        train(x, eta=0.0)
    with pytest.raises(ValueError, match="non-empty"):
        train(np.zeros((0, 2)))
    with pytest.raises(ValueError, match="square"):
        correlated_gaussian(5, np.ones((2, 3)))


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--samples", "500"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "|cos(w, e1)|" in capsys.readouterr().out


def test_the_figures_numbers():
    # The essay's run (1500 samples, 3 passes, eta 0.005, seed 0): |cos(w, e1)| = 0.9988,
    # |w| = 1.001, and Hebb's |w| about 4e33 after 4500 samples.
    cov = np.array([[3.0, 1.2], [1.2, 1.0]])
    x = correlated_gaussian(1500, cov, 0)
    w, _ = train(x, "oja", 0.005, epochs=3, seed=0)
    _, hebb = train(x, "hebb", 0.005, epochs=3, seed=0)
    assert round(alignment(w, top_eigenvector(cov)), 4) == 0.9988
    assert round(float(np.linalg.norm(w)), 3) == 1.001
    assert len(hebb) == 4501 and 3e33 < np.linalg.norm(hebb[-1]) < 5e33


def test_oja_ends_within_a_few_degrees_of_pcas_first_component():
    # The figure's last panel: the essay's run against ml.decomposition.PCA on the same data
    # starts 71 degrees away and ends jittering about a median of 1.2 degrees.
    x = correlated_gaussian(1500, COV_2D, 0)
    _, history = train(x, "oja", 0.005, epochs=3, seed=0)
    angles = pca_angles(history, x)
    assert round(float(angles[0])) == 71
    assert round(float(np.median(angles[-1500:])), 1) == 1.2
    assert angles[-1500:].max() < 6
    # The oracle: the sample covariance's top eigenvector from LAPACK, as an angle.
    top = _sample_top_eigenvector(x - x.mean(axis=0))
    assert pca_angles(top[None, :], x)[0] == pytest.approx(0.0, abs=1e-5)


def test_a_rate_past_the_breaking_point_is_reported_as_divergence(tmp_path, capsys):
    # The first exercise raises eta until the rule breaks: 0.1 throws w out of the float range
    # on this data, and the demo says so instead of refusing the rate or crashing.
    out = tmp_path / "fig.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert main(["--eta", "0.1", "--out", str(out), "--json"]) == 0
    facts = json.loads(capsys.readouterr().out)
    assert facts["diverged"] is True and facts["norm_w"] is None and out.exists()
    assert main(["--eta", "0.05", "--out", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["diverged"] is False


def test_shifted_data_turn_oja_towards_the_mean(tmp_path, capsys, monkeypatch):
    # The third exercise through --mean: uncentred, the rule follows the second-moment matrix
    # C + m m^T, whose top eigenvector leans towards the mean (5, 0), away from C's own e1.
    monkeypatch.setattr(oja_rule, "draw", lambda out, *args: out)

    def facts(*argv: str) -> dict:
        assert main([*argv, "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    centred, shifted = facts(), facts("--mean", "5", "0")
    assert shifted["mean"] == [5.0, 0.0] and centred["mean"] == [0.0, 0.0]
    assert centred["abs_cos_w_e1"] > 0.998
    assert shifted["abs_cos_w_e1"] < 0.95
    assert shifted["abs_cos_w_top_second_moment"] > 0.999
    x = correlated_gaussian(1500, COV_2D, 0, mean=(5.0, 0.0))
    w, _ = train(x, "oja", 0.005, 3, 0)
    assert shifted["norm_w"] == float(np.linalg.norm(w))
    assert np.allclose(x - (5.0, 0.0), correlated_gaussian(1500, COV_2D, 0))


@pytest.mark.parametrize("argv", [["--mean", "5"], ["--mean", "5", "nan"],
                                  ["--mean", "101", "0"]])
def test_bad_mean_is_a_one_line_error(argv, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--mean" in err
    assert list(tmp_path.iterdir()) == []
