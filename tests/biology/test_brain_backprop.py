"""Facts of the essay "Does the brain do backprop?": feedback alignment learns without weight
transport and aligns, predictive coding's local updates approximate the gradient."""

import json

import numpy as np
import pytest

from biology.brain_backprop import (
    RULES,
    angle,
    backprop_step,
    compare,
    learning_step,
    main,
    make_net,
    predictive_coding_step,
    signal_angle,
)
from biology.pruning import mnist_arrays


@pytest.fixture(scope="module")
def histories():
    # The figure's run: 5000 training images, 2000 test images, 4 epochs, seed 0.
    return compare(mnist_arrays(5000, 2000), epochs=4, seed=0)


@pytest.fixture(scope="module")
def batch():
    X, y, _, _ = mnist_arrays(64, 1)
    return X.astype(np.float64), y


def test_all_three_rules_learn_and_feedback_alignment_is_close_to_backprop(histories):
    # Lillicrap et al. (2016): random fixed feedback learns MNIST nearly as well as backprop.
    final = {rule: h["accuracy"][-1] for rule, h in histories.items()}
    assert final["backprop"] == pytest.approx(0.874, abs=0.005)
    assert final["feedback alignment"] == pytest.approx(0.871, abs=0.005)
    assert final["predictive coding"] == pytest.approx(0.867, abs=0.005)
    assert all(h["accuracy"][0] < 0.2 for h in histories.values())  # chance at the start


def test_feedback_alignment_starts_orthogonal_and_aligns_below_ninety_degrees(histories):
    # Lillicrap et al. (2016): the forward weights come to align with the random feedback, so
    # FA's hidden update moves from ~90 degrees to well below 90 degrees from backprop's.
    angles = histories["feedback alignment"]["angle"]
    assert angles[0] == pytest.approx(90, abs=5)
    assert angles[-1] < 60
    assert angles[-1] == pytest.approx(45.7, abs=0.5)


def test_predictive_coding_stays_close_to_the_gradient_during_training(histories):
    # Whittington and Bogacz (2017): PC's local updates approximate backprop's.
    assert max(histories["predictive coding"]["angle"]) < 20
    assert histories["predictive coding"]["angle"][-1] == pytest.approx(12.9, abs=0.5)


def test_backprop_step_is_the_exact_gradient(batch):
    # A finite difference of the loss along one hidden weight agrees with backprop's gradient.
    X, y = batch
    net = make_net(8, seed=0)
    backprop_step(net, X, y)
    grad = net.hidden.grads["W"][300, 2]
    W, h = net.hidden.params["W"], 1e-6
    W[300, 2] += h
    up = backprop_step(net, X, y)
    W[300, 2] -= 2 * h
    down = backprop_step(net, X, y)
    assert (up - down) / (2 * h) == pytest.approx(grad, rel=1e-5)


def test_one_relaxation_step_of_predictive_coding_gives_the_gradient_direction(batch):
    # After one step from the feed-forward values, eps1 = rate * f'(mu1) * (eps2 @ W2.T), which is
    # backprop's hidden error up to a positive factor: the angle is zero to rounding.
    X, y = batch
    net = make_net(16, seed=3)
    backprop_step(net, X, y)
    true = net.hidden.grads["W"].copy()
    predictive_coding_step(net, X, y, steps=1)
    assert angle(net.hidden.grads["W"], true) < 1e-4


def test_relaxation_never_raises_the_energy(batch):
    # The hidden values follow -dF/dx1 with a small step, so F falls at every step.
    X, y = batch
    net = make_net(16, seed=1)
    energies = [predictive_coding_step(net, X, y, steps=k, rate=0.05) for k in range(0, 30, 3)]
    assert np.all(np.diff(energies) <= 1e-12)
    assert energies[-1] < energies[0]


def test_random_feedback_is_about_orthogonal_before_learning(batch):
    X, y = batch
    assert signal_angle(make_net(100, seed=0), X, y, "feedback alignment") == pytest.approx(
        90, abs=10)


def test_bad_input():
    with pytest.raises(ValueError, match="unknown rule"):
        learning_step(make_net(2), np.zeros((1, 784)), np.zeros(1, dtype=int), "hebb")
    assert RULES[0] == "backprop"


def test_command_line_rejects_bad_epochs(capsys):
    assert main(["--epochs", "0"]) == 2
    assert "--epochs" in capsys.readouterr().err


def test_pc_steps_reach_the_relaxation_from_the_command_line(tmp_path, capsys):
    # The third exercise: one relaxation step gives exactly the gradient's direction (see the
    # test above), a hundred move the update away from it. Both through --pc-steps.
    def pc_angle(steps: str) -> float:
        argv = ["--train", "100", "--epochs", "1", "--pc-steps", steps, "--json",
                "--out", str(tmp_path / "fig.png")]
        assert main(argv) == 0
        facts = json.loads(capsys.readouterr().out)
        assert facts["pc_steps"] == int(steps)
        return facts["predictive coding"]["angle_deg"]

    assert pc_angle("1") < 1e-3
    assert pc_angle("100") > 1.0


@pytest.mark.parametrize("bad", ["0", "1001", "2.5", "nan"])
def test_command_line_rejects_bad_pc_steps(bad, capsys):
    assert main(["--pc-steps", bad]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--pc-steps" in err
