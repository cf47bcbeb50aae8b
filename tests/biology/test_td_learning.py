"""Facts of the TD essay: the TD error moves from reward to cue; TD(0) finds 1/6 ... 5/6."""

import json

import numpy as np
import pytest

from biology import td_learning
from biology.td_learning import (
    conditioning,
    main,
    omission_trial,
    partial_reward_errors,
    random_walk_true_values,
    reward_schedule,
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


def test_partial_reward_splits_the_error_between_cue_and_reward():
    # Fiorillo, Tobler and Schultz (2003), and TD's account of it: with reward probability p
    # the trained value after the cue is about p, so the cue's error is about p, a reward's
    # 1 - p and an omission's -p. A small alpha averages over many trials.
    for p in (0.25, 0.5, 0.75):
        rewarded = reward_schedule(4000, p, seed=2)
        late = partial_reward_errors(conditioning(4000, alpha=0.02, rewarded=rewarded), rewarded)
        assert late["cue"] == pytest.approx(p, abs=0.03)
        assert late["reward_rewarded"] == pytest.approx(1 - p, abs=0.03)
        assert late["reward_unrewarded"] == pytest.approx(-p, abs=0.03)
    assert reward_schedule(50, 1.0).all() and not reward_schedule(50, 0.0).any()
    assert np.array_equal(conditioning(40, rewarded=reward_schedule(40)), conditioning(40))
    with pytest.raises(ValueError, match="one entry per trial"):
        conditioning(5, rewarded=np.ones(4, dtype=bool))


def test_reward_probability_from_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(td_learning, "draw", lambda out, *args: out)

    def facts(*argv: str) -> dict:
        assert main([*argv, "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    always, half = facts(), facts("--reward-probability", "0.5", "--seed", "1")
    assert always["reward_probability"] == 1.0
    assert always["late_mean_delta"]["cue"] == pytest.approx(1.0, abs=1e-6)
    assert always["late_mean_delta"]["reward_unrewarded"] is None  # no such trials
    rewarded = reward_schedule(300, 0.5, seed=1)
    assert half["late_mean_delta"] == partial_reward_errors(
        conditioning(300, rewarded=rewarded), rewarded)
    assert half["late_mean_delta"]["reward_unrewarded"] < -0.3 < 0.3 < half["late_mean_delta"][
        "reward_rewarded"]
    # An unrewarded first trial has no positive error: no peak to name (argmax said step 1).
    assert not rewarded[0] and half["peak_step_first_trial"] is None


@pytest.mark.parametrize("bad", ["-0.1", "1.5", "nan"])
def test_bad_reward_probability_is_a_one_line_error(bad, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--reward-probability", bad]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ")
    assert "--reward-probability" in err
    assert list(tmp_path.iterdir()) == []
