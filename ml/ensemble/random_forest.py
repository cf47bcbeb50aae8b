r"""Random forests: many decorrelated trees, averaged.

A deep decision tree has low bias but high variance: a slightly different training set gives
a very different tree. Averaging $B$ trees whose errors were independent would divide the
variance by $B$; trees grown on the same data are far from independent, so Breiman's random
forest decorrelates them twice:

1. **bagging**: each tree sees a bootstrap sample, ``n`` draws *with replacement* from the ``n``
   training rows (about $1 - 1/e \approx 63\%$ distinct rows each);
2. **feature subsampling**: each split considers only ``max_features`` randomly chosen features
   ($\sqrt d$ by default for classification), so one strong feature cannot sit at the top of
   every tree.

A classifier averages the trees' class probabilities (soft voting); a regressor averages their
predictions. Every tree is seeded from ``random_state``, so a forest is reproducible. Fit costs
$B$ trees, O(B depth (f n log n + d n)) with $f$ features tried per split (the $d n$ finds the
features that vary in a node); predict O(B m depth).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, RegressorMixin, check_random_state
from ml.trees import DecisionTreeClassifier, DecisionTreeRegressor

__all__ = ["RandomForestClassifier", "RandomForestRegressor"]


class _Forest(BaseEstimator):
    def __init__(self, n_estimators: int = 100, max_depth: int | None = None,
                 min_samples_split: int = 2, min_samples_leaf: int = 1, max_features="sqrt",
                 bootstrap: bool = True, random_state=0):
        self.n_estimators = n_estimators
        self.max_depth = max_depth
        self.min_samples_split = min_samples_split
        self.min_samples_leaf = min_samples_leaf
        self.max_features = max_features
        self.bootstrap = bootstrap
        self.random_state = random_state

    def _grow_trees(self, X: np.ndarray, y: np.ndarray, make_tree, min_classes: int) -> None:
        if self.n_estimators < 1:
            raise ValueError(f"n_estimators must be >= 1, got {self.n_estimators}")
        rng = check_random_state(self.random_state)
        n = len(X)
        self.estimators_ = []
        for _ in range(self.n_estimators):
            rows = np.arange(n)
            for _attempt in range(100):  # a bootstrap sample may miss all but one class
                if self.bootstrap:
                    rows = rng.integers(0, n, size=n)
                if len(np.unique(y[rows])) >= min_classes:
                    break
            tree = make_tree(int(rng.integers(2**32)))
            self.estimators_.append(tree.fit(X[rows], y[rows]))

    def _tree_params(self, seed: int) -> dict:
        return {"max_depth": self.max_depth, "min_samples_split": self.min_samples_split,
                "min_samples_leaf": self.min_samples_leaf, "max_features": self.max_features,
                "random_state": seed}


class RandomForestClassifier(ClassifierMixin, _Forest):
    """Bagged CART classifiers with feature subsampling; predicts the mean class probability.

    Learned: ``classes_``, ``estimators_`` (the fitted trees, trained on class indices),
    ``n_features_in_``.

    >>> X = np.array([[0.0], [1.0], [2.0], [10.0], [11.0], [12.0]])
    >>> forest = RandomForestClassifier(n_estimators=10, random_state=0).fit(X, [0, 0, 0, 1, 1, 1])
    >>> forest.predict([[1.5], [10.5]]).tolist()
    [0, 1]
    """

    def __init__(self, n_estimators: int = 100, criterion: str = "gini",
                 max_depth: int | None = None, min_samples_split: int = 2,
                 min_samples_leaf: int = 1, max_features="sqrt", bootstrap: bool = True,
                 random_state=0):
        super().__init__(n_estimators, max_depth, min_samples_split, min_samples_leaf,
                         max_features, bootstrap, random_state)
        self.criterion = criterion

    def fit(self, X, y) -> "RandomForestClassifier":
        """Grow ``n_estimators`` trees on bootstrap samples of ``X`` ``(n, d)``, ``y`` ``(n,)``."""
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        self._grow_trees(X, t, lambda seed: DecisionTreeClassifier(
            criterion=self.criterion, **self._tree_params(seed)), min_classes=2)
        return self

    def predict_proba(self, X) -> np.ndarray:
        """Mean of the trees' class probabilities, ``(m, k)``. O(B m depth)."""
        X = self._validate_predict(X)
        proba = np.zeros((len(X), len(self.classes_)))
        for tree in self.estimators_:
            # a tree's classes_ are the class indices its bootstrap sample happened to contain
            proba[:, tree.classes_] += tree.predict_proba(X)
        return proba / len(self.estimators_)

    def predict(self, X) -> np.ndarray:
        """The class of highest mean probability, shape ``(m,)``."""
        proba = self.predict_proba(X)
        return self.classes_[proba.argmax(axis=1)]


class RandomForestRegressor(RegressorMixin, _Forest):
    """Bagged CART regressors; predicts the mean of the trees. ``max_features`` defaults to
    all features (``None``), the usual choice for regression.

    >>> X = np.arange(8.0).reshape(-1, 1)
    >>> forest = RandomForestRegressor(n_estimators=20).fit(X, 2 * X[:, 0])
    >>> bool(abs(forest.predict([[3.0]])[0] - 6.0) < 1.5)
    True
    """

    def __init__(self, n_estimators: int = 100, max_depth: int | None = None,
                 min_samples_split: int = 2, min_samples_leaf: int = 1, max_features=None,
                 bootstrap: bool = True, random_state=0):
        super().__init__(n_estimators, max_depth, min_samples_split, min_samples_leaf,
                         max_features, bootstrap, random_state)

    def fit(self, X, y) -> "RandomForestRegressor":
        """Grow ``n_estimators`` trees on bootstrap samples of ``X`` ``(n, d)``, ``y`` ``(n,)``."""
        X, y = self._validate_fit(X, y, y_numeric=True)
        self._grow_trees(X, y, lambda seed: DecisionTreeRegressor(**self._tree_params(seed)),
                         min_classes=1)
        return self

    def predict(self, X) -> np.ndarray:
        """Mean prediction of the trees, shape ``(m,)``."""
        X = self._validate_predict(X)
        return np.mean([tree.predict(X) for tree in self.estimators_], axis=0)
