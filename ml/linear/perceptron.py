r"""The perceptron: the oldest learning rule, and the first with a proof that it learns.

Predict the class with the highest linear score $x \cdot w_c + b_c$. Go through the data one
example at a time; on every mistake (true class $y$, predicted $\hat y \ne y$) move the true
class's weights toward the example and the wrongly chosen class's weights away from it:

$$ w_y \leftarrow w_y + x, \quad w_{\hat y} \leftarrow w_{\hat y} - x, \qquad
   b_y \leftarrow b_y + 1, \quad b_{\hat y} \leftarrow b_{\hat y} - 1. $$

With two classes this is Rosenblatt's rule $w \leftarrow w + t\,x$ ($t = \pm 1$) applied to the
difference $w_1 - w_0$. Correct predictions change nothing; there is no learning rate because
scaling all the weights does not change any prediction.

**Convergence theorem** (Novikoff, 1962). Append a constant 1 to every input so the bias is one
more weight. If some unit vector $u$ separates the two classes with margin $\gamma > 0$
($t_i\, u \cdot x_i \ge \gamma$ for all $i$) and every input has $\lVert x_i \rVert \le R$, the
perceptron makes at most $(R / \gamma)^2$ mistakes, however long it runs and in whatever order
it sees the data. (Each mistake raises $w \cdot u$ by at least $\gamma$ but $\lVert w\rVert^2$ by
at most $R^2$; after $m$ mistakes $m\gamma \le \lVert w \rVert \le \sqrt m R$.) The bound counts
updates of $w_1 - w_0$ here, each of which is twice the classic one, which changes no
prediction. On data that are not separable the rule never settles: ``max_iter`` caps it.

Fit O(max_iter * n d k) time, O(d k) space; predict O(n d k).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, check_random_state, warn_not_converged

__all__ = ["Perceptron"]


class Perceptron(ClassifierMixin, BaseEstimator):
    """Multiclass perceptron; with two classes, Rosenblatt's perceptron.

    Parameters: ``max_iter`` passes over the data (it stops early after a pass with no mistake;
    a last pass with mistakes warns with :class:`ml.base.ConvergenceWarning`);
    ``shuffle`` the order each pass, seeded by ``random_state``.
    Learned: ``classes_``, ``coef_`` ``(n_features, n_classes)``, ``intercept_`` ``(n_classes,)``,
    ``mistakes_`` (the number of mistakes in each pass) and ``n_iter_``.

    >>> X = np.array([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    >>> model = Perceptron().fit(X, [0, 0, 0, 1])  # logical AND is linearly separable
    >>> model.predict(X).tolist(), model.mistakes_[-1]
    ([0, 0, 0, 1], 0)
    """

    def __init__(self, max_iter: int = 100, shuffle: bool = True, random_state=0):
        self.max_iter = max_iter
        self.shuffle = shuffle
        self.random_state = random_state

    def fit(self, X, y) -> "Perceptron":
        """Run the perceptron rule over ``X`` ``(n, d)`` and labels ``y`` ``(n,)``."""
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        n, d = X.shape
        k = len(self.classes_)
        W, b = np.zeros((d, k)), np.zeros(k)
        rng = check_random_state(self.random_state)
        self.mistakes_ = []
        for _ in range(self.max_iter):
            mistakes = 0
            for i in rng.permutation(n) if self.shuffle else range(n):
                guess = int(np.argmax(X[i] @ W + b))
                if guess != t[i]:
                    W[:, t[i]] += X[i]
                    W[:, guess] -= X[i]
                    b[t[i]] += 1.0
                    b[guess] -= 1.0
                    mistakes += 1
            self.mistakes_.append(mistakes)
            if mistakes == 0:
                break
        else:
            warn_not_converged(self, self.max_iter, f"the last pass still made {mistakes} "
                               "mistakes; the classes may not be linearly separable")
        self.coef_, self.intercept_ = W, b
        self.n_iter_ = len(self.mistakes_)
        return self

    def decision_function(self, X) -> np.ndarray:
        """Class scores $X W + b$, shape ``(n, k)``. O(n d k)."""
        X = self._validate_predict(X)
        return X @ self.coef_ + self.intercept_

    def predict(self, X) -> np.ndarray:
        """The class with the highest score, shape ``(n,)``. O(n d k)."""
        scores = self.decision_function(X)
        return self.classes_[scores.argmax(axis=1)]
