"""Facts of the learning-in-time essay: the STDP window, STDP on the LIF neuron, and
catastrophic forgetting with and without replay."""

import math

import numpy as np
import pytest

from biology.learning_in_time import (
    A_MINUS,
    A_PLUS,
    TAU_STDP,
    input_spikes,
    main,
    run_stdp,
    sequential_training,
    stdp_window,
)
from biology.pruning import mnist_arrays


def test_the_window_has_song_miller_abbotts_shape():
    # Bi and Poo (1998); Song, Miller and Abbott (2000): pre-before-post potentiates,
    # post-before-pre depresses, both fading with tau = 20 ms; A-/A+ = 1.05.
    assert float(stdp_window(20.0)) == pytest.approx(A_PLUS / math.e)
    assert float(stdp_window(-20.0)) == pytest.approx(-A_MINUS / math.e)
    assert float(stdp_window(0.0)) == 0.0
    assert A_MINUS / A_PLUS == pytest.approx(1.05) and TAU_STDP == 20.0
    # Depression's area is larger: uncorrelated pairings weaken a synapse on average.
    dts = np.linspace(-200, 200, 40_001)
    assert np.trapezoid(stdp_window(dts), dts) < 0


def test_inputs_fire_at_the_set_rate_and_the_first_group_is_correlated():
    spikes = input_spikes(100_000, seed=1)
    assert spikes.mean() == pytest.approx(0.010, rel=0.05)  # 10 Hz in 1 ms bins
    c = np.corrcoef(spikes[:, [0, 1, 60, 61]].T)
    assert c[0, 1] > 0.2 and abs(c[2, 3]) < 0.02


def test_stdp_on_the_lif_neuron_favours_the_correlated_inputs():
    # Song et al. (2000): with STDP, inputs that fire together take over the neuron.
    w, history, fired = run_stdp(input_spikes(200_000, seed=0))
    assert w[:50].mean() > 0.99
    assert w[50:].mean() == pytest.approx(0.50, abs=0.02)
    assert fired == 2008 and len(history) == 201


def test_without_input_the_neuron_is_silent_and_weights_do_not_move():
    w, _, fired = run_stdp(np.zeros((2000, 10), dtype=bool))
    assert fired == 0 and np.all(w == 0.5)


@pytest.fixture(scope="module")
def forgetting():
    data = mnist_arrays(10_000, 2000)
    return {r: sequential_training(data, r, seed=0) for r in (0, 500)}


def test_the_network_forgets_the_first_task_completely(forgetting):
    # McCloskey and Cohen (1989): sequential training overwrites the first task.
    acc = forgetting[0]
    assert acc["A after A"] == pytest.approx(0.973, abs=0.005)
    assert acc["A after B"] < 0.01
    assert acc["B after B"] == pytest.approx(0.914, abs=0.005)


def test_replay_of_500_old_images_keeps_most_of_it(forgetting):
    # Interleaving old examples (McClelland, McNaughton and O'Reilly, 1995).
    acc = forgetting[500]
    assert acc["A after B"] == pytest.approx(0.721, abs=0.005)
    assert acc["B after B"] >= forgetting[0]["B after B"] - 0.01  # at no cost to task B


def test_bad_input(capsys):
    assert main(["--replay", "0"]) == 2
    assert "--replay" in capsys.readouterr().err
