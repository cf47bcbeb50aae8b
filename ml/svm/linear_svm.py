r"""A linear support vector machine trained by stochastic sub-gradient descent (Pegasos).

For labels $t_i \in \{-1, +1\}$ the soft-margin SVM minimises

$$ f(w) = \frac{\lambda}{2} \lVert w \rVert^2 + \frac1n \sum_i \max(0,\ 1 - t_i\, w \cdot x_i). $$

The **hinge loss** is zero for points beyond the margin ($t_i\, w \cdot x_i \ge 1$) and grows
linearly inside it, so only the points on or inside the margin (the support vectors) shape $w$;
the L2 term widens the margin $2 / \lVert w \rVert$. The hinge has a kink, so instead of a
gradient we use a **sub-gradient**: $\lambda w - \frac1{|A|}\sum_{i \in A,\ t_i w \cdot x_i < 1}
t_i x_i$ on a mini-batch $A$.

**Pegasos** (Shalev-Shwartz et al., 2007) takes step $\eta_s = 1 / (\lambda s)$ at step $s$:

$$ w \leftarrow (1 - \eta_s \lambda)\, w + \frac{\eta_s}{|A|} \sum_{i \in A,\ t_i w \cdot x_i < 1}
   t_i x_i , $$

then (optionally, done here) projects $w$ onto the ball of radius $1/\sqrt\lambda$, which holds
the optimum. Because $f$ is $\lambda$-strongly convex this schedule needs no tuning and reaches
accuracy $\epsilon$ in $O(1 / (\lambda \epsilon))$ steps, independent of $n$.

**Averaging.** The last iterate keeps jumping: late steps are still $\eta_s \lVert x \rVert$
long, which for a small $\lambda$ is as large as $w$ itself. Returning the mean of the iterates
of the second half of training (``average=True``, Polyak-Ruppert averaging) cancels most of
that noise; on 5,000 MNIST digits with $\lambda = 10^{-3}$ and 10 passes it lifts test accuracy
from about 0.43 to 0.90.

The intercept is handled by appending a constant feature (``intercept_scaling``, 1 by default)
to every input; it is then penalised like the other weights, a small bias that keeps the
method's strong convexity (and so its step-size rule) intact.

**Multiclass: one-vs-rest.** With $k > 2$ classes, train $k$ binary SVMs, class $c$ against all
others, and predict the class whose score $w_c \cdot x$ is highest. The $k$ problems share every
mini-batch, so they are solved together as one ``(d + 1, k)`` matrix. Fit O(max_iter n d k),
predict O(m d k).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, check_random_state

__all__ = ["LinearSVC"]


class LinearSVC(ClassifierMixin, BaseEstimator):
    """Linear SVM (hinge loss + L2) by Pegasos; one-vs-rest beyond two classes.

    Parameters: ``lam`` $\\lambda > 0$ (larger = stronger regularisation, wider margin);
    ``max_iter`` passes over the data; ``batch_size``; ``average`` (return the mean iterate of
    the second half of the passes); ``intercept_scaling`` (the appended
    constant); ``random_state`` seeds the shuffling.
    Learned: ``classes_``; ``coef_`` ``(n_features,)`` for two classes, else
    ``(n_features, n_classes)``; ``intercept_`` (float or ``(n_classes,)``); ``n_iter_``.

    >>> X = np.array([[0.0, 0.0], [1.0, 0.0], [3.0, 3.0], [4.0, 3.0]])
    >>> svm = LinearSVC(lam=0.01, max_iter=200, batch_size=2).fit(X, [0, 0, 1, 1])
    >>> svm.predict([[0.5, 0.5], [3.5, 3.0]]).tolist()
    [0, 1]
    """

    def __init__(self, lam: float = 1e-3, max_iter: int = 20, batch_size: int = 64,
                 average: bool = True, intercept_scaling: float = 1.0, random_state=0):
        self.lam = lam
        self.average = average
        self.max_iter = max_iter
        self.batch_size = batch_size
        self.intercept_scaling = intercept_scaling
        self.random_state = random_state

    def fit(self, X, y) -> "LinearSVC":
        """Train on ``X`` ``(n, d)`` and labels ``y`` ``(n,)``."""
        if self.lam <= 0 or self.batch_size < 1:
            raise ValueError(f"need lam > 0 and batch_size >= 1, got {self.lam} and "
                             f"{self.batch_size}")
        X, y = self._validate_fit(X, y)
        idx = self._encode_labels(y)
        k = len(self.classes_)
        n, d = X.shape
        Xa = np.hstack([X, np.full((n, 1), self.intercept_scaling)])
        # binary: one column, +1 for the second class; otherwise +1 for "this class" per column
        T = (2.0 * idx - 1.0)[:, None] if k == 2 else np.where(np.eye(k)[idx] > 0, 1.0, -1.0)
        W = np.zeros((d + 1, T.shape[1]))
        rng = check_random_state(self.random_state)
        radius = 1.0 / np.sqrt(self.lam)
        W_sum, n_summed = np.zeros_like(W), 0
        step = 0
        for epoch in range(self.max_iter):
            order = rng.permutation(n)
            for start in range(0, n, self.batch_size):
                rows = order[start:start + self.batch_size]
                step += 1
                eta = 1.0 / (self.lam * step)
                inside = (T[rows] * (Xa[rows] @ W)) < 1.0  # (batch, columns): margin violated
                W *= 1.0 - eta * self.lam
                W += (eta / len(rows)) * (Xa[rows].T @ (T[rows] * inside))
                norms = np.linalg.norm(W, axis=0)
                W *= np.minimum(1.0, radius / np.maximum(norms, 1e-300))
                if self.average and epoch >= self.max_iter // 2:
                    W_sum += W
                    n_summed += 1
        if n_summed:
            W = W_sum / n_summed
        self.n_iter_ = self.max_iter
        coef, intercept = W[:-1], W[-1] * self.intercept_scaling
        if k == 2:
            self.coef_, self.intercept_ = coef[:, 0], float(intercept[0])
        else:
            self.coef_, self.intercept_ = coef, intercept
        return self

    def decision_function(self, X) -> np.ndarray:
        """Scores $X w + b$: ``(m,)`` for two classes (positive means ``classes_[1]``), else
        ``(m, k)``. O(m d k)."""
        X = self._validate_predict(X)
        return X @ self.coef_ + self.intercept_

    def hinge_objective(self, X, y) -> float:
        """The (binary or summed one-vs-rest) objective $f(w)$ on ``X``, ``y``. O(n d k)."""
        scores = self.decision_function(X)
        idx = np.searchsorted(self.classes_, np.asarray(y))
        k = len(self.classes_)
        T = (2.0 * idx - 1.0) if k == 2 else np.where(np.eye(k)[idx] > 0, 1.0, -1.0)
        w_sq = np.sum(self.coef_**2) + np.sum((np.asarray(self.intercept_)
                                                / self.intercept_scaling) ** 2)
        hinge = np.maximum(0.0, 1.0 - T * scores).mean(axis=0).sum()
        return float(0.5 * self.lam * w_sq + hinge)

    def predict(self, X) -> np.ndarray:
        """The class with the highest score, shape ``(m,)``."""
        scores = self.decision_function(X)
        if scores.ndim == 1:
            return self.classes_[(scores > 0).astype(np.int64)]
        return self.classes_[scores.argmax(axis=1)]
