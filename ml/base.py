"""The estimator contract shared by every classic model, and the input checks it rests on.

Every model follows one shape, borrowed from scikit-learn so that a reader learns it once:

- hyper-parameters are the arguments of ``__init__`` and are stored unchanged;
- ``fit(X, y)`` learns from ``X`` of shape ``(n_samples, n_features)`` and returns ``self``;
- everything learned ends in an underscore (``coef_``, ``classes_``, ``n_features_in_``), so
  "has it been fitted?" is the question "does ``n_features_in_`` exist?";
- ``predict(X)`` returns ``(n_samples,)``; classifiers may add ``predict_proba(X)`` of shape
  ``(n_samples, n_classes)``, columns in the order of ``classes_``;
- ``score(X, y)`` is accuracy for a classifier and $R^2$ for a regressor.

The checks live here once, so every model rejects bad input with the same clear message:
1-D ``X`` where a table is needed, NaN or infinity, ``X`` and ``y`` of different lengths, a
classifier given a single class, ``predict`` before ``fit`` (:class:`NotFittedError`) and a
feature count at ``predict`` that differs from the one seen by ``fit``. Each check costs
O(n_samples * n_features) time, a single pass over the data.

**Iterative fits.** An estimator that stops on a tolerance and reaches ``max_iter`` first emits
one :class:`ConvergenceWarning` (the model is usable, but not the optimum it promises), and a
loss that rises is never mistaken for convergence.

**Randomness, one convention.** Everything random is reproducible by default, and nothing
random is silently shared:

- every estimator takes ``random_state``, default ``0``: an int seeds a fresh generator, a
  ``numpy.random.Generator`` is used as it is, and ``None`` asks the operating system for
  fresh entropy (a different result every run);
- a network layer built without ``rng`` (``Dense``, ``Dropout``, ``Conv2D``, the autograd
  ``ValueNeuron``) draws its own stream from :func:`independent_rng`, the next child of one
  library-wide ``SeedSequence(0)``: two such layers never share weights or dropout masks, yet a
  program that builds its layers in the same order gets the same numbers on every run. Pass
  ``rng`` to control the streams yourself;
- a builder of a whole network (``ml.nn.network.mlp_layers``, ``ml.cnn.model.cnn_layers``) is
  like an estimator: without ``rng`` it uses ``default_rng(0)`` and hands that one generator to
  its layers in turn, so they differ from each other and the network is the same every run.

>>> class Mean(RegressorMixin, BaseEstimator):
...     def fit(self, X, y):
...         X, y = self._validate_fit(X, y)
...         self.mean_ = float(y.mean())
...         return self
...     def predict(self, X):
...         X = self._validate_predict(X)
...         return np.full(len(X), self.mean_)
>>> Mean().fit([[1.0], [2.0]], [3.0, 5.0]).predict([[0.0]])
array([4.])
>>> Mean().predict([[0.0]])
Traceback (most recent call last):
...
ml.base.NotFittedError: Mean is not fitted yet: call fit(X, y) before predict or score
"""

import inspect
import warnings

import numpy as np

from ml.metrics.classification import accuracy
from ml.metrics.regression import r2_score

__all__ = [
    "BaseEstimator",
    "ClassifierMixin",
    "ClusterMixin",
    "ConvergenceWarning",
    "NotFittedError",
    "RegressorMixin",
    "TransformerMixin",
    "check_X_y",
    "check_array",
    "check_is_fitted",
    "check_random_state",
    "clone",
    "independent_rng",
    "warn_not_converged",
]


class NotFittedError(ValueError):
    """Raised when ``predict``, ``transform`` or ``score`` is called before ``fit``.

    >>> issubclass(NotFittedError, ValueError)
    True
    """


class ConvergenceWarning(UserWarning):
    """An iterative fit stopped at ``max_iter`` before meeting its tolerance.

    >>> issubclass(ConvergenceWarning, UserWarning)
    True
    """


def warn_not_converged(estimator, max_iter: int, advice: str) -> None:
    """Emit the one :class:`ConvergenceWarning` message, naming the estimator and what to try.

    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     warn_not_converged(object(), 10, "raise max_iter")
    >>> str(caught[0].message)
    'object did not converge in max_iter=10 iterations; raise max_iter'
    """
    warnings.warn(f"{type(estimator).__name__} did not converge in max_iter={max_iter} "
                  f"iterations; {advice}", ConvergenceWarning, stacklevel=3)


# the root of every stream handed to a layer built without an rng (see the module docstring)
_ROOT_SEED = np.random.SeedSequence(0)


def independent_rng() -> np.random.Generator:
    """A generator on the next child stream of the library-wide ``SeedSequence(0)``.

    Successive calls give statistically independent streams, in the same order every run.

    >>> a, b = independent_rng(), independent_rng()
    >>> bool(a.random() != b.random())
    True
    """
    return np.random.default_rng(_ROOT_SEED.spawn(1)[0])


