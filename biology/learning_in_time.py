"""Learning in time: spike-timing-dependent plasticity, and replay against catastrophic forgetting.

**STDP.** Bi and Poo (1998), pairing spikes in cultured hippocampal neurons, found that a
synapse strengthens when the presynaptic spike comes a few milliseconds *before* the
postsynaptic one, and weakens when it comes after; the effect fades over a few tens of
milliseconds. The usual model (Song, Miller and Abbott, 2000) changes the weight by

    dw = A+ exp(-dt / tau+)   if dt = t_post - t_pre > 0 (pre before post: cause),
    dw = -A- exp(dt / tau-)   if dt < 0 (post before pre: not a cause),

with tau+ = tau- = 20 ms and A- slightly larger than A+, so that uncorrelated firing weakens a
synapse on average. Here the rule drives the leaky integrate-and-fire neuron of
:mod:`biology.lif_neuron`, fed by 100 inputs: 50 that often fire together and 50 that fire
independently at the same rate. Song et al. showed that STDP then makes the synapses compete,
and the correlated group, whose spikes more often cause the output spike, wins.

**Catastrophic forgetting and replay.** A network trained on one task and then on another
forgets the first (McCloskey and Cohen, 1989): nothing in gradient descent protects the old
weights. The brain seems to avoid this by *replay*: the hippocampus re-activates recent
experience, especially during sleep (Wilson and McNaughton, 1994), interleaving old memories
with new learning (McClelland, McNaughton and O'Reilly, 1995). Here the project's MLP layers
learn digits 0-4, then digits 5-9, with and without a small replay buffer of old images.

>>> round(float(stdp_window(10.0)), 4), round(float(stdp_window(-10.0)), 4)
(0.0061, -0.0064)
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure, single_threaded
from biology.lif_neuron import LIF

A_PLUS, A_MINUS, TAU_STDP = 0.01, 0.0105, 20.0  # Song, Miller and Abbott (2000): A-/A+ = 1.05


# --8<-- [start:window]
def stdp_window(dt: float | np.ndarray, a_plus: float = A_PLUS, a_minus: float = A_MINUS,
                tau: float = TAU_STDP) -> np.ndarray:
    """Weight change for one pair of spikes, ``dt = t_post - t_pre`` in ms."""
    dt = np.asarray(dt, dtype=float)
    return np.where(dt > 0, a_plus * np.exp(-dt / tau),
                    np.where(dt < 0, -a_minus * np.exp(dt / tau), 0.0))
# --8<-- [end:window]


def input_spikes(steps: int, rate_hz: float = 10.0, n: int = 100, correlated: int = 50,
                 share: float = 0.5, seed: int = 0, dt: float = 1.0) -> np.ndarray:
    """Boolean (steps, n) spike trains at ``rate_hz``; the first ``correlated`` inputs copy a
    common train with probability ``share`` and fire independently otherwise."""
    rng = np.random.default_rng(seed)
    p = rate_hz * dt / 1000
    common = rng.random(steps) < p
    own = rng.random((steps, n)) < p
    copy = rng.random((steps, n)) < share
    spikes = own.copy()
    spikes[:, :correlated] = np.where(copy[:, :correlated], common[:, None],
                                      own[:, :correlated])
    return spikes


# --8<-- [start:stdp]
def run_stdp(spikes: np.ndarray, neuron: LIF | None = None, w0: float = 0.5, w_max: float = 1.0,
             dt: float = 1.0) -> tuple[np.ndarray, np.ndarray, int]:
    """Drive a LIF neuron with weighted input spikes (each adds w mV) and learn by STDP.

    Online form with traces: each synapse keeps ``pre`` (its recent input spikes, decaying with
    tau+), the neuron keeps ``post``. An output spike adds A+ * pre to every weight (inputs that
    came just before it); an input spike subtracts A- * post from its own weight (it came just
    after an output). Returns the final weights, the weight history every second, and the count
    of output spikes.
    """
    neuron = LIF() if neuron is None else neuron  # lif_neuron's defaults: 10 ms, 15 mV, 2 ms
    n_steps, n = spikes.shape
    w, pre, post = np.full(n, w0), np.zeros(n), 0.0
    v, refractory, fired = 0.0, 0.0, 0
    decay_v, decay_trace = np.exp(-dt / neuron.tau), np.exp(-dt / TAU_STDP)
    history = [w.copy()]
    for t in range(n_steps):
        pre *= decay_trace
        post *= decay_trace
        arriving = spikes[t]
        pre[arriving] += 1.0
        w[arriving] -= A_MINUS * post  # depression: the input came after the last output
        refractory = max(refractory - dt, 0.0)
        v = v * decay_v + (0.0 if refractory > 0 else float(w @ arriving))
        if v >= neuron.v_th:
            v, refractory, fired = 0.0, neuron.t_ref, fired + 1
            post += 1.0
            w += A_PLUS * pre  # potentiation: the inputs that came just before
        np.clip(w, 0.0, w_max, out=w)
        if (t + 1) % round(1000 / dt) == 0:
            history.append(w.copy())
    return w, np.array(history), fired
# --8<-- [end:stdp]


def split_tasks(X: np.ndarray, y: np.ndarray) -> tuple[tuple[np.ndarray, np.ndarray], ...]:
    """Task A: the digits 0-4; task B: the digits 5-9."""
    a = y < 5
    return (X[a], y[a]), (X[~a], y[~a])


# --8<-- [start:replay]
def sequential_training(data: tuple[np.ndarray, ...], replay: int = 0, epochs: int = 3,
                        seed: int = 0) -> dict[str, float]:
    """Train a 784-100-10 network from ``ml.nn`` on task A, then on task B with ``replay`` images
    of task A (drawn once, kept in a buffer) mixed into B's training set. Returns the accuracy on
    each task's test images after A and after B."""
    from ml.nn import Adam, Sequential, mlp_layers
    from ml.nn.schedules import constant
    from ml.nn.training import train

    X, y, X_test, y_test = data
    (xa, ya), (xb, yb) = split_tasks(X, y)
    (ta, la), (tb, lb) = split_tasks(X_test, y_test)
    rng = np.random.default_rng(seed)
    net = Sequential(mlp_layers([784, 100, 10], rng=rng))

    def score(x: np.ndarray, labels: np.ndarray) -> float:
        return float(np.mean(net.forward(x).argmax(axis=1) == labels))

    with single_threaded():
        train(net, xa, ya, Adam(1e-3), constant(1e-3), epochs, 64, rng)
        after_a = {"A after A": score(ta, la), "B after A": score(tb, lb)}
        keep = rng.choice(len(xa), size=replay, replace=False)
        xb_mix, yb_mix = np.vstack([xb, xa[keep]]), np.concatenate([yb, ya[keep]])
        train(net, xb_mix, yb_mix, Adam(1e-3), constant(1e-3), epochs, 64, rng)
    return {**after_a, "A after B": score(ta, la), "B after B": score(tb, lb)}
