r"""Decision trees (CART): ask one yes/no question about one feature, then recurse.

A tree splits the data at a node by a test $x_j \le t$, sending the samples that pass left and
the rest right, and keeps splitting each side until a stopping rule holds; a leaf predicts the
class proportions (classification) or the mean target (regression) of its training samples.

**Choosing a split** (greedy, one node at a time). For every candidate feature $j$, sort the
node's samples by $x_j$; every gap between two *different* consecutive values is a candidate
threshold (their midpoint). The split kept is the one with the least total child impurity
$n_L\, I(L) + n_R\, I(R)$ (see :mod:`ml.trees.criteria`), which is the same as the greatest
impurity decrease. Sums for all "first $i$ samples" children come from one cumulative sum, so a
node with $n$ samples and $f$ candidate features costs O(f n log n) for the sorts plus O(f n m)
for the sums ($m$ = classes, or 3 for regression). A split that does not lower the impurity is
still allowed while the node is impure: on XOR-like data no single first question helps, yet
the second level separates everything.

**Stopping.** A node becomes a leaf when it is pure, when ``max_depth`` is reached, when it has
fewer than ``min_samples_split`` samples, or when no split leaves ``min_samples_leaf`` on each
side. With no limits a tree fits any training set without duplicate conflicting points
perfectly, which is exactly why the limits (or an ensemble) are needed to generalise.

``max_features`` draws a fresh random subset of features at each node (seeded by
``random_state``), among the features that are not constant in that node: the ingredient
random forests add. Fit O(depth * d * n log n) time; predict
O(m * depth).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, RegressorMixin, check_random_state
from ml.trees.criteria import CLASSIFICATION, REGRESSION, target_matrix, weighted_impurity

__all__ = ["DecisionTreeClassifier", "DecisionTreeRegressor"]

_LEAF = -1
_CHUNK = 64  # features scored at once: bounds the (n, chunk, m) cumulative-sum array


def _n_candidate_features(max_features, d: int) -> int:
    if max_features is None:
        return d
    if max_features == "sqrt":
        return max(1, int(np.sqrt(d)))
    if max_features == "log2":
        return max(1, int(np.log2(d)))
    if isinstance(max_features, float) and 0.0 < max_features <= 1.0:
        return max(1, int(max_features * d))
    if isinstance(max_features, int | np.integer) and 1 <= max_features <= d:
        return int(max_features)
    raise ValueError(f"max_features must be None, 'sqrt', 'log2', a float in (0, 1] or an int in "
                     f"[1, {d}], got {max_features!r}")


def _best_split(X: np.ndarray, T: np.ndarray, features: np.ndarray, criterion: str,
                min_leaf: int) -> tuple[float, int, float]:
    """Least child impurity over ``features``: ``(cost, feature, threshold)``; cost inf if none.

    ``X`` is the node's ``(n, d)`` samples, ``T`` its ``(m, n)`` transposed target matrix.
    """
    n = X.shape[0]
    best = (np.inf, -1, 0.0)
    if n < 2 * min_leaf:
        return best
    total = T.sum(axis=1)[:, None, None]
    for start in range(0, len(features), _CHUNK):
        cols = features[start:start + _CHUNK]
        V = X[:, cols]
        order = np.argsort(V, axis=0, kind="stable")
        V = np.take_along_axis(V, order, axis=0)
        # (m, n-1, f): target sums of the first i+1 samples in each feature's sorted order; the
        # target axis first and the feature axis last keep every step on contiguous memory
        left = np.cumsum(np.take(T, order, axis=1), axis=1)[:, :-1]
        cost = weighted_impurity(left, criterion) + weighted_impurity(total - left, criterion)
        cost[V[1:] == V[:-1]] = np.inf  # cannot cut between equal values
        cost[: min_leaf - 1] = np.inf
        cost[n - min_leaf:] = np.inf
        i, j = np.unravel_index(np.argmin(cost), cost.shape)
        if cost[i, j] < best[0]:
            low, high = V[i, j], V[i + 1, j]
            middle = (low + high) / 2
            # two adjacent floats have no number strictly between them
            best = (float(cost[i, j]), int(cols[j]), float(middle if middle < high else low))
    return best


class _DecisionTree(BaseEstimator):
    """The tree builder and the arrays that hold a fitted tree, shared by both estimators.

    The tree is stored flat: node ``i`` has ``feature_[i]`` and ``threshold_[i]`` (or -1 for a
    leaf), children ``left_[i]``, ``right_[i]``, and ``value_[i]``, the leaf prediction.
    """

    def __init__(self, criterion: str, max_depth: int | None = None, min_samples_split: int = 2,
                 min_samples_leaf: int = 1, max_features=None, random_state=0):
        self.criterion = criterion
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.random_state = random_state

    def _grow(self, X: np.ndarray, T: np.ndarray) -> None:
        T = np.ascontiguousarray(T.T)  # (m, n): see _best_split
        if self.max_depth is not None and self.max_depth < 0:
            raise ValueError(f"max_depth must be None or >= 0, got {self.max_depth}")
        if self.min_samples_split < 2 or self.min_samples_leaf < 1:
            raise ValueError("need min_samples_split >= 2 and min_samples_leaf >= 1, got "
                             f"{self.min_samples_split} and {self.min_samples_leaf}")
        n, d = X.shape
        n_try = _n_candidate_features(self.max_features, d)
        rng = check_random_state(self.random_state)
        feature, threshold, left, right, value = [], [], [], [], []
        stack = [(np.arange(n), 0, -1, False)]  # (sample indices, depth, parent, is right child)
        while stack:
            idx, depth, parent, is_right = stack.pop()
            node = len(feature)
            if parent >= 0:
                (right if is_right else left)[parent] = node
            sums = T[:, idx].sum(axis=1)
            feature.append(_LEAF)
            threshold.append(0.0)
            left.append(_LEAF)
            right.append(_LEAF)
            value.append(sums)
            # pure = every target row equal (one class, or one value); testing this exactly
            # avoids trusting an impurity that rounding leaves slightly above zero
            pure = np.ptp(T[:, idx], axis=1).max() == 0
            if pure or len(idx) < self.min_samples_split or (
                    self.max_depth is not None and depth >= self.max_depth):
                continue
            X_node = X[idx]
            # a feature constant in this node cannot split it: draw candidates among the others
            varying = np.flatnonzero(X_node.max(axis=0) > X_node.min(axis=0))
            if len(varying) > n_try:
                varying = np.sort(rng.choice(varying, n_try, replace=False))
            _, j, t = _best_split(X_node, T[:, idx], varying, self.criterion,
                                  self.min_samples_leaf)
            if j < 0:
                continue
            feature[node], threshold[node] = j, t
            goes_left = X[idx, j] <= t
            stack.append((idx[~goes_left], depth + 1, node, True))
            stack.append((idx[goes_left], depth + 1, node, False))
        self.feature_ = np.array(feature)
        self.threshold_ = np.array(threshold)
        self.left_ = np.array(left)
        self.right_ = np.array(right)
        self.value_ = np.array(value)

    @property
    def node_count_(self) -> int:
        """Number of nodes, leaves included."""
        return len(self.feature_)

    def get_depth(self) -> int:
        """Length of the longest root-to-leaf path (a single leaf has depth 0). O(nodes)."""
        depth = np.zeros(self.node_count_, dtype=np.int64)
        for i in range(self.node_count_):  # children are always numbered after their parent
            if self.feature_[i] != _LEAF:
                depth[self.left_[i]] = depth[self.right_[i]] = depth[i] + 1
        return int(depth.max())

    def apply(self, X) -> np.ndarray:
        """Index of the leaf each row of ``X`` ends in, shape ``(m,)``. O(m * depth)."""
        X = self._validate_predict(X)
        node = np.zeros(len(X), dtype=np.int64)
        active = self.feature_[node] != _LEAF
        while active.any():
            rows = np.flatnonzero(active)
            at = node[rows]
            go_left = X[rows, self.feature_[at]] <= self.threshold_[at]
            node[rows] = np.where(go_left, self.left_[at], self.right_[at])
            active[rows] = self.feature_[node[rows]] != _LEAF
        return node


class DecisionTreeClassifier(ClassifierMixin, _DecisionTree):
    """CART classifier with ``criterion`` ``"gini"`` or ``"entropy"``.

    Learned: ``classes_``, the flat tree arrays (``feature_``, ``threshold_``, ``left_``,
    ``right_``, ``value_`` = class counts per node, ``(nodes, k)``), ``n_features_in_``.

    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    >>> tree = DecisionTreeClassifier().fit(X, [0, 1, 1, 0])  # XOR: needs two levels
    >>> tree.predict(X).tolist(), tree.get_depth()
    ([0, 1, 1, 0], 2)
    """

    def __init__(self, criterion: str = "gini", max_depth: int | None = None,
                 min_samples_split: int = 2, min_samples_leaf: int = 1, max_features=None,
                 random_state=0):
        super().__init__(criterion, max_depth, min_samples_split, min_samples_leaf,
                         max_features, random_state)

    def fit(self, X, y) -> "DecisionTreeClassifier":
        """Grow the tree on ``X`` ``(n, d)`` and labels ``y`` ``(n,)``."""
        if self.criterion not in CLASSIFICATION:
            raise ValueError(f"criterion must be one of {CLASSIFICATION}, got {self.criterion!r}")
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        self._grow(X, target_matrix(t, self.criterion, len(self.classes_)))
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Class proportions of the leaf each row reaches, ``(m, k)``."""
        leaves = self.apply(X)
        counts = self.value_[leaves]
        return counts / counts.sum(axis=1, keepdims=True)

    def predict(self, X) -> np.ndarray:
        """The majority class of each row's leaf, shape ``(m,)``."""
        leaves = self.apply(X)
        return self.classes_[self.value_[leaves].argmax(axis=1)]


