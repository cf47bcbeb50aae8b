"""Does the brain do backprop? Feedback alignment and predictive coding against backpropagation.

Backpropagation sends each output error back through the *transpose* of the forward weights:
a hidden unit's error is ``(e @ W2.T) * f'(h)``. A synapse in a brain carries a signal one way
only, so a neuron upstream cannot read the strength of the synapses downstream of it. This is
the "weight transport problem" (Grossberg, 1987), and it is the main reason backprop is called
biologically implausible. This module trains the same small network three ways and measures how
far each learning signal is from the true gradient:

* **Backprop (BP)**: the exact gradient, through ``W2.T``.
* **Feedback alignment (FA)**, Lillicrap et al. (2016): the error goes back through a *fixed
  random* matrix ``B`` instead of ``W2.T``. Nothing is transported. It still learns, because the
  forward weights ``W2`` come to align with ``B.T``, so that the random feedback points less than
  90 degrees away from the true gradient.
* **Predictive coding (PC)**, Whittington and Bogacz (2017): every layer holds a value ``x`` and
  predicts the next from it; the mismatches ``eps`` are prediction errors. With the output
  clamped to the target, the hidden values relax to lower the total error, and every weight then
  changes by (error after it) x (activity before it), a purely local Hebbian-like product. At the
  end of the relaxation the hidden error approximates the backprop error, so the updates
  approximate the gradient.

All three use the project's own layers (``ml.nn.Dense``, ``ml.nn.Tanh``, ``ml.nn.SGD``), the same
initial weights, data and learning rate. The network is 784-100-10 with tanh hidden units and a
softmax output.

>>> net = make_net(n_hidden=4, seed=0)
>>> net.hidden.params["W"].shape, net.feedback.shape
((784, 4), (10, 4))
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure, single_threaded
from ml.nn import SGD, Dense, SoftmaxCrossEntropy, Tanh

RULES = ("backprop", "feedback alignment", "predictive coding")


@dataclass
class Net:
    """A 784-H-10 network: a Dense tanh layer, a Dense softmax layer, and the fixed feedback B."""

    hidden: Dense
    out: Dense
    feedback: np.ndarray  # (10, H): FA's stand-in for out.params["W"].T, never learned
    act: Tanh = field(default_factory=Tanh)

    def params(self) -> list[np.ndarray]:
        return [self.hidden.params["W"], self.hidden.params["b"],
                self.out.params["W"], self.out.params["b"]]

    def grads(self) -> list[np.ndarray]:
        return [self.hidden.grads["W"], self.hidden.grads["b"],
                self.out.grads["W"], self.out.grads["b"]]

    def logits(self, x: np.ndarray) -> np.ndarray:
        return self.out.forward(self.act.forward(self.hidden.forward(x)))


def make_net(n_hidden: int = 100, seed: int = 0) -> Net:
    """Weights from ``seed``: the same seed gives the same starting network for every rule.

    >>> a, b = make_net(3, seed=1), make_net(3, seed=1)
    >>> bool(np.array_equal(a.out.params["W"], b.out.params["W"]))
    True
    """
    rng = np.random.default_rng(seed)
    hidden = Dense(784, n_hidden, init="xavier", rng=rng, dtype=np.float64)
    out = Dense(n_hidden, 10, init="xavier", rng=rng, dtype=np.float64)
    # B has the scale of W2 (uniform, Xavier's range) but is drawn independently of it.
    limit = np.sqrt(6.0 / (n_hidden + 10))
    return Net(hidden, out, rng.uniform(-limit, limit, size=(10, n_hidden)))


# --8<-- [start:bp-fa]
def backprop_step(net: Net, x: np.ndarray, y: np.ndarray, rule: str = "backprop") -> float:
    """Fill ``net``'s grads by backprop, or by feedback alignment; return the batch loss.

    The two differ in one line: the matrix that carries the output error back to the hidden
    layer is ``W2.T`` (backprop) or the fixed random ``B`` (feedback alignment).
    """
    loss = SoftmaxCrossEntropy()
    value = loss.forward(net.logits(x), y)
    e = loss.backward()  # dL/dlogits, (n, 10)
    net.out.backward_params(e)
    back = net.out.params["W"].T if rule == "backprop" else net.feedback
    net.hidden.backward_params(net.act.backward(e @ back))
    return value
# --8<-- [end:bp-fa]


# --8<-- [start:pc]
def predictive_coding_step(net: Net, x: np.ndarray, y: np.ndarray, steps: int = 20,
                           rate: float = 0.1) -> float:
    """Fill ``net``'s grads by predictive coding (Whittington and Bogacz, 2017); return the
    total prediction error ("energy") F at the end of the relaxation.

    The hidden value nodes start at the feed-forward prediction ``mu1 = x W1 + b1``. With the
    output clamped to the label, they descend F = |x1 - mu1|^2 / 2 + CE(softmax(tanh(x1) W2), y):
    each unit is pulled back towards its prediction (-eps1) and pushed by the error above it,
    arriving through the forward weights' own synapses. Then each layer's update is the local
    product (activity before) x (error after), which ``Dense.backward_params`` computes.
    """
    n = len(x)
    target = np.eye(10)[y]
    mu1 = net.hidden.forward(x)
    x1 = mu1.copy()
    for _ in range(steps):
        a1 = np.tanh(x1)
        eps2 = target - _softmax(a1 @ net.out.params["W"] + net.out.params["b"])
        eps1 = x1 - mu1
        x1 += rate * (-eps1 + (1 - a1 * a1) * (eps2 @ net.out.params["W"].T))
    a1 = np.tanh(x1)
    p = _softmax(net.out.forward(a1))  # out.forward also records a1 for backward_params
    eps2, eps1 = target - p, x1 - mu1
    net.out.backward_params(-eps2 / n)
    net.hidden.backward_params(-eps1 / n)
    return float(0.5 * np.sum(eps1 ** 2) / n - np.mean(np.log(p[np.arange(n), y] + 1e-12)))
# --8<-- [end:pc]


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def learning_step(net: Net, x: np.ndarray, y: np.ndarray, rule: str, pc_steps: int = 20
                  ) -> None:
    """Fill ``net``'s grads by ``rule`` (one of :data:`RULES`); predictive coding relaxes for
    ``pc_steps`` steps first."""
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}; choose one of {list(RULES)}")
    if rule == "predictive coding":
        predictive_coding_step(net, x, y, steps=pc_steps)
    else:
        backprop_step(net, x, y, rule)


def angle(a: np.ndarray, b: np.ndarray) -> float:
    """The angle between two arrays seen as vectors, in degrees.

    >>> angle(np.array([1.0, 0.0]), np.array([1.0, 1.0]))
    45.0
    """
    cos = float(np.sum(a * b) / (np.linalg.norm(a) * np.linalg.norm(b)))
    return round(float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))), 10)


def signal_angle(net: Net, x: np.ndarray, y: np.ndarray, rule: str, pc_steps: int = 20
                 ) -> float:
    """Degrees between ``rule``'s update of the hidden weights W1 and the true gradient.

    >>> net = make_net(8, seed=0)
    >>> x, y = np.random.default_rng(0).random((5, 784)), np.arange(5)
    >>> signal_angle(net, x, y, "backprop")
    0.0
    """
    backprop_step(net, x, y, "backprop")
    true = net.hidden.grads["W"].copy()
    learning_step(net, x, y, rule, pc_steps)
    return angle(net.hidden.grads["W"], true)


def accuracy(net: Net, x: np.ndarray, y: np.ndarray) -> float:
    """Fraction of ``x`` classified correctly."""
    return float(np.mean(net.logits(x).argmax(axis=1) == y))


def train(rule: str, data: tuple[np.ndarray, ...], epochs: int = 4, n_hidden: int = 100,
          lr: float = 0.1, batch: int = 32, seed: int = 0, pc_steps: int = 20
          ) -> dict[str, list[float]]:
    """Train with ``rule`` by SGD; record test accuracy and the W1-update angle per quarter epoch.

    ``data`` is (X_train, y_train, X_test, y_test). The angle is measured on the first 500
    training images, against the gradient of the network as it is at that moment.
    ``pc_steps`` is the number of relaxation steps of predictive coding (ignored by the others).
    """
    X, y, X_test, y_test = data
    net, opt = make_net(n_hidden, seed), SGD(lr=lr)
    order_rng = np.random.default_rng(seed + 1)
    probe = (X[:500], y[:500])
    history: dict[str, list[float]] = {"epoch": [0.0], "accuracy": [accuracy(net, X_test, y_test)],
                                       "angle": [signal_angle(net, *probe, rule, pc_steps)]}
    per_epoch = len(X) // batch
    marks = {round(per_epoch * q / 4) for q in (1, 2, 3, 4)}
    for epoch in range(epochs):
        order = order_rng.permutation(len(X))
        for k in range(per_epoch):
            rows = order[k * batch:(k + 1) * batch]
            learning_step(net, X[rows], y[rows], rule, pc_steps)
            opt.step(net.params(), net.grads())
            if k + 1 in marks:
                history["epoch"].append(epoch + (k + 1) / per_epoch)
                history["accuracy"].append(accuracy(net, X_test, y_test))
                history["angle"].append(signal_angle(net, *probe, rule, pc_steps))
    return history


def compare(data: tuple[np.ndarray, ...], epochs: int = 4, seed: int = 0,
            pc_steps: int = 20) -> dict[str, dict]:
    """Train the same network by each of :data:`RULES`; ``{rule: history}``."""
    with single_threaded():
        return {rule: train(rule, data, epochs=epochs, seed=seed, pc_steps=pc_steps)
                for rule in RULES}


def draw(out: Path, histories: dict[str, dict]) -> Path:
    """Draw the essay's figure: test accuracy, and the angle to the true gradient, per epoch."""
    plt = pyplot()
    fig, (ax_a, ax_g) = plt.subplots(2, 1, figsize=(6.8, 6.4), sharex=True)
    # One colour and dash per rule in both panels, dark enough to read on white.
    styles = {"backprop": ("-", "#1f4e9c"), "feedback alignment": ("--", "#b3400a"),
              "predictive coding": (":", "#1b7a3a")}
    for rule, h in histories.items():
        dash, colour = styles[rule]
        ax_a.plot(h["epoch"], 100 * np.array(h["accuracy"]), dash, color=colour, marker="o",
                  ms=3, lw=1.6, label=rule)
        if rule != "backprop":
            ax_g.plot(h["epoch"], h["angle"], dash, color=colour, marker="o", ms=3, lw=1.6,
                      label=rule)
    ax_a.set_ylabel("test accuracy (%)")
    ax_a.set_title("784-100-10 tanh network on an MNIST subset, three learning rules",
                   fontsize=10)
    ax_a.legend(fontsize=8, loc="lower right")
    ax_g.axhline(90, color="grey", lw=0.8, ls="-.", label="90°: no better than orthogonal")
    ax_g.set_ylim(0, 100)
    ax_g.set_xlabel("epoch")
    ax_g.set_ylabel("angle to the gradient of W1 (°)")
    ax_g.set_title("how far each rule's hidden-layer update is from backprop's", fontsize=10)
    ax_g.legend(fontsize=8, loc="center right")
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.brain_backprop``: train three ways, draw, print the final numbers."""
    parser = cli.demo_parser(
        "biology.brain_backprop", "Backprop, feedback alignment and predictive coding on an "
        "MNIST subset (needs MNIST: set MNIST_DIR).", "brain_backprop.png")
    parser.add_argument("--train", type=cli.integer(100, 60_000), default=5000,
                        help="training images used (default: %(default)s)")
    parser.add_argument("--epochs", type=cli.integer(1, 50), default=4,
                        help="passes over the training images (default: %(default)s)")
    # The third exercise sweeps it from 1 (exactly the gradient's direction) to 100.
    parser.add_argument("--pc-steps", type=cli.integer(1, 1000), default=20,
                        help="relaxation steps of predictive coding per batch "
                             "(default: %(default)s)")
    cli.add_seed_option(parser, what="the weights, the feedback matrix and the batch order")
    return cli.run(parser, argv, _demo)


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    from biology.pruning import mnist_arrays

    data = mnist_arrays(args.train, 2000)
    histories = compare(data, epochs=args.epochs, seed=args.seed, pc_steps=args.pc_steps)
    path = draw(args.out, histories)
    facts = {rule: {"accuracy": h["accuracy"][-1], "angle_deg": h["angle"][-1]}
             for rule, h in histories.items()}
    lines = [f"{rule:>18}: test accuracy {f['accuracy']:.3f}, W1 update "
             f"{f['angle_deg']:.1f}° from the gradient" for rule, f in facts.items()]
    lines[-1] += f" ({args.pc_steps} relaxation steps)"
    return ({**facts, "pc_steps": args.pc_steps, "figure": str(path)},
            "\n".join([*lines, f"wrote {path}"]))


if __name__ == "__main__":
    raise SystemExit(main())
