"""Facts of the receptive-fields essay: Stein's lemma for a ReLU unit, and reverse correlation
recovering the weights of the project's MNIST network from white noise."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.receptive_fields import (
    cosine,
    draw,
    hidden_layer,
    main,
    mnist_arrays,
    neighbour_correlation,
    relu_unit_mean_response,
    spike_triggered_average,
    train_network,
)
from ml.nn import MLP
from ml.nn.blas import blas_threads


@pytest.fixture(scope="module")
def mapped():
    """A 784-64-10 MLP trained on 10 000 MNIST images (seed 0), its hidden layer mapped with
    20 000 white-noise images and with the 10 000 (centred) training digits."""
    with blas_threads(1):
        X, y, _, _ = mnist_arrays(10_000, 1)
        W, _, respond = hidden_layer(train_network(X, y, seed=0))
        noise_sta = spike_triggered_average(respond, 784, 20_000, seed=0)
        digit_sta = spike_triggered_average(respond, 784, stimuli=X - X.mean(axis=0))
        yield W, noise_sta, digit_sta


def test_steins_lemma_for_a_relu_unit():
    # E[x r] = Phi(b/|w|) w and E[r] = |w| phi(b/|w|) + b Phi(b/|w|) for x ~ N(0, I).
    rng = np.random.default_rng(0)
    w, b = rng.standard_normal(10), 0.7
    x = rng.standard_normal((200_000, 10))
    r = np.maximum(0.0, x @ w + b)
    exact_xr, exact_r = relu_unit_mean_response(w, b)
    s = np.linalg.norm(w)
    # Standard error per component about |w| / sqrt(n) = 0.007 |w|; tolerance 0.02 |w|.
    assert (x * r[:, None]).mean(axis=0) == pytest.approx(exact_xr, abs=0.02 * s)
    assert r.mean() == pytest.approx(exact_r, rel=0.01)
    assert exact_xr == pytest.approx(0.5 * (1 + math.erf(b / s / math.sqrt(2))) * w)


@settings(max_examples=20)
@given(seed=st.integers(0, 10_000), d=st.integers(2, 8), bias=st.floats(-1, 1),
       g=st.sampled_from(["relu", "sigmoid", "softplus"]))
def test_sta_points_along_w_for_any_monotone_nonlinearity(seed, d, bias, g):
    nonlinearity = {"relu": lambda z: np.maximum(0.0, z),
                    "sigmoid": lambda z: 1 / (1 + np.exp(-z)),
                    "softplus": lambda z: np.log1p(np.exp(z))}[g]
    w = np.random.default_rng(seed).standard_normal(d)
    sta = spike_triggered_average(lambda x: nonlinearity(x @ w[:, None] + bias), d,
                                  n_samples=40_000, seed=seed)
    assert cosine(sta[0], w) > 0.95


def test_sta_of_an_energy_unit_vanishes():
    # Stein's lemma gives E[x r] = E[g'] w: for g(z) = z^2 and b = 0 the mean slope is 0, so the
    # STA does not point along w at all, however many samples (the essay's exception).
    w = np.array([1.0, -2.0, 0.5, 1.5])
    energy = spike_triggered_average(lambda x: (x @ w[:, None]) ** 2, 4, n_samples=100_000)
    relu = spike_triggered_average(lambda x: np.maximum(0.0, x @ w[:, None]), 4,
                                   n_samples=100_000)
    assert np.linalg.norm(energy[0]) < 0.05 < 0.5 < np.linalg.norm(relu[0])


def test_figure_is_byte_identical_whatever_the_thread_count(tmp_path):
    # Regenerating the site's figure must not change it: the training runs single-threaded
    # inside draw, and the PNG carries no matplotlib version.
    with blas_threads(2):
        first = draw(tmp_path / "a.png", n_train=300, n_noise=200).read_bytes()
    with blas_threads(1):
        second = draw(tmp_path / "b.png", n_train=300, n_noise=200).read_bytes()
    assert first == second
    assert b"Software" not in first and b"Matplotlib" not in first


def test_white_noise_sta_recovers_every_hidden_units_weights(mapped):
    W, noise_sta, _ = mapped
    cosines = [cosine(noise_sta[u], W[:, u]) for u in range(W.shape[1])]
    assert min(cosines) > 0.9  # measured: min 0.959, median 0.963 over 64 units


def test_digit_sta_is_blurred_by_the_stimulus_correlations(mapped):
    # With correlated stimuli the average is about C w, not w: smooth, digit-shaped, and a poor
    # match to the weights. This is why physiologists map fields with white noise.
    W, noise_sta, digit_sta = mapped
    alive = ~np.isnan(digit_sta).any(axis=1)
    cosines = [cosine(digit_sta[u], W[:, u]) for u in np.flatnonzero(alive)]
    assert np.median(cosines) < 0.6  # measured 0.45
    assert neighbour_correlation(digit_sta[alive]) > 0.8 > neighbour_correlation(noise_sta)


def test_the_essays_numbers(mapped):
    # Quoted on the page: cosine 0.96 for every unit (min 0.959), digit-STA median cosine 0.45,
    # neighbouring weights correlated about 0.45. The training is single-threaded, so these are
    # the same on every run.
    W, noise_sta, digit_sta = mapped
    cosines = [cosine(noise_sta[u], W[:, u]) for u in range(W.shape[1])]
    assert round(min(cosines), 2) == 0.96
    alive = np.flatnonzero(~np.isnan(digit_sta).any(axis=1))
    assert round(float(np.median([cosine(digit_sta[u], W[:, u]) for u in alive])), 2) == 0.45
    assert round(neighbour_correlation(W.T), 2) == 0.45


def test_trained_fields_have_spatial_structure_random_ones_do_not(mapped):
    W, *_ = mapped
    untrained, _, _ = hidden_layer(MLP(hidden=(64,), random_state=0).build(784))
    assert neighbour_correlation(W.T) > 0.3  # measured 0.45
    assert abs(neighbour_correlation(untrained.T)) < 0.05  # independent He-normal weights


def test_silent_unit_gets_nan_not_an_error():
    sta = spike_triggered_average(lambda x: np.zeros((len(x), 2)), 3, n_samples=100)
    assert np.isnan(sta).all()


def test_bad_input():
    with pytest.raises(ValueError, match="zero vector"):
        relu_unit_mean_response(np.zeros(3), 0.0)
    with pytest.raises(ValueError, match="n_samples"):
        spike_triggered_average(lambda x: x, 3, n_samples=0)


def test_command_line_help_lists_every_parameter(capsys):
    assert main(["--help"]) == 0
    text = capsys.readouterr().out
    for option in ("--out", "--train", "--noise", "--seed", "default"):
        assert option in text