class DecisionTreeRegressor(RegressorMixin, _DecisionTree):
    """CART regressor: splits that minimise the squared error, leaves predict the mean.

    Learned: the flat tree arrays (``value_`` holds ``(n, sum y, sum y^2)`` per node),
    ``n_features_in_``.

    >>> X = np.array([[1.0], [2.0], [3.0], [4.0]])
    >>> DecisionTreeRegressor(max_depth=1).fit(X, [1.0, 1.0, 5.0, 7.0]).predict([[0.0], [9.0]])
    array([1., 6.])
    """

    def __init__(self, criterion: str = "squared_error", max_depth: int | None = None,
                 min_samples_split: int = 2, min_samples_leaf: int = 1, max_features=None,
                 random_state=0):
        super().__init__(criterion, max_depth, min_samples_split, min_samples_leaf,
                         max_features, random_state)

    def fit(self, X, y) -> "DecisionTreeRegressor":
        """Grow the tree on ``X`` ``(n, d)`` and targets ``y`` ``(n,)``."""
        if self.criterion not in REGRESSION:
            raise ValueError(f"criterion must be one of {REGRESSION}, got {self.criterion!r}")
        X, y = self._validate_fit(X, y, y_numeric=True)
        # sum y^2 - (sum y)^2 / n cancels every digit when y sits far from 0 (y = 1e8 + noise):
        # grow on y - mean, then write the sums back in terms of y
        offset = float(y.mean())
        self._grow(X, target_matrix(y - offset, self.criterion))
        n, s, q = self.value_.T
        self.value_ = np.column_stack([n, s + n * offset, q + 2 * offset * s + n * offset**2])
        return self

    def predict(self, X) -> np.ndarray:
        """The mean training target of each row's leaf, shape ``(m,)``."""
        leaves = self.apply(X)
        sums = self.value_[leaves]
        return sums[:, 1] / sums[:, 0]
