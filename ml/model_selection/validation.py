r"""Cross-validation: estimate how well a model generalises by fitting it k times.

Each round fits a **fresh copy** of the estimator (``clone``: same hyper-parameters, nothing
learned) on $k - 1$ folds and scores it on the held-out fold. The mean of the $k$ scores
estimates the score on new data; their spread shows how much it depends on the particular
split. Reusing one fitted model across rounds would leak the test fold into training.
Time: k fits plus k scores.
"""

import numpy as np

from ml.base import check_X_y, clone
from ml.model_selection.split import KFold

__all__ = ["cross_val_score"]


def cross_val_score(estimator, X, y, cv=5) -> np.ndarray:
    """Scores ``(k,)`` of ``estimator`` on each fold; ``cv`` is a fold count or a ``KFold``.

    >>> from ml.linear import LinearRegression
    >>> X = np.arange(20.0).reshape(-1, 1)
    >>> cross_val_score(LinearRegression(), X, 3 * X[:, 0] + 1, cv=4).round(6).tolist()
    [1.0, 1.0, 1.0, 1.0]
    """
    X, y = check_X_y(X, y)
    folds = KFold(cv) if isinstance(cv, int | np.integer) else cv
    scores = []
    for train, test in folds.split(X):
        model = clone(estimator).fit(X[train], y[train])
        scores.append(model.score(X[test], y[test]))
    return np.array(scores)
