"""Facts of the TD essay: the TD error moves from reward to cue; TD(0) finds 1/6 ... 5/6."""

import numpy as np
import pytest

from biology.td_learning import (
    conditioning,
    main,
    omission_trial,
    random_walk_true_values,
    run_trial,
    td0_random_walk,
)

CUE, REWARD, STEPS = 5, 15, 25


def test_td_error_moves_from_reward_time_to_cue_time():
    errors = conditioning(300, CUE, REWARD, STEPS, alpha=0.2)
    first, last = errors[0], errors[-1]
    # Trial 1: nothing is predicted, so the whole surprise is at the reward.
    assert np.argmax(first) + 1 == REWARD
    assert first[REWARD - 1] == pytest.approx(1.0)
    assert np.abs(np.delete(first, REWARD - 1)).max() == 0.0
    # Trained: the cue carries the surprise and the reward is fully predicted.
    assert np.argmax(last) + 1 == CUE
    assert last[CUE - 1] == pytest.approx(1.0, abs=0.01)
    assert abs(last[REWARD - 1]) < 0.01
    # In between, the peak moves monotonically earlier (never later) from trial to trial.
    peaks = np.argmax(errors, axis=1)
    assert np.all(np.diff(peaks) <= 0)


def test_discounting_shrinks_the_cue_response():
    # With gamma < 1 the trained cue response is gamma^(reward - cue), not 1.
    gamma = 0.9
    last = conditioning(800, CUE, REWARD, STEPS, alpha=0.2, gamma=gamma)[-1]
    assert last[CUE - 1] == pytest.approx(gamma ** (REWARD - CUE), abs=0.01)


def test_omitted_reward_gives_a_dip_at_the_expected_time():
    delta = omission_trial(300, CUE, REWARD, STEPS)
    assert delta[REWARD - 1] == pytest.approx(-1.0, abs=0.01)
    assert delta[CUE - 1] == pytest.approx(1.0, abs=0.01)


def test_true_values_solve_the_bellman_equations():
    # Oracle: V = P V + r for the 5-state walk, solved by LAPACK.
    n = 5
    p = np.zeros((n, n))
    r = np.zeros(n)
    for i in range(n):
        if i > 0:
            p[i, i - 1] = 0.5
        if i < n - 1:
            p[i, i + 1] = 0.5
    r[-1] = 0.5  # half the time the last state steps onto the rewarding exit
    assert np.linalg.solve(np.eye(n) - p, r) == pytest.approx(random_walk_true_values(n))
    assert random_walk_true_values(5) == pytest.approx([1 / 6, 2 / 6, 3 / 6, 4 / 6, 5 / 6])


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_td0_converges_to_the_analytic_random_walk_values(seed):
    # Constant alpha leaves the estimate jittering by ~sqrt(alpha); averaging the last 1000 of
    # 3000 episodes at alpha = 0.02 removes most of it. Tolerance 0.03 (measured <= 0.012).
    history = td0_random_walk(3000, alpha=0.02, seed=seed)
    estimate = history[-1000:].mean(axis=0)
    assert np.abs(estimate - random_walk_true_values(5)).max() < 0.03
    # And the error really comes down from the flat start of 0.5.
    start_rms = np.sqrt(np.mean((history[0] - random_walk_true_values(5)) ** 2))
    assert np.sqrt(np.mean((estimate - random_walk_true_values(5)) ** 2)) < start_rms / 5


def test_run_trial_updates_only_post_cue_states():
    w = np.zeros(STEPS - CUE)
    run_trial(w, CUE, REWARD, STEPS, alpha=0.5)
    assert w[REWARD - 1 - CUE] == pytest.approx(0.5)  # the state just before the reward
    assert np.count_nonzero(w) == 1


def test_bad_input():
    with pytest.raises(ValueError, match="cue_time < reward_time"):
        conditioning(10, cue_time=10, reward_time=5)
    with pytest.raises(ValueError, match="alpha"):
        conditioning(10, alpha=0.0)
    with pytest.raises(ValueError, match="alpha"):
        td0_random_walk(10, alpha=1.5)
    with pytest.raises(ValueError, match="n_states"):
        random_walk_true_values(0)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--trials", "100"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "at step 5 on trial 100" in capsys.readouterr().out


@pytest.mark.parametrize("trials", ["2", "30"])
def test_fewer_trials_than_the_figure_names_still_draw(trials, tmp_path):
    # The figure plotted trial 31 whatever --trials said: 2..30, which the option accepts,
    # crashed with an IndexError.
    out = tmp_path / "td.png"
    assert main(["--out", str(out), "--trials", trials]) == 0
    assert out.exists()