def check_array(X, name: str = "X", ensure_2d: bool = True, dtype=np.float64) -> np.ndarray:
    """``X`` as a finite float array (``dtype``, float64 unless asked), 2-D unless
    ``ensure_2d=False``.

    Raises ``TypeError`` for non-numeric data and ``ValueError`` for a 1-D table, an empty one,
    or NaN/infinity. Time and space O(X.size); no copy when ``X`` already has ``dtype``.

    >>> check_array([[1, 2], [3, 4]]).dtype
    dtype('float64')
    >>> check_array([1.0, 2.0])
    Traceback (most recent call last):
    ...
    ValueError: X must be 2-D (n_samples, n_features), got shape (2,); ...
    >>> check_array([[1.0, float("nan")]])
    Traceback (most recent call last):
    ...
    ValueError: X contains NaN or infinity (1 entries); remove or impute them before fitting
    """
    arr = np.asarray(X)
    if arr.dtype == object or not (np.issubdtype(arr.dtype, np.number)
                                   or arr.dtype == np.bool_):
        raise TypeError(f"{name} must be numeric, got dtype {arr.dtype}; encode categories first "
                        "(for example with ml.preprocessing.OneHotEncoder)")
    arr = arr.astype(dtype, copy=False)
    if ensure_2d:
        if arr.ndim != 2:
            raise ValueError(
                f"{name} must be 2-D (n_samples, n_features), got shape {arr.shape}; for a "
                f"single feature use {name}.reshape(-1, 1), for a single sample "
                f"{name}.reshape(1, -1)")
        if arr.shape[1] == 0:
            raise ValueError(f"{name} has no features (shape {arr.shape}); give at least one")
    if arr.size == 0 or (arr.ndim > 0 and arr.shape[0] == 0):
        raise ValueError(f"{name} is empty (shape {arr.shape}); give at least one sample")
    bad = ~np.isfinite(arr)
    if bad.any():
        raise ValueError(f"{name} contains NaN or infinity ({int(bad.sum())} entries); remove or "
                         "impute them before fitting")
    return arr


