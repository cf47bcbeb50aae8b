"""``NeuralClassifier``: what every network estimator (``MLP``, ``ConvNet``) shares.

A network estimator keeps the same contract as the classic models in :mod:`ml.base`:
hyper-parameters in ``__init__`` (so ``get_params``, ``clone`` and ``repr`` come from
``BaseEstimator``), ``fit`` returns ``self``, ``predict`` before ``fit`` raises
:class:`ml.base.NotFittedError`, ``score`` is accuracy, and labels may be any values, kept in
``classes_``. What differs between an MLP and a CNN is small, and is all a subclass writes:

- ``_inputs(X, shape)``: check and convert ``X`` to the network's input (a table for the MLP,
  images for the CNN), and compare its per-sample shape with ``shape`` when one is given;
- ``_layers(shape, rng)``: the list of layers for inputs of that per-sample shape;
- ``_optimizer()``: the optimizer to train with.

Everything else is here once: the labels, the fit (which hands the work to
:func:`ml.nn.training.train`), logits computed in chunks, probabilities, predictions.

**Labels.** Output unit ``j`` of the network stands for ``classes_[j]``, and there are
``n_classes`` units. Numeric labels must be the integers ``0 .. n_classes - 1`` (then
``classes_`` is exactly that range, even if some class is missing from a small sample, so unit
``j`` always means digit ``j``); labels that are not numbers (class names) are sorted, and there
must be exactly ``n_classes`` of them.

Everything random (initial weights, batch order, dropout masks, augmentation) flows from the
one ``random_state`` through two child generators, one for building and one for training: the
same int gives the same weights and the same training curve, bit for bit. ``random_state``
follows the convention of :mod:`ml.base`, like every other estimator: an int seeds a fresh
generator, a ``numpy.random.Generator`` is used as given, ``None`` asks for fresh entropy.
"""

import time
from abc import ABCMeta, abstractmethod

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, check_is_fitted, check_random_state
from ml.nn.layers import Layer
from ml.nn.network import Sequential
from ml.nn.optim import Optimizer
from ml.nn.schedules import make_schedule
from ml.nn.training import Augment, train
from ml.special import softmax

__all__ = ["NeuralClassifier"]


