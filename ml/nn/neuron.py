"""The same network, one neuron at a time: slow by design, written to be read.

A **neuron** holds one weight per input and a bias. It computes a weighted sum and passes it
through an activation::

    z = w_1 a_1 + w_2 a_2 + ... + w_n a_n + b        a = relu(z) = max(0, z)

The weights say which pattern of inputs the neuron looks for; the bias says how strong the
evidence must be before it fires. A **layer** is a list of neurons that all read the same inputs.
A **network** stacks layers; the last one has one neuron per digit, whose weighted sums (scores)
become probabilities through softmax, ``p_k = e^{z_k} / sum_j e^{z_j}``, and the loss is
``-log p_y`` for the true digit ``y``.

**Backpropagation, neuron by neuron.** For the output neurons, ``dloss/dz_k = p_k - [k == y]``.
A neuron that knows ``dloss/dz`` (call it ``delta``) can answer three questions:

- how to change its weights: ``dloss/dw_i = delta * a_i`` (its input ``a_i``);
- how to change its bias: ``dloss/db = delta``;
- how much each input was to blame: ``delta * w_i``. Summing that blame over all the neurons of a
  layer gives ``dloss/da_i`` for the layer below, whose ReLU neurons turn it into their own
  ``delta = dloss/da * [z > 0]``. And so on down to the first layer.

Gradients are summed over the examples of a batch and divided by its size (the loss is a mean).
``LoopNetwork.from_weights`` and ``to_weights`` convert to and from the vectorised model's
``(W, b)`` pairs (``W`` has shape ``(n_in, n_out)``; column ``j`` is neuron ``j``'s weights), and a
test proves both versions compute the same outputs and gradients. One example costs
O(params) time in Python-level loops over neurons: dozens of times slower per image than the
vectorised model, which does the same arithmetic as matrix products (``benchmarks/mnist_mlp.py``
measures it: about 45 times).
"""

import numpy as np

from ml.special import softmax

__all__ = ["LoopLayer", "LoopNetwork", "LoopNeuron"]

# The names say "Loop" because the same ideas have vectorised classes in ml.nn.layers (``Layer``,
# ``Dense``) and scalar-graph ones in ml.autograd (``ValueNeuron``, ``ValueLayer``, ``ValueMLP``).


# --8<-- [start:neuron]
class LoopNeuron:
    """Weighted sum of the inputs plus a bias, then ReLU (or nothing, for output neurons).

    >>> n = LoopNeuron(np.array([0.5, -1.0]), bias=0.25)
    >>> n.forward(np.array([2.0, 0.5]))  # 0.5*2 - 1*0.5 + 0.25
    0.75
    >>> n.backward(1.0).tolist()  # blame passed to each input: delta * w
    [0.5, -1.0]
    >>> n.grad_weights.tolist(), n.grad_bias  # delta * input, delta
    ([2.0, 0.5], 1.0)
    """

    def __init__(self, weights: np.ndarray, bias: float = 0.0, relu: bool = True) -> None:
        self.weights = np.array(weights, dtype=np.float64).reshape(-1)
        self.bias = float(bias)
        self.relu = relu
        self.zero_grad()

    def forward(self, inputs: np.ndarray) -> float:
        self.inputs = inputs
        self.z = float(np.dot(self.weights, inputs)) + self.bias  # the weighted sum
        return max(0.0, self.z) if self.relu else self.z

    def backward(self, grad_output: float) -> np.ndarray:
        """Take dloss/d(output); add to this neuron's gradients; return dloss/d(inputs)."""
        delta = grad_output * (1.0 if self.z > 0 else 0.0) if self.relu else grad_output
        self.grad_weights += delta * self.inputs
        self.grad_bias += delta
        return delta * self.weights

    def zero_grad(self) -> None:
        self.grad_weights = np.zeros_like(self.weights)
        self.grad_bias = 0.0


# --8<-- [end:neuron]


# --8<-- [start:layer]
class LoopLayer:
    """Neurons side by side, all reading the same inputs.

    >>> layer = LoopLayer([LoopNeuron([1.0, 0.0]), LoopNeuron([0.0, -1.0])])
    >>> layer.forward(np.array([3.0, 2.0])).tolist()  # second neuron: relu(-2) = 0
    [3.0, 0.0]
    >>> layer.backward(np.array([1.0, 1.0])).tolist()  # blame summed over the neurons
    [1.0, 0.0]
    """

    def __init__(self, neurons: list[LoopNeuron]) -> None:
        self.neurons = list(neurons)

    def forward(self, inputs: np.ndarray) -> np.ndarray:
        return np.array([neuron.forward(inputs) for neuron in self.neurons])

    def backward(self, grad_outputs: np.ndarray) -> np.ndarray:
        grad_inputs = np.zeros_like(self.neurons[0].weights)
        for neuron, grad in zip(self.neurons, grad_outputs, strict=True):
            grad_inputs += neuron.backward(float(grad))
        return grad_inputs


# --8<-- [end:layer]