def check_X_y(X, y, y_numeric: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Check a training pair: ``X`` 2-D finite floats, ``y`` 1-D of the same length.

    ``y_numeric=True`` (regression) also makes ``y`` finite float64; otherwise its labels are
    returned as given. Time O(X.size + len(y)).

    >>> X, y = check_X_y([[0.0], [1.0]], [0, 1])
    >>> X.shape, y.tolist()
    ((2, 1), [0, 1])
    >>> check_X_y([[0.0], [1.0]], [0, 1, 1])
    Traceback (most recent call last):
    ...
    ValueError: X has 2 samples but y has 3: they must have one label per row of X
    """
    X = check_array(X)
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] == 1:
        y = y.ravel()
    if y.ndim != 1:
        raise ValueError(f"y must be 1-D (n_samples,), got shape {y.shape}")
    if len(y) != len(X):
        raise ValueError(f"X has {len(X)} samples but y has {len(y)}: they must have one label "
                         "per row of X")
    if y_numeric:
        y = check_array(y, name="y", ensure_2d=False)
    return X, y


def check_is_fitted(estimator, attribute: str = "n_features_in_") -> None:
    """Raise :class:`NotFittedError` unless ``estimator`` has the learned ``attribute``.

    >>> class Model: pass
    >>> check_is_fitted(Model())
    Traceback (most recent call last):
    ...
    ml.base.NotFittedError: Model is not fitted yet: call fit(X, y) before predict or score
    """
    if not hasattr(estimator, attribute):
        raise NotFittedError(f"{type(estimator).__name__} is not fitted yet: call fit(X, y) "
                             "before predict or score")


def check_random_state(seed) -> np.random.Generator:
    """A numpy ``Generator`` from ``None``, an int seed or an existing generator.

    >>> int(check_random_state(0).integers(10)) == int(check_random_state(0).integers(10))
    True
    """
    if isinstance(seed, np.random.Generator):
        return seed
    if seed is None or isinstance(seed, int | np.integer):
        return np.random.default_rng(seed)
    raise TypeError(f"random_state must be None, an int or a numpy Generator, got "
                    f"{type(seed).__name__}")


class BaseEstimator:
    """Parameters from ``__init__``, a readable ``repr`` and the fit/predict input checks.

    >>> class Model(BaseEstimator):
    ...     def __init__(self, alpha=1.0):
    ...         self.alpha = alpha
    >>> Model(alpha=0.5)
    Model(alpha=0.5)
    >>> Model().get_params()
    {'alpha': 1.0}
    """

    def get_params(self) -> dict:
        """The ``__init__`` arguments as a dict (what ``clone`` copies). O(number of params)."""
        params = inspect.signature(type(self).__init__).parameters.values()
        names = [p.name for p in params if p.name != "self"
                 and p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
        return {name: getattr(self, name) for name in names}

    def __repr__(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.get_params().items())
        return f"{type(self).__name__}({args})"

    def _validate_fit(self, X, y=None, y_numeric: bool = False):
        """Check the training data and record ``n_features_in_``."""
        if y is None:
            X = check_array(X)
            self.n_features_in_ = X.shape[1]
            return X
        X, y = check_X_y(X, y, y_numeric=y_numeric)
        self.n_features_in_ = X.shape[1]
        return X, y

    def _validate_predict(self, X) -> np.ndarray:
        """Check that ``fit`` ran and that ``X`` has the features it saw."""
        check_is_fitted(self)
        X = check_array(X)
        if X.shape[1] != self.n_features_in_:
            raise ValueError(f"X has {X.shape[1]} features, but {type(self).__name__} was fitted "
                             f"with {self.n_features_in_}; give the same columns as in fit")
        return X


def clone(estimator):
    """A new, unfitted estimator with the same hyper-parameters.

    >>> class Model(BaseEstimator):
    ...     def __init__(self, k=3):
    ...         self.k = k
    >>> clone(Model(k=5))
    Model(k=5)
    """
    return type(estimator)(**estimator.get_params())


class ClassifierMixin:
    """``classes_`` bookkeeping and accuracy as the score.

    Labels may be any sortable values (ints, strings); internally the model works with their
    positions ``0..k-1`` in the sorted ``classes_``.

    >>> m = ClassifierMixin()
    >>> m._encode_labels(np.array(["b", "a", "b"])).tolist(), m.classes_.tolist()
    ([1, 0, 1], ['a', 'b'])
    """

    _estimator_type = "classifier"

    def _encode_labels(self, y: np.ndarray, min_classes: int = 2) -> np.ndarray:
        """Store ``classes_`` and return ``y`` as class indices; O(n log n)."""
        if np.issubdtype(y.dtype, np.floating) and not np.isfinite(y).all():
            raise ValueError("y contains NaN or infinity; every sample needs a class label")
        self.classes_, indices = np.unique(y, return_inverse=True)
        if len(self.classes_) < min_classes:
            raise ValueError(f"{type(self).__name__} needs at least {min_classes} classes in y, "
                             f"got {len(self.classes_)} ({self.classes_.tolist()}); a classifier "
                             "cannot learn to tell apart classes it has not seen")
        return indices.reshape(-1)

    def score(self, X, y) -> float:
        """Accuracy: the fraction of ``X``'s rows whose predicted label equals ``y``."""
        y = np.asarray(y).reshape(-1)
        predicted = self.predict(X)
        if len(y) != len(predicted):
            raise ValueError(f"X has {len(predicted)} samples but y has {len(y)}")
        # compare as class positions; a label never seen in fit gets position k (never predicted)
        k = len(self.classes_)
        pos = np.searchsorted(self.classes_, y).clip(max=k - 1)
        true_idx = np.where(self.classes_[pos] == y, pos, k)
        pred_idx = np.searchsorted(self.classes_, predicted)
        return accuracy(true_idx.astype(np.int64), pred_idx.astype(np.int64))


class RegressorMixin:
    """$R^2$ as the score.

    >>> class Zero(RegressorMixin):
    ...     def predict(self, X):
    ...         return np.zeros(len(X))
    >>> Zero().score([[0.0], [0.0]], [1.0, -1.0])
    0.0
    """

    _estimator_type = "regressor"

    def score(self, X, y) -> float:
        """Coefficient of determination $R^2$ of ``predict(X)`` against ``y``."""
        return r2_score(y, self.predict(X))


class TransformerMixin:
    """``fit_transform`` written once: fit on ``X``, then transform that same ``X``.

    >>> class Centre(TransformerMixin, BaseEstimator):
    ...     def fit(self, X, y=None):
    ...         self.mean_ = np.mean(X, axis=0)
    ...         return self
    ...     def transform(self, X):
    ...         return np.asarray(X) - self.mean_
    >>> Centre().fit_transform([[1.0], [3.0]]).tolist()
    [[-1.0], [1.0]]
    """

    _estimator_type = "transformer"

    def fit_transform(self, X, y=None) -> np.ndarray:
        """``fit(X, y)`` then ``transform(X)``; ``y`` is accepted and ignored by unsupervised
        transformers, so they fit into the same pipelines as supervised ones."""
        return self.fit(X, y).transform(X)


class ClusterMixin:
    """``fit_predict`` written once, for clusterers that label the points they were fitted on.

    >>> class Sign(ClusterMixin, BaseEstimator):
    ...     def fit(self, X, y=None):
    ...         self.labels_ = (np.asarray(X)[:, 0] > 0).astype(int)
    ...         return self
    >>> Sign().fit_predict([[-1.0], [2.0]]).tolist()
    [0, 1]
    """

    _estimator_type = "clusterer"

    def fit_predict(self, X, y=None) -> np.ndarray:
        """Fit on ``X`` and return ``labels_``, the cluster of each of its rows (``y`` ignored)."""
        return self.fit(X, y).labels_
