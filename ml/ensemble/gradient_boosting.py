r"""Gradient boosting: add small trees one at a time, each correcting the current errors.

The model is a sum $F(x) = F_0 + \eta \sum_{m=1}^{M} h_m(x)$ of shallow regression trees $h_m$.
Round $m$ computes the **negative gradient** of the loss with respect to the current
predictions, $r_i = -\partial L(y_i, F(x_i)) / \partial F(x_i)$, fits a tree to it and adds a
shrunken copy ($\eta$ = ``learning_rate``): gradient descent in the space of functions, where
each step must be a tree.

- **Squared loss** (regression), $L = \frac12 (y - F)^2$: the negative gradient is the residual
  $y - F$, so each tree literally fits what is still unexplained. $F_0 = \bar y$. A leaf of
  the residual tree predicts the mean residual of its samples, which is also the best constant
  step there, so with $0 < \eta \le 1$ the training loss never goes up.
- **Log-loss** (binary classification, $y \in \{0, 1\}$, $p = \sigma(F)$),
  $L = -y \log p - (1 - y) \log(1 - p)$: the negative gradient is again $y - p$. The tree is
  grown on it, then each leaf's value is replaced by one Newton step,
  $\gamma = \sum_{\text{leaf}} (y - p) / \sum_{\text{leaf}} p (1 - p)$, because the mean residual
  is not the loss-minimising step for this loss. $F_0 = \log(\bar y / (1 - \bar y))$, the log-odds
  of the positive class.

Small $\eta$ with more rounds generalises better (the shrinkage regularises); shallow trees
(``max_depth`` 2-4) keep each learner weak and fast. Fit O(M * cost of one tree), predict
O(M m depth). ``train_loss_[m]`` is the training loss after round $m$ (index 0 is $F_0$ alone).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, RegressorMixin, check_random_state
from ml.special import sigmoid
from ml.trees import DecisionTreeRegressor

__all__ = ["GradientBoostingClassifier", "GradientBoostingRegressor"]


class _Boosting(BaseEstimator):
    def __init__(self, n_estimators: int = 100, learning_rate: float = 0.1, max_depth: int = 3,
                 min_samples_leaf: int = 1, max_features=None, random_state=0):
        self.n_estimators = n_estimators
        self.learning_rate = learning_rate
        self.max_depth = max_depth
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.random_state = random_state

    def _check_params(self) -> None:
        if self.n_estimators < 1 or not 0.0 < self.learning_rate <= 1.0:
            raise ValueError(f"need n_estimators >= 1 and 0 < learning_rate <= 1, got "
                             f"{self.n_estimators} and {self.learning_rate}")

    def _new_tree(self, rng: np.random.Generator) -> DecisionTreeRegressor:
        return DecisionTreeRegressor(max_depth=self.max_depth,
                                     min_samples_leaf=self.min_samples_leaf,
                                     max_features=self.max_features,
                                     random_state=int(rng.integers(2**32)))

    def _raw_predict(self, X) -> np.ndarray:
        X = self._validate_predict(X)
        F = np.full(len(X), self.init_)
        for tree, leaf_value in zip(self.estimators_, self.leaf_values_, strict=True):
            F += self.learning_rate * leaf_value[tree.apply(X)]
        return F


class GradientBoostingRegressor(RegressorMixin, _Boosting):
    """Least-squares gradient boosting with shallow CART regression trees.

    Learned: ``init_`` ($F_0 = \\bar y$), ``estimators_``, ``leaf_values_`` (one array per
    tree, indexed by node), ``train_loss_`` (mean $\\frac12 (y - F)^2$, length M + 1).

    >>> X = np.arange(10.0).reshape(-1, 1)
    >>> model = GradientBoostingRegressor(n_estimators=50, max_depth=2).fit(X, X[:, 0] ** 2)
    >>> bool(model.train_loss_[-1] < 0.01 * model.train_loss_[0])
    True
    """

    def fit(self, X, y) -> "GradientBoostingRegressor":
        """Boost ``n_estimators`` trees on ``X`` ``(n, d)`` and targets ``y`` ``(n,)``."""
        self._check_params()
        X, y = self._validate_fit(X, y, y_numeric=True)
        rng = check_random_state(self.random_state)
        self.init_ = float(y.mean())
        F = np.full(len(y), self.init_)
        self.estimators_, self.leaf_values_ = [], []
        self.train_loss_ = [0.5 * float(np.mean((y - F) ** 2))]
        for _ in range(self.n_estimators):
            tree = self._new_tree(rng).fit(X, y - F)
            leaf_value = tree.value_[:, 1] / tree.value_[:, 0]  # mean residual per node
            F += self.learning_rate * leaf_value[tree.apply(X)]
            self.estimators_.append(tree)
            self.leaf_values_.append(leaf_value)
            self.train_loss_.append(0.5 * float(np.mean((y - F) ** 2)))
        return self

    def predict(self, X) -> np.ndarray:
        """$F(x)$, shape ``(m,)``."""
        return self._raw_predict(X)


class GradientBoostingClassifier(ClassifierMixin, _Boosting):
    """Binary log-loss gradient boosting with Newton-step leaf values.

    Learned: ``classes_`` (two), ``init_`` (log-odds), ``estimators_``, ``leaf_values_``,
    ``train_loss_`` (mean log-loss, length M + 1).

    >>> X = np.array([[0.0], [1.0], [2.0], [3.0], [4.0], [5.0]])
    >>> model = GradientBoostingClassifier(n_estimators=20, learning_rate=0.5, max_depth=1)
    >>> model.fit(X, ["a", "a", "a", "b", "b", "b"]).predict([[0.5], [4.5]]).tolist()
    ['a', 'b']
    """

    def fit(self, X, y) -> "GradientBoostingClassifier":
        """Boost ``n_estimators`` trees on ``X`` ``(n, d)`` and two-class labels ``y``."""
        self._check_params()
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y).astype(np.float64)
        if len(self.classes_) != 2:
            raise ValueError(f"GradientBoostingClassifier handles two classes, got "
                             f"{len(self.classes_)}; train one model per class (one-vs-rest) "
                             "for more")
        rng = check_random_state(self.random_state)
        self.init_ = float(np.log(t.mean() / (1.0 - t.mean())))
        F = np.full(len(t), self.init_)
        self.estimators_, self.leaf_values_ = [], []
        self.train_loss_ = [_log_loss(t, F)]
        for _ in range(self.n_estimators):
            p = sigmoid(F)
            tree = self._new_tree(rng).fit(X, t - p)
            leaves = tree.apply(X)
            size = tree.node_count_
            numerator = np.bincount(leaves, weights=t - p, minlength=size)
            hessian = np.bincount(leaves, weights=p * (1.0 - p), minlength=size)
            # a pure leaf has p(1-p) -> 0; the floor caps its Newton step instead of dividing by 0
            leaf_value = numerator / np.maximum(hessian, 1e-12)
            F += self.learning_rate * leaf_value[leaves]
            self.estimators_.append(tree)
            self.leaf_values_.append(leaf_value)
            self.train_loss_.append(_log_loss(t, F))
        return self

    def decision_function(self, X) -> np.ndarray:
        """Log-odds $F(x)$ of the second class, shape ``(m,)``."""
        return self._raw_predict(X)

    def predict_proba(self, X) -> np.ndarray:
        """``(m, 2)`` probabilities, columns in the order of ``classes_``."""
        p = sigmoid(self._raw_predict(X))
        return np.column_stack([1.0 - p, p])

    def predict(self, X) -> np.ndarray:
        """The more probable class, shape ``(m,)``."""
        F = self._raw_predict(X)
        return self.classes_[(F > 0).astype(np.int64)]


def _log_loss(t: np.ndarray, F: np.ndarray) -> float:
    """Mean binary cross-entropy from log-odds, stable for any F."""
    return float(np.mean(np.logaddexp(0.0, F) - t * F))
