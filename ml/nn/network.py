"""A network is a list of layers: forward runs them in order, backward in reverse.

Backpropagation is the chain rule applied layer by layer. Forward, each layer turns its input into
its output and remembers what it needs. Backward, the gradient of the loss with respect to the
network's output enters the last layer; each layer fills its parameter gradients and hands
``dL/d(its input)`` to the layer before it. One forward and one backward pass cost about as much
as three forward passes, however many parameters there are.

``mlp_layers`` builds the classic multi-layer perceptron, e.g. 784-128-64-10::

    x (n,784) -> Dense -> ReLU -> (n,128) -> Dense -> ReLU -> (n,64) -> Dense -> logits (n,10)

with 784*128+128 + 128*64+64 + 64*10+10 = 109,386 parameters. The output layer has no activation:
its logits go to the fused softmax cross-entropy loss.
"""

import itertools

import numpy as np

from ml.nn.activations import ACTIVATIONS
from ml.nn.layers import Dense, Dropout, Layer

__all__ = ["Sequential", "mlp_layers"]


# --8<-- [start:network]
class Sequential:
    """Layers applied one after another.

    ``params()``/``grads()`` list every parameter array and its gradient in a fixed order, ready
    for an optimizer. Time per pass: the sum of the layers' times.

    >>> net = Sequential(mlp_layers([4, 3, 2], rng=np.random.default_rng(0)))
    >>> net.forward(np.ones((5, 4), dtype=np.float32)).shape
    (5, 2)
    >>> net.n_params  # 4*3+3 + 3*2+2
    23
    """

    def __init__(self, layers: list[Layer]) -> None:
        self.layers = list(layers)

    def forward(self, x: np.ndarray, training: bool = False) -> np.ndarray:
        for layer in self.layers:
            x = layer.forward(x, training=training)
        return x

    def backward(self, grad: np.ndarray, input_grad: bool = True) -> np.ndarray | None:
        """Backpropagate ``dL/d(output)``; return ``dL/d(input)`` (None if ``input_grad=False``).

        ``input_grad=False`` skips the gradient for the network's input, which training never
        uses: for a first Dense layer of 784 inputs that saves the largest matrix product.
        """
        first = self.layers[0]
        for layer in reversed(self.layers[1:]):
            grad = layer.backward(grad)
        if not input_grad and hasattr(first, "backward_params"):
            first.backward_params(grad)
            return None
        return first.backward(grad)

    # --8<-- [end:network]

    def params(self) -> list[np.ndarray]:
        return [p for layer in self.layers for p in layer.params.values()]

    def grads(self) -> list[np.ndarray]:
        return [layer.grads[name] for layer in self.layers for name in layer.params]

    def named_params(self) -> list[tuple[str, np.ndarray]]:
        """``("0.W", array)`` pairs: layer index and parameter name."""
        return [(f"{i}.{name}", p) for i, layer in enumerate(self.layers)
                for name, p in layer.params.items()]

    @property
    def n_params(self) -> int:
        return int(sum(p.size for p in self.params()))

    def dense_layers(self) -> list[Dense]:
        return [layer for layer in self.layers if isinstance(layer, Dense)]

    def get_weights(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Copies of ``(W, b)`` for each Dense layer, input side first."""
        return [(d.params["W"].copy(), d.params["b"].copy()) for d in self.dense_layers()]

    def set_weights(self, weights: list[tuple[np.ndarray, np.ndarray]]) -> None:
        """Copy ``(W, b)`` pairs into the Dense layers (shapes must match; dtype is kept)."""
        dense = self.dense_layers()
        if len(weights) != len(dense):
            raise ValueError(f"got {len(weights)} (W, b) pairs for {len(dense)} Dense layers")
        for i, (layer, (W, b)) in enumerate(zip(dense, weights, strict=True)):
            for name, new in (("W", W), ("b", b)):
                old = layer.params[name]
                new = np.asarray(new)
                if new.shape != old.shape:
                    raise ValueError(f"Dense layer {i} {name}: expected shape {old.shape}, "
                                     f"got {new.shape}")
                old[...] = new  # in place: optimizer state keeps pointing at the same arrays

    def __repr__(self) -> str:
        return "Sequential([" + ", ".join(map(repr, self.layers)) + "])"


def mlp_layers(
    sizes: list[int],
    activation: str = "relu",
    dropout: float = 0.0,
    rng: np.random.Generator | None = None,
    dtype: np.dtype = np.float32,
) -> list[Layer]:
    """Dense layers of the given ``sizes`` with ``activation`` (and dropout) between them.

    He initialisation for ReLU, Xavier otherwise. ``rng`` seeds the weights and the dropout masks.

    >>> mlp_layers([784, 128, 64, 10], dropout=0.1)
    [Dense(784, 128), ReLU(), Dropout(0.1), Dense(128, 64), ReLU(), Dropout(0.1), Dense(64, 10)]
    """
    if len(sizes) < 2 or any(int(s) < 1 for s in sizes):
        raise ValueError(f"sizes must list at least two positive layer widths, got {sizes}")
    if activation not in ACTIVATIONS:
        raise ValueError(f"unknown activation {activation!r}; choose one of {sorted(ACTIVATIONS)}")
    rng = np.random.default_rng(0) if rng is None else rng
    init = "he" if activation == "relu" else "xavier"
    layers: list[Layer] = []
    for i, (n_in, n_out) in enumerate(itertools.pairwise(sizes)):
        layers.append(Dense(n_in, n_out, init=init, rng=rng, dtype=dtype))
        if i < len(sizes) - 2:
            layers.append(ACTIVATIONS[activation]())
            if dropout > 0:
                layers.append(Dropout(dropout, rng=rng))
    return layers
