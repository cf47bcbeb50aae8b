"""A tiny neural network built of ``Value`` scalars: neurons, layers, an MLP and its loss.

Every weight is a ``Value``, so a forward pass builds one big graph and ``loss.backward()``
gives the gradient of every weight. It is slow (one Python object per multiply), but each step
is visible, which makes it the reference the vectorised ``ml.nn`` network is checked against:
build both from the same weights and their gradients must agree.

Conventions match ``ml.nn.Dense``: a layer of ``n_in`` inputs and ``n_out`` neurons has weights
``W[i][j]`` (input ``i`` to neuron ``j``) and biases ``b[j]``. ``ValueMLP.from_weights`` copies
``(W, b)`` pairs in that layout. A neuron, layer or MLP built without ``rng`` draws from its
own stream (seeded from :func:`ml.base.independent_rng`), as ``ml.nn``'s layers do: two of them
never start with equal weights, and a program that builds them in the same order is
reproducible. A forward pass costs O(parameters) ``Value`` operations per example.

The classes are named ``ValueNeuron``, ``ValueLayer`` and ``ValueMLP`` because the same ideas
exist twice more with other protocols: the vectorised ``ml.nn.Layer`` and estimator ``ml.nn.MLP``,
and the neuron-by-neuron ``ml.nn.neuron.LoopNeuron``.
"""

import itertools
import random

from ml.autograd.value import Value
from ml.base import independent_rng

__all__ = ["ValueLayer", "ValueMLP", "ValueNeuron", "softmax_cross_entropy"]


def _own_stream() -> random.Random:
    """A ``random.Random`` seeded from the library's next independent stream."""
    return random.Random(int(independent_rng().integers(2**63)))


class ValueNeuron:
    """``act(sum_i w_i x_i + b)`` with ``act`` ReLU (``nonlinear=True``) or the identity.

    >>> n = ValueNeuron(2, rng=random.Random(0))
    >>> len(n.parameters())
    3
    """

    def __init__(self, n_in: int, nonlinear: bool = True, rng: random.Random | None = None):
        rng = _own_stream() if rng is None else rng
        scale = (2.0 / n_in) ** 0.5  # He, as in ml.nn
        self.w = [Value(rng.gauss(0.0, scale)) for _ in range(n_in)]
        self.b = Value(0.0)
        self.nonlinear = nonlinear

    def __call__(self, x: list[Value | float]) -> Value:
        if len(x) != len(self.w):
            raise ValueError(f"neuron has {len(self.w)} inputs, got {len(x)}")
        z = sum((wi * xi for wi, xi in zip(self.w, x, strict=True)), self.b)
        return z.relu() if self.nonlinear else z

    def parameters(self) -> list[Value]:
        return [*self.w, self.b]


class ValueLayer:
    """``n_out`` neurons reading the same ``n_in`` inputs.

    >>> ValueLayer(3, 2)([1.0, 2.0, 3.0]).__len__()
    2
    """

    def __init__(self, n_in: int, n_out: int, nonlinear: bool = True,
                 rng: random.Random | None = None):
        rng = _own_stream() if rng is None else rng
        self.neurons = [ValueNeuron(n_in, nonlinear, rng) for _ in range(n_out)]

    def __call__(self, x: list[Value | float]) -> list[Value]:
        return [neuron(x) for neuron in self.neurons]

    def parameters(self) -> list[Value]:
        return [p for neuron in self.neurons for p in neuron.parameters()]


class ValueMLP:
    """Layers of the given ``sizes``, ReLU between them, a linear output layer (the logits).

    >>> net = ValueMLP([2, 4, 3], rng=random.Random(0))
    >>> len(net.parameters())  # 2*4+4 + 4*3+3
    27
    >>> loss = softmax_cross_entropy(net([1.0, -1.0]), label=2)
    >>> loss.backward()
    >>> all(p.grad == p.grad for p in net.parameters())  # every weight got a (finite) gradient
    True
    """

    def __init__(self, sizes: list[int], rng: random.Random | None = None):
        if len(sizes) < 2 or min(sizes) < 1:
            raise ValueError(f"sizes must list at least two positive widths, got {sizes}")
        rng = _own_stream() if rng is None else rng
        last = len(sizes) - 2
        self.layers = [ValueLayer(n_in, n_out, nonlinear=i < last, rng=rng)
                       for i, (n_in, n_out) in enumerate(itertools.pairwise(sizes))]

    @classmethod
    def from_weights(cls, weights: list[tuple]) -> "ValueMLP":
        """An MLP whose layer ``k`` has ``W = weights[k][0]`` (n_in, n_out), ``b = weights[k][1]``.

        Accepts numpy arrays or nested lists.

        >>> net = ValueMLP.from_weights([([[1.0], [2.0]], [0.5])])  # y = x0 + 2 x1 + 0.5
        >>> net([1.0, 1.0])[0].data
        3.5
        """
        sizes = [len(weights[0][0])] + [len(b) for _, b in weights]
        net = cls(sizes)
        for layer, (W, b) in zip(net.layers, weights, strict=True):
            for j, neuron in enumerate(layer.neurons):
                for i, w in enumerate(neuron.w):
                    w.data = float(W[i][j])
                neuron.b.data = float(b[j])
        return net

    def __call__(self, x: list[Value | float]) -> list[Value]:
        for layer in self.layers:
            x = layer(x)
        return x

    def parameters(self) -> list[Value]:
        return [p for layer in self.layers for p in layer.parameters()]

    def weight_grads(self) -> list[tuple[list[list[float]], list[float]]]:
        """``(dL/dW, dL/db)`` per layer in the ``from_weights`` layout (after ``backward``)."""
        return [([[n.w[i].grad for n in layer.neurons] for i in range(len(layer.neurons[0].w))],
                 [n.b.grad for n in layer.neurons]) for layer in self.layers]


def softmax_cross_entropy(logits: list[Value], label: int) -> Value:
    """``-log softmax(logits)[label]`` as ``logsumexp(z) - z[label]``, with the max pulled out.

    The maximum is subtracted as a constant (a float, not a Value): the loss does not depend on
    it, so no gradient needs to flow through it, and ``exp`` never overflows.

    >>> round(softmax_cross_entropy([Value(0.0), Value(0.0)], 1).data, 4)  # log 2
    0.6931
    """
    if not 0 <= label < len(logits):
        raise IndexError(f"label {label} is out of range for {len(logits)} classes")
    m = max(z.data for z in logits)
    total = sum(((z - m).exp() for z in logits), Value(0.0))
    return total.log() + m - logits[label]