class NeuralClassifier(ClassifierMixin, BaseEstimator, metaclass=ABCMeta):
    """Base class of the network classifiers: a subclass supplies inputs, layers and optimizer.

    Learned state: ``network_`` (a :class:`ml.nn.network.Sequential`), ``classes_``,
    ``n_features_in_``, ``input_shape_`` (one sample's shape), ``history_`` and
    ``train_seconds_``. Training takes O(epochs * n * cost of one sample), predicting
    O(n * cost of one sample) in chunks of ``eval_chunk`` samples (which bounds the memory).

    >>> from ml.nn.network import mlp_layers
    >>> from ml.nn.optim import Adam
    >>> class Linear(NeuralClassifier):
    ...     def __init__(self, n_classes=2, lr=0.1, epochs=20, batch_size=8, random_state=0):
    ...         self.n_classes, self.lr, self.epochs = n_classes, lr, epochs
    ...         self.batch_size, self.random_state = batch_size, random_state
    ...         self.schedule = "constant"
    ...     def _inputs(self, X, shape=None):
    ...         return np.asarray(X, dtype=np.float64)
    ...     def _layers(self, shape, rng):
    ...         return mlp_layers([shape[0], self.n_classes], rng=rng, dtype=np.float64)
    ...     def _optimizer(self):
    ...         return Adam(self.lr)
    >>> X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    >>> Linear().fit(X, ["left", "left", "right", "right"]).predict([[-3.0], [3.0]]).tolist()
    ['left', 'right']
    """

    eval_chunk = 8192  # samples per forward pass when predicting

    # --- what a subclass writes -------------------------------------------------------------
    @abstractmethod
    def _inputs(self, X, shape: tuple[int, ...] | None = None) -> np.ndarray:
        """``X`` checked and converted; its per-sample shape must equal ``shape`` if given."""

    @abstractmethod
    def _layers(self, shape: tuple[int, ...], rng: np.random.Generator) -> list[Layer]:
        """The network's layers for samples of ``shape``, weights drawn from ``rng``."""

    @abstractmethod
    def _optimizer(self) -> Optimizer:
        """A fresh optimizer for one ``fit``."""

    @staticmethod
    def _checked_random_state(value):
        """``random_state`` as a subclass stores it: any integer as a Python int (so that it
        can be written to JSON), a generator or None unchanged; anything else is refused now
        rather than at ``fit``.

        >>> NeuralClassifier._checked_random_state(np.int64(3))
        3
        >>> NeuralClassifier._checked_random_state(0.5)
        Traceback (most recent call last):
        ...
        TypeError: random_state must be None, an int or a numpy Generator, got float
        """
        if isinstance(value, int | np.integer) and not isinstance(value, bool):
            return int(value)
        if value is None or isinstance(value, np.random.Generator):
            return value
        raise TypeError(f"random_state must be None, an int or a numpy Generator, got "
                        f"{type(value).__name__}")

    # --- fit ----------------------------------------------------------------------------------
    def fit(self, X, y, eval_sets: dict[str, tuple] | None = None,
            augment: Augment | None = None, progress: bool = False):
        """Learn from ``X`` and labels ``y``; returns ``self``.

        ``eval_sets`` maps names to ``(X, y)`` pairs scored after every epoch into ``history_``
        (for monitoring; training never looks at them). ``augment(x_batch, rng)`` may transform
        each training batch. ``progress`` prints a bar per epoch to stderr.
        """
        X = self._inputs(X)
        y = self._encode_targets(y, len(X))
        monitored = {name: self._eval_pair(Xe, ye, X.shape[1:])
                     for name, (Xe, ye) in (eval_sets or {}).items()}
        self._build(X.shape[1:], self.classes_)
        schedule = make_schedule(self.schedule, self.lr, self.epochs)
        start = time.perf_counter()
        self.history_ = train(self.network_, X, y, self._optimizer(), schedule, self.epochs,
                              self.batch_size, self._train_rng, l2=getattr(self, "l2", 0.0),
                              augment=augment, eval_sets=monitored, progress=progress)
        self.train_seconds_ = time.perf_counter() - start
        return self

    def _build(self, shape: tuple[int, ...], classes: np.ndarray) -> None:
        """Fresh weights for samples of ``shape``; keeps the training generator for ``fit``."""
        init_rng, self._train_rng = check_random_state(self.random_state).spawn(2)
        self.network_ = Sequential(self._layers(tuple(shape), init_rng))
        self.classes_ = np.asarray(classes)
        self.input_shape_ = tuple(int(s) for s in shape)
        self.n_features_in_ = int(np.prod(shape))

    def _eval_pair(self, X, y, shape: tuple[int, ...]) -> tuple[np.ndarray, np.ndarray]:
        X = self._inputs(X, shape)
        return X, self._class_indices(y, len(X))

    # --- labels -------------------------------------------------------------------------------
    def _encode_targets(self, y, n: int) -> np.ndarray:
        """Set ``classes_`` from the training labels; return them as output-unit indices."""
        y = _label_vector(y, n)
        if y.dtype.kind in "OUS":  # class names: sorted, one output unit each
            classes, indices = np.unique(y, return_inverse=True)
            if len(classes) != self.n_classes:
                raise ValueError(
                    f"y holds {len(classes)} distinct labels but the network has "
                    f"n_classes={self.n_classes} outputs; set n_classes={len(classes)}")
            self.classes_ = classes
            return indices.reshape(-1).astype(np.int64)
        self.classes_ = np.arange(self.n_classes)
        return self._class_indices(y, n)

    def _class_indices(self, y, n: int) -> np.ndarray:
        """Labels as output-unit indices, for the ``classes_`` already set; O(n log k)."""
        y = _label_vector(y, n)
        if self.classes_.dtype.kind in "OUS":
            pos = np.searchsorted(self.classes_, y).clip(max=len(self.classes_) - 1)
            unknown = self.classes_[pos] != y
            if unknown.any():
                example = y[unknown][0].item()
                raise ValueError(f"y holds labels never seen in fit, e.g. {example!r}; "
                                 f"known: {self.classes_.tolist()}")
            return pos.astype(np.int64)
        if not np.issubdtype(y.dtype, np.integer):
            if not (np.issubdtype(y.dtype, np.floating) and np.all(y == np.round(y))):
                raise ValueError(f"y must hold integer class labels, got dtype {y.dtype}")
        y = y.astype(np.int64)
        if y.min() < 0 or y.max() >= self.n_classes:
            raise ValueError(f"labels must lie in [0, {self.n_classes - 1}], got values from "
                             f"{y.min()} to {y.max()}")
        return y

    # --- predict ------------------------------------------------------------------------------
    def decision_function(self, X) -> np.ndarray:
        """Logits ``(n, n_classes)``: the scores before softmax, ``eval_chunk`` rows at a time."""
        check_is_fitted(self, "network_")
        X = self._inputs(X, self.input_shape_)
        return np.concatenate([self.network_.forward(X[i : i + self.eval_chunk])
                               for i in range(0, len(X), self.eval_chunk)])

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities ``(n, n_classes)``, columns in the order of ``classes_``."""
        return softmax(self.decision_function(X))

    def predict(self, X) -> np.ndarray:
        """The most probable label for each sample, shape ``(n,)``."""
        logits = self.decision_function(X)  # first: it checks that fit ran
        return self.classes_[logits.argmax(axis=1)]

    @property
    def n_params(self) -> int:
        """Number of learned numbers (weights and biases)."""
        check_is_fitted(self, "network_")
        return self.network_.n_params


def _label_vector(y, n: int) -> np.ndarray:
    y = np.asarray(y)
    if y.shape != (n,):
        raise ValueError(f"y must have shape ({n},) to match X, got {y.shape}")
    return y
