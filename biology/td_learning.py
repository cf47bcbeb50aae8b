"""Temporal-difference learning, and the dopamine neurons that seem to compute its error.

An agent that wants to predict future reward can learn from its own successive guesses. With
V(t) the predicted sum of rewards still to come after time t and gamma a discount, a perfect
predictor satisfies V(t-1) = r(t) + gamma V(t). The *temporal-difference error*

    delta(t) = r(t) + gamma V(t) - V(t-1)

measures how far it is from that, and TD learning nudges the earlier prediction towards the
later, better informed one: V(t-1) <- V(t-1) + alpha delta(t) (Sutton 1988).

Schultz, Dayan and Montague (1997) noticed that midbrain dopamine neurons behave like delta. A
monkey is shown a light and, a second later, given juice. At first the neurons burst when the
juice arrives (an unpredicted reward: delta > 0 at the reward). After training they burst at
the light instead, and not at all at the juice (now fully predicted: delta = 0 there). If the
juice is withheld, their firing dips at the moment it was due (delta < 0). This module
reproduces all three with a tapped-delay-line ("complete serial compound") representation of
the time since the cue, and checks TD(0) against the one case with a textbook answer: the
random walk of Sutton and Barto, whose true values are 1/6, 2/6, ..., 5/6.

>>> np.round(random_walk_true_values(5), 4).tolist()
[0.1667, 0.3333, 0.5, 0.6667, 0.8333]
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure


# --8<-- [start:conditioning]
def run_trial(w: np.ndarray, cue_time: int, reward_time: int, n_steps: int, alpha: float,
              gamma: float = 1.0, reward: float = 1.0) -> np.ndarray:
    """One conditioning trial; updates the weights ``w`` in place and returns delta(t), t = 1..n.

    The state at time t is "k steps since the cue" for t >= cue_time, with value w[k]; before
    the cue nothing predicts anything (the cue comes at unpredictable moments), so V = 0.
    O(n_steps).

    >>> w = np.zeros(10)
    >>> delta = run_trial(w, cue_time=2, reward_time=6, n_steps=10, alpha=0.5)
    >>> int(np.argmax(delta)) + 1, float(w[3])   # first trial: the surprise is at the reward
    (6, 0.5)
    """
    def value(t: int) -> float:
        return w[t - cue_time] if cue_time <= t < n_steps else 0.0

    delta = np.zeros(n_steps)
    for t in range(1, n_steps + 1):
        r = reward if t == reward_time else 0.0
        delta[t - 1] = r + gamma * value(t) - value(t - 1)
        if t - 1 >= cue_time:  # only the represented (post-cue) states learn
            w[t - 1 - cue_time] += alpha * delta[t - 1]
    return delta
# --8<-- [end:conditioning]


def reward_schedule(n_trials: int, probability: float = 1.0, seed: int = 0) -> np.ndarray:
    """Which trials are rewarded: each independently with ``probability`` (bool array).

    >>> reward_schedule(4).tolist(), int(reward_schedule(1000, 0.5, seed=1).sum())
    ([True, True, True, True], 507)
    """
    if not 0 <= probability <= 1:
        raise ValueError(f"probability must be in [0, 1], got {probability}")
    return np.random.default_rng(seed).random(n_trials) < probability


def conditioning(n_trials: int = 300, cue_time: int = 5, reward_time: int = 15,
                 n_steps: int = 25, alpha: float = 0.2, gamma: float = 1.0,
                 rewarded: np.ndarray | None = None) -> np.ndarray:
    """TD errors over training: array (n_trials, n_steps), row = trial, column = time t - 1.

    ``rewarded`` says which trials get the reward (default: all; see :func:`reward_schedule`).
    O(n_trials * n_steps).

    >>> errors = conditioning(n_trials=200)
    >>> [int(np.argmax(errors[k])) + 1 for k in (0, 199)]   # reward time, then cue time
    [15, 5]
    """
    if not 0 < cue_time < reward_time <= n_steps:
        raise ValueError("need 0 < cue_time < reward_time <= n_steps, got "
                         f"{cue_time}, {reward_time}, {n_steps}")
    if not 0 < alpha <= 1 or not 0 <= gamma <= 1:
        raise ValueError(f"need 0 < alpha <= 1 and 0 <= gamma <= 1, got {alpha}, {gamma}")
    if rewarded is None:
        rewarded = np.ones(n_trials, dtype=bool)
    if len(rewarded) != n_trials:
        raise ValueError(f"rewarded needs one entry per trial ({n_trials}), got {len(rewarded)}")
    w = np.zeros(n_steps - cue_time)
    return np.array([run_trial(w, cue_time, reward_time, n_steps, alpha, gamma, float(paid))
                     for paid in rewarded])


def omission_trial(n_trials: int = 300, cue_time: int = 5, reward_time: int = 15,
                   n_steps: int = 25, alpha: float = 0.2) -> np.ndarray:
    """TD errors on a trial where the trained-for reward is withheld: a dip at the reward time.

    >>> round(float(omission_trial()[14]), 3)
    -1.0
    """
    w = np.zeros(n_steps - cue_time)
    for _ in range(n_trials):
        run_trial(w, cue_time, reward_time, n_steps, alpha)
    return run_trial(w.copy(), cue_time, reward_time, n_steps, alpha, reward=0.0)


def random_walk_true_values(n_states: int = 5) -> np.ndarray:
    """Exact values of the random walk: from state k of n, the chance of leaving on the right.

    With reward 1 only on the right exit and no discount, V(k) = k / (n + 1) (gambler's ruin).

    >>> random_walk_true_values(3).tolist()
    [0.25, 0.5, 0.75]
    """
    if n_states < 1:
        raise ValueError(f"n_states must be >= 1, got {n_states}")
    return np.arange(1, n_states + 1) / (n_states + 1)


# --8<-- [start:td0]
def td0_random_walk(n_episodes: int, alpha: float = 0.05, n_states: int = 5,
                    seed: int = 0, v0: float = 0.5) -> np.ndarray:
    """TD(0) on the random walk: start in the middle, step left or right with equal chance,
    end at either edge (reward 1 on the right, 0 on the left). Returns the values after each
    episode, shape (n_episodes + 1, n_states). O(n_episodes * n_states^2) expected steps.

    >>> np.round(td0_random_walk(1, alpha=0.1, seed=1)[-1], 2).tolist()
    [0.5, 0.5, 0.5, 0.5, 0.5]
    """
    if n_episodes < 0 or not 0 < alpha <= 1:
        raise ValueError(f"need n_episodes >= 0 and 0 < alpha <= 1, got {n_episodes}, {alpha}")
    rng = np.random.default_rng(seed)
    v = np.full(n_states + 2, v0)
    v[0] = v[-1] = 0.0  # terminal states: nothing more to come
    history = [v[1:-1].copy()]
    for _ in range(n_episodes):
        s = (n_states + 1) // 2
        while 0 < s < n_states + 1:
            s_next = s + (1 if rng.random() < 0.5 else -1)
            r = 1.0 if s_next == n_states + 1 else 0.0
            v[s] += alpha * (r + v[s_next] - v[s])
            s = s_next
        history.append(v[1:-1].copy())
    return np.array(history)
# --8<-- [end:td0]


def draw(out: Path, n_trials: int = 300, seed: int = 0, reward_probability: float = 1.0
         ) -> Path:
    """Draw the essay's figure: TD error over training, three trials, random-walk values.

    With ``reward_probability`` < 1 the conditioning panels train on a seeded random schedule
    (the omission trial still follows training with every trial rewarded)."""
    plt = pyplot()

    cue, reward, n_steps = 5, 15, 25
    errors = conditioning(n_trials, cue, reward, n_steps,
                          rewarded=reward_schedule(n_trials, reward_probability, seed))
    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 8.6))
    ax = axes[0]
    image = ax.imshow(errors, aspect="auto", cmap="RdBu_r", vmin=-1, vmax=1,
                      extent=(0.5, n_steps + 0.5, n_trials, 0))
    ax.set_xlabel("time step in trial")
    ax.set_ylabel("trial")
    ax.set_title(f"TD error δ: cue at {cue}, reward at {reward}", fontsize=10)
    fig.colorbar(image, ax=ax, fraction=0.05).set_label("TD error δ (red: better than "
                                                        "expected)", fontsize=8)

    ax = axes[1]
    t = np.arange(1, n_steps + 1)
    for k in sorted({0, min(30, n_trials - 1), n_trials - 1}):  # --trials may be below 31
        ax.plot(t, errors[k], drawstyle="steps-mid", label=f"trial {k + 1}")
    ax.plot(t, omission_trial(n_trials, cue, reward, n_steps), "k:", drawstyle="steps-mid",
            label="trained, reward omitted")
    ax.set_xlabel("time step in trial")
    ax.set_ylabel("δ (like dopamine firing)")
    ax.set_title("the burst moves from reward to cue", fontsize=10)
    ax.legend(fontsize=8)

    ax = axes[2]
    history = td0_random_walk(100, alpha=0.1, seed=seed)
    states = np.arange(1, 6)
    for episodes in (0, 1, 10, 100):
        ax.plot(states, history[episodes], "o-", ms=4, label=f"after {episodes} episodes")
    ax.plot(states, random_walk_true_values(5), "k--", label="true 1/6 … 5/6")
    ax.set_xticks(states, list("ABCDE"))
    ax.set_xlabel("state")
    ax.set_ylabel("estimated value")
    ax.set_title("TD(0) on the 5-state random walk (α = 0.1)", fontsize=10)
    ax.legend(fontsize=8)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.td_learning``: draw the figure and print the checkable facts."""
    parser = cli.demo_parser("biology.td_learning", "TD learning: dopamine-like prediction "
                             "errors and the random walk.", "td_learning.png")
    parser.add_argument("--trials", type=cli.integer(2, 10_000), default=300,
                        help="conditioning trials (default: %(default)s)")
    # The first exercise: the reward arrives on only a fraction of the trials.
    parser.add_argument("--reward-probability", type=cli.real(0, 1), default=1.0,
                        help="chance that a trial is rewarded (default: %(default)s)")
    cli.add_seed_option(parser, what="the random walk and the rewarded trials")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    path = draw(args.out, args.trials, args.seed, args.reward_probability)
    rewarded = reward_schedule(args.trials, args.reward_probability, args.seed)
    errors = conditioning(args.trials, rewarded=rewarded)
    first, last = _peak_step(errors[0]), _peak_step(errors[-1])
    final = np.round(td0_random_walk(2000, alpha=0.02, seed=args.seed)[-1000:].mean(axis=0), 3)
    late = partial_reward_errors(errors, rewarded)
    facts = {"peak_step_first_trial": first, "peak_step_last_trial": last,
             "random_walk_values": final.tolist(), "reward_probability": args.reward_probability,
             "late_mean_delta": late, "figure": str(path)}
    lines = [f"peak TD error {_peak_text(first, 1)}, {_peak_text(last, args.trials)}",
             "second half of training, mean TD error: at the cue " + _fmt(late["cue"])
             + ", at the reward on rewarded trials " + _fmt(late["reward_rewarded"])
             + ", on unrewarded trials " + _fmt(late["reward_unrewarded"]),
             f"random walk values: {final.tolist()}", f"wrote {path}"]
    return facts, "\n".join(lines)


def _peak_step(delta: np.ndarray) -> int | None:
    """The step of a trial's largest positive TD error; None if nothing beat expectations
    (an unrewarded first trial is all zeros, and argmax would name step 1)."""
    return int(np.argmax(delta)) + 1 if delta.max() > 0 else None


def _peak_text(step: int | None, trial: int) -> str:
    if step is None:
        return f"nowhere positive on trial {trial}"
    return f"at step {step} on trial {trial}"


def _fmt(value: float | None) -> str:
    return "none" if value is None else f"{value:+.3f}"


def partial_reward_errors(errors: np.ndarray, rewarded: np.ndarray, cue_time: int = 5,
                          reward_time: int = 15) -> dict[str, float | None]:
    """Mean TD error over the second half of training at the cue, and at the reward time
    split by rewarded and unrewarded trials (None where there are no such trials).

    Once trained, V after the cue is about the reward probability p, so the cue's error is
    about p, a reward's 1 - p and an omission's -p (Fiorillo, Tobler and Schultz, 2003).

    >>> rewarded = reward_schedule(2000, 0.5, seed=0)
    >>> late = partial_reward_errors(conditioning(2000, alpha=0.05, rewarded=rewarded), rewarded)
    >>> {k: round(v, 1) for k, v in late.items()}
    {'cue': 0.5, 'reward_rewarded': 0.5, 'reward_unrewarded': -0.5}
    """
    half = slice(len(errors) // 2, None)
    late, paid = errors[half], np.asarray(rewarded)[half]

    def mean(rows: np.ndarray) -> float | None:
        return float(rows.mean()) if len(rows) else None

    return {"cue": mean(late[:, cue_time - 1]),
            "reward_rewarded": mean(late[paid, reward_time - 1]),
            "reward_unrewarded": mean(late[~paid, reward_time - 1])}


if __name__ == "__main__":
    raise SystemExit(main())
