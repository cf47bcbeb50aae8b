"""``MLP``: the multi-layer perceptron as a scikit-learn-style classifier.

Parameters go to ``__init__``; ``fit(X, y)`` learns; ``predict``, ``predict_proba`` and ``score``
use what was learned. Learned state ends in an underscore (``network_``, ``classes_``,
``history_``, ``n_features_in_``), so "has it been fitted?" is "does ``network_`` exist?". The
contract, the label handling and the fit itself are shared with ``ConvNet`` through
:class:`ml.nn.estimator.NeuralClassifier`; this module adds the table input and the layers.

Everything random (initial weights, batch order, dropout masks, augmentation) flows from one
``random_state`` (the name every estimator of :mod:`ml.base` uses) through independent child
generators: the same int gives the same weights and the same training curve, bit for bit.
"""

import numpy as np

from ml.base import check_array, check_is_fitted
from ml.nn.activations import ACTIVATIONS
from ml.nn.estimator import NeuralClassifier
from ml.nn.flat import share_buffers
from ml.nn.layers import Layer
from ml.nn.network import mlp_layers
from ml.nn.optim import OPTIMIZERS, Optimizer
from ml.nn.schedules import SCHEDULES

__all__ = ["MLP"]


class MLP(NeuralClassifier):
    """A ReLU network trained with mini-batches and softmax cross-entropy.

    Defaults are the project's plain MNIST recipe: 784-128-64-10, Adam at 2e-3 with cosine
    decay to zero over 30 epochs, batch 128, no regularisation (the rate was chosen over 1e-3 on
    5,000 held-out training images, never on the test set). Training takes
    O(epochs * n * params) time; the model holds O(params). Labels are the integers
    ``0 .. n_classes - 1`` or ``n_classes`` class names (see :mod:`ml.nn.estimator`).

    >>> rng = np.random.default_rng(0)
    >>> X = rng.random((200, 2))
    >>> y = (X[:, 0] > X[:, 1]).astype(int)  # two classes split by a line
    >>> model = MLP(hidden=(8,), n_classes=2, epochs=60, batch_size=20, lr=0.01,
    ...             random_state=0)
    >>> model.fit(X, y).score(X, y) > 0.95
    True
    >>> model.predict_proba(X[:3]).shape
    (3, 2)
    """

    def __init__(
        self,
        hidden: tuple[int, ...] = (128, 64),
        n_classes: int = 10,
        activation: str = "relu",
        optimizer: str = "adam",
        lr: float = 2e-3,
        schedule: str = "cosine",
        epochs: int = 30,
        batch_size: int = 128,
        l2: float = 0.0,
        dropout: float = 0.0,
        random_state: int | np.random.Generator | None = 0,
        dtype: type = np.float32,
    ) -> None:
        self.hidden = tuple(int(h) for h in hidden)
        self.n_classes = int(n_classes)
        self.activation = activation
        self.optimizer = optimizer
        self.lr = lr
        self.schedule = schedule
        self.epochs = int(epochs)
        self.batch_size = int(batch_size)
        self.l2 = float(l2)
        self.dropout = float(dropout)
        self.random_state = self._checked_random_state(random_state)
        self.dtype = np.dtype(dtype).name  # a name, so that repr(model) can be evaluated
        self._check_settings()

    def _check_settings(self) -> None:
        if any(h < 1 for h in self.hidden):
            raise ValueError(f"hidden layer widths must be positive, got {self.hidden}")
        if self.n_classes < 2:
            raise ValueError(f"n_classes must be at least 2, got {self.n_classes}")
        if self.activation not in ACTIVATIONS:
            raise ValueError(f"unknown activation {self.activation!r}; "
                             f"choose one of {sorted(ACTIVATIONS)}")
        if self.optimizer not in OPTIMIZERS:
            raise ValueError(f"unknown optimizer {self.optimizer!r}; "
                             f"choose one of {sorted(OPTIMIZERS)}")
        if self.schedule not in SCHEDULES:
            raise ValueError(f"unknown schedule {self.schedule!r}; choose one of {SCHEDULES}")
        if not 0 < self.lr < np.inf:  # written so that NaN fails too
            raise ValueError(f"lr must be positive and finite, got {self.lr}")
        if self.epochs < 1 or self.batch_size < 1:
            raise ValueError(f"epochs and batch_size must be at least 1, got {self.epochs} and "
                             f"{self.batch_size}")
        if not 0 <= self.l2 < np.inf:
            raise ValueError(f"l2 must be non-negative and finite, got {self.l2}")
        if not 0 <= self.dropout < 1:
            raise ValueError(f"dropout must be in [0, 1), got {self.dropout}")
        if np.dtype(self.dtype).kind != "f":
            raise ValueError(f"dtype must be a float type, got {self.dtype}")

    @property
    def sizes(self) -> list[int]:
        """Layer widths from input to output, e.g. ``[784, 128, 64, 10]`` (after fitting)."""
        check_is_fitted(self, "network_")
        return [self.n_features_in_, *self.hidden, self.n_classes]

    def build(self, n_features: int) -> "MLP":
        """Create fresh weights for ``n_features`` inputs without training (``fit`` calls it).

        The untrained model predicts the labels ``0 .. n_classes - 1``.
        """
        self._build((int(n_features),), np.arange(self.n_classes))
        return self

    def restore(self, weights: list[tuple[np.ndarray, np.ndarray]], classes=None,
                settings: dict | None = None, test_accuracy: float | None = None) -> "MLP":
        """Become the model whose Dense ``(W, b)`` pairs are ``weights`` (how a model is loaded).

        ``classes`` are the labels of the output units (default ``0 .. n_classes - 1``);
        ``settings`` and ``test_accuracy`` are notes kept with a saved model, stored as
        ``settings_`` and ``test_accuracy_``. Shapes must fit ``hidden`` and ``n_classes``.

        >>> W = [(np.eye(2), np.zeros(2)), (np.eye(2), np.array([0.0, 1.0]))]
        >>> MLP(hidden=(2,), n_classes=2).restore(W, classes=["no", "yes"]).predict([[0, 0]])
        array(['yes'], dtype='<U3')
        """
        self._build((int(np.shape(weights[0][0])[0]),),
                    np.arange(self.n_classes) if classes is None else np.asarray(classes))
        if self.classes_.shape != (self.n_classes,):
            raise ValueError(f"got {len(self.classes_)} classes for {self.n_classes} outputs")
        self.network_.set_weights(weights)
        self.settings_ = dict(settings or {})
        self.test_accuracy_ = test_accuracy
        return self

    def _layers(self, shape: tuple[int, ...], rng: np.random.Generator) -> list[Layer]:
        sizes = [shape[0], *self.hidden, self.n_classes]
        # one buffer for all weights, one for all gradients: Adam then steps them at once
        return share_buffers(mlp_layers(sizes, self.activation, self.dropout, rng=rng,
                                        dtype=self.dtype))

    def _optimizer(self) -> Optimizer:
        return OPTIMIZERS[self.optimizer](lr=self.lr)

    def _inputs(self, X, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """``X`` as a finite 2-D array of ``dtype`` (one copy at most), ``shape[0]`` columns."""
        if np.ndim(X) != 2:
            raise ValueError(f"X must be 2-D (n_samples, n_features), got shape {np.shape(X)}; "
                             "flatten images first, e.g. X.reshape(len(X), -1)")
        X = check_array(X, dtype=self.dtype)
        if shape is not None and X.shape[1:] != tuple(shape):
            raise ValueError(f"X has {X.shape[1]} features, but MLP was fitted with {shape[0]}; "
                             "give the same columns as in fit")
        return X