# --8<-- [end:replay]


def draw(out: Path, stdp: tuple[np.ndarray, np.ndarray, int],
         forgetting: dict[int, dict[str, float]]) -> Path:
    """Draw the essay's figure: the STDP window, the two groups' weights, and forgetting."""
    plt = pyplot()
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 8.6))
    dts = np.linspace(-80, 80, 321)
    axes[0].plot(dts, 100 * stdp_window(dts), color="#1f4e9c")
    axes[0].axhline(0, color="grey", lw=0.6)
    axes[0].axvline(0, color="grey", lw=0.6)
    axes[0].set_xlabel("$t_{post} - t_{pre}$ (ms)")
    axes[0].set_ylabel("weight change (% of $w_{max}$)")
    axes[0].set_title("the STDP window: before strengthens, after weakens", fontsize=9)
    _, history, _ = stdp
    seconds = np.arange(len(history))
    for group, cols, colour in (("correlated inputs", slice(0, 50), "#b3400a"),
                                ("independent inputs", slice(50, 100), "#1b7a3a")):
        axes[1].plot(seconds, history[:, cols].mean(axis=1), color=colour, label=group)
    axes[1].set_ylim(0, 1.05)
    axes[1].set_xlabel("time (s)")
    axes[1].set_ylabel("mean weight (mV per spike)")
    axes[1].set_title("STDP on the LIF neuron: the correlated group wins", fontsize=9)
    axes[1].legend(fontsize=8)
    _draw_forgetting(axes[2], forgetting)
    return save_figure(fig, out)


def _draw_forgetting(ax, forgetting: dict[int, dict[str, float]]) -> None:
    labels = ["A after A", "A after B", "B after B"]
    width = 0.8 / len(forgetting)
    colours = ["#b3400a", "#1f4e9c", "#1b7a3a", "#6a3d9a"]
    for k, (replay, acc) in enumerate(forgetting.items()):
        xs = np.arange(len(labels)) + (k - (len(forgetting) - 1) / 2) * width
        ax.bar(xs, [100 * acc[m] for m in labels], width, color=colours[k % 4],
               label="no replay" if replay == 0 else f"replay of {replay} old images")
    ax.set_xticks(range(len(labels)), ["digits 0-4, after task A", "digits 0-4, after task B",
                                       "digits 5-9, after task B"])
    ax.set_ylabel("test accuracy (%)")
    ax.set_ylim(0, 100)
    ax.set_title("784-100-10 network, task A (0-4) then task B (5-9)", fontsize=9)
    ax.legend(fontsize=8, loc="lower left")


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.learning_in_time``: STDP, forgetting, replay; draw and print."""
    parser = cli.demo_parser(
        "biology.learning_in_time", "STDP on a LIF neuron, and catastrophic forgetting with and "
        "without replay on MNIST (needs MNIST: set MNIST_DIR).", "learning_in_time.png")
    parser.add_argument("--seconds", type=cli.integer(1, 2000), default=200,
                        help="simulated seconds of STDP (default: %(default)s)")
    parser.add_argument("--replay", type=cli.integer(1, 5000), default=500,
                        help="old images kept for replay (default: %(default)s)")
    cli.add_seed_option(parser, what="the input spikes, the weights and the replay buffer")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    from biology.pruning import mnist_arrays

    stdp = run_stdp(input_spikes(args.seconds * 1000, seed=args.seed))
    data = mnist_arrays(10_000, 2000)
    forgetting = {r: sequential_training(data, r, seed=args.seed) for r in (0, args.replay)}
    path = draw(args.out, stdp, forgetting)
    w = stdp[0]
    facts = {"weight_correlated": float(w[:50].mean()), "weight_independent": float(w[50:].mean()),
             "forgetting": {str(r): acc for r, acc in forgetting.items()}, "figure": str(path)}
    lines = [f"STDP after {args.seconds} s: mean weight {w[:50].mean():.2f} (correlated) vs "
             f"{w[50:].mean():.2f} (independent)"]
    lines += [f"replay {r}: digits 0-4 {acc['A after A']:.3f} -> {acc['A after B']:.3f}, "
              f"digits 5-9 {acc['B after B']:.3f}" for r, acc in forgetting.items()]
    return facts, "\n".join([*lines, f"wrote {path}"])


if __name__ == "__main__":
    raise SystemExit(main())