class LoopNetwork:
    """ReLU hidden layers and a softmax output layer, trained by per-example backpropagation.

    >>> net = LoopNetwork([2, 3, 2], seed=0)
    >>> p = net.forward(np.array([0.5, -0.5]))
    >>> p.shape, round(float(p.sum()), 12)
    ((2,), 1.0)
    """

    def __init__(self, sizes: list[int], seed: int = 0) -> None:
        if len(sizes) < 2 or any(s < 1 for s in sizes):
            raise ValueError(f"sizes must list at least two positive widths, got {sizes}")
        rng = np.random.default_rng(seed)
        self.layers = []
        for i in range(len(sizes) - 1):
            n_in, n_out = sizes[i], sizes[i + 1]
            std = np.sqrt(2.0 / n_in)  # He initialisation, as in the vectorised model
            is_hidden = i < len(sizes) - 2
            neurons = [LoopNeuron(rng.standard_normal(n_in) * std, 0.0, is_hidden)
                       for _ in range(n_out)]
            self.layers.append(LoopLayer(neurons))

    def forward(self, x: np.ndarray) -> np.ndarray:
        """Probabilities of each class for one example ``x`` (1-D)."""
        a = np.asarray(x, dtype=np.float64)
        for layer in self.layers:
            a = layer.forward(a)
        self.probs = softmax(a)  # the scores as probabilities, the maximum shifted out first
        return self.probs

    def backward(self, label: int) -> None:
        """Add this example's gradients to every neuron, after ``forward`` on it."""
        grad = self.probs.copy()
        grad[label] -= 1.0  # dloss/dz at the output: p - onehot(label)
        for layer in reversed(self.layers):
            grad = layer.backward(grad)


    def neurons(self) -> list[LoopNeuron]:
        return [neuron for layer in self.layers for neuron in layer.neurons]

    def loss(self, X: np.ndarray, y: np.ndarray) -> float:
        """Mean cross-entropy ``-log p_y`` over the examples."""
        losses = [-np.log(self.forward(x)[label]) for x, label in zip(X, y, strict=True)]
        return float(np.mean(losses))

    def gradients(self, X: np.ndarray, y: np.ndarray) -> list[tuple[np.ndarray, np.ndarray]]:
        """Mean-loss gradients over a batch as ``(dW, db)`` per layer, in the vectorised shapes.

        >>> net = LoopNetwork([3, 2], seed=1)
        >>> [g.shape for g in net.gradients(np.ones((4, 3)), np.array([0, 1, 1, 0]))[0]]
        [(3, 2), (2,)]
        """
        _check_batch(X, y, len(self.layers[0].neurons[0].weights))
        for neuron in self.neurons():
            neuron.zero_grad()
        for x, label in zip(X, y, strict=True):
            self.forward(x)
            self.backward(int(label))
        n = len(X)
        return [(np.stack([nr.grad_weights for nr in layer.neurons], axis=1) / n,
                 np.array([nr.grad_bias for nr in layer.neurons]) / n) for layer in self.layers]


    def fit(self, X: np.ndarray, y: np.ndarray, epochs: int = 1, lr: float = 0.1,
            batch_size: int = 1, seed: int = 0) -> "LoopNetwork":
        """Plain SGD on shuffled mini-batches (``batch_size=1``: one example per step).

        >>> X = np.array([[0.0, 1.0], [1.0, 0.0]] * 4)
        >>> y = np.array([0, 1] * 4)
        >>> net = LoopNetwork([2, 4, 2], seed=0).fit(X, y, epochs=20, lr=0.2)
        >>> net.predict(X[:2]).tolist()
        [0, 1]
        """
        rng = np.random.default_rng(seed)
        for _ in range(epochs):
            order = rng.permutation(len(X))
            for start in range(0, len(X), batch_size):
                batch = order[start : start + batch_size]
                grads = self.gradients(X[batch], y[batch])
                for layer, (dW, db) in zip(self.layers, grads, strict=True):
                    for j, neuron in enumerate(layer.neurons):
                        neuron.weights -= lr * dW[:, j]
                        neuron.bias -= lr * float(db[j])
        return self

    def predict_proba(self, X: np.ndarray) -> np.ndarray:
        return np.array([self.forward(x) for x in X])

    def predict(self, X: np.ndarray) -> np.ndarray:
        return self.predict_proba(X).argmax(axis=1)

    @classmethod
    def from_weights(cls, weights: list[tuple[np.ndarray, np.ndarray]]) -> "LoopNetwork":
        """Build from the vectorised model's ``(W (n_in, n_out), b (n_out,))`` pairs.

        >>> W, b = np.arange(6.0).reshape(3, 2), np.array([0.5, -0.5])
        >>> net = LoopNetwork.from_weights([(W, b)])
        >>> net.layers[0].neurons[1].weights.tolist(), net.layers[0].neurons[1].bias
        ([1.0, 3.0, 5.0], -0.5)
        >>> np.array_equal(net.to_weights()[0][0], W)
        True
        """
        if not weights:
            raise ValueError("weights must hold at least one (W, b) pair")
        net = cls.__new__(cls)
        net.layers = []
        for i, (W, b) in enumerate(weights):
            W, b = np.asarray(W, dtype=np.float64), np.asarray(b, dtype=np.float64)
            if W.ndim != 2 or b.shape != (W.shape[1],):
                raise ValueError(f"layer {i}: W must be (n_in, n_out) and b (n_out,), got "
                                 f"{W.shape} and {b.shape}")
            is_hidden = i < len(weights) - 1
            net.layers.append(LoopLayer([LoopNeuron(W[:, j], b[j], is_hidden)
                                     for j in range(W.shape[1])]))
        return net

    def to_weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """The ``(W, b)`` pairs the vectorised model uses."""
        return [(np.stack([n.weights for n in layer.neurons], axis=1),
                 np.array([n.bias for n in layer.neurons])) for layer in self.layers]


def _check_batch(X: np.ndarray, y: np.ndarray, n_in: int) -> None:
    if X.ndim != 2 or X.shape[1] != n_in or len(X) == 0:
        raise ValueError(f"X must have shape (n >= 1, {n_in}), got {X.shape}")
    if len(y) != len(X):
        raise ValueError(f"y has {len(y)} labels for {len(X)} examples")


Network = LoopNetwork  # the old name, kept because benchmarks/mnist_mlp.py imports it
