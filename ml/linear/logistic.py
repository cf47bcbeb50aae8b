r"""Logistic regression: a linear score turned into a probability, fitted by gradient descent.

**Binary** (two classes, $y \in \{0, 1\}$): $p = \sigma(z)$ with $z = X w + b$ and
$\sigma(z) = 1 / (1 + e^{-z})$. **Multinomial** ($k > 2$ classes): one score column per class,
$Z = X W + b$ of shape ``(n, k)``, and $P = \mathrm{softmax}(Z)$ row by row. Both minimise the mean
cross-entropy plus an L2 penalty on the weights (not the intercepts):

$$ L = -\frac1n \sum_i \log p_{i, y_i} + \frac{\lambda}{2} \lVert W \rVert^2, \qquad
   \nabla_W L = \frac1n X^\top (P - Y) + \lambda W, \quad \nabla_b L = \frac1n \sum_i (P - Y)_i, $$

with $Y$ the one-hot labels (for the binary case $P - Y$ is the vector $p - y$). The gradient
has the same form in both cases: "prediction minus truth", weighted by the input.

**Numerical stability.** $e^{-z}$ overflows for $z < -709$ and $\log \sigma(z)$ is
$\log 0 = -\infty$ long before. So the loss is computed from the scores, never from rounded
probabilities: binary $-\log \sigma(z) = \log(1 + e^{-z})$ is ``np.logaddexp(0, -z)``, and
multinomial $-\log p_{iy} = \mathrm{logsumexp}(z_i) - z_{iy}$ with the row maximum subtracted
before exponentiating (softmax does not change when a constant is added to a row).

The loss is convex, so gradient descent finds its minimum; with $\lambda > 0$ the weights at
that minimum are unique and finite even when the classes are separable. (The softmax
intercepts are unique only up to adding one constant to all of them, which changes no
probability; their gradient sums to zero, so descent from zero never drifts that way.) Each
full pass costs O(n d k) time; ``batch_size`` splits it into mini-batches (stochastic gradient
descent), which reaches a good model in far fewer passes on large data. Predict is O(n d k).

**Step length.** Gradient descent converges only if the step is shorter than about 2 over
the largest curvature of the loss, and that curvature grows with the square of the feature
scale: raw pixel counts 0..16 need a step a hundred times shorter than standardised ones. A fixed
step that is too long makes the loss *rise*, and a rise is not convergence. So each full-batch
step is halved until it lowers the loss by at least half the decrease the gradient promises
($L(w - \eta g) \le L(w) - \tfrac12 \eta \lVert g \rVert^2$, Armijo's rule), and the shorter step
is kept for the next pass. Each halving costs one more loss evaluation, O(n d k).
"""

import numpy as np

from ml.base import BaseEstimator, ClassifierMixin, check_random_state, warn_not_converged
from ml.special import log_softmax, sigmoid, softmax

__all__ = ["LogisticRegression", "log_loss_and_gradient"]


def _backtracking_step(W, b, grads, X, t, l2: float, loss: float, step: float):
    """One gradient step whose length is halved until the loss falls by at least half of what
    the gradient promises (Armijo's rule); returns ``(W, b, grads, loss, step)`` at the new point.

    ``grads`` is ``(dW, db)`` at ``(W, b)``. A convex loss with a Lipschitz gradient always
    accepts a short enough step, so the loss never rises. Past 60 halvings the step is below
    rounding: the point is kept, and the unchanged loss ends the fit as converged.
    Time O(n d k) per trial.
    """
    dW, db = grads
    promised = float(np.sum(dW * dW) + np.sum(np.square(db)))
    for _ in range(60):
        W_new, b_new = W - step * dW, b - step * db
        new_loss, dW_new, db_new = log_loss_and_gradient(W_new, b_new, X, t, l2)
        if new_loss <= loss - 0.5 * step * promised:  # False for NaN: a NaN loss also shrinks
            return W_new, b_new, (dW_new, db_new), new_loss, step
        step /= 2
    return W, b, grads, loss, step


def log_loss_and_gradient(W: np.ndarray, b, X: np.ndarray, y: np.ndarray,
                          l2: float = 0.0) -> tuple[float, np.ndarray, np.ndarray]:
    """Penalised mean cross-entropy $L$ and its gradients ``(L, dW, db)``.

    Binary when ``W`` is ``(d,)`` (``b`` a float, ``y`` in {0, 1}); multinomial when ``W`` is
    ``(d, k)`` (``b`` ``(k,)``, ``y`` class indices 0..k-1). Time O(n d k), space O(n k).

    >>> X = np.array([[1.0], [-1.0]])
    >>> loss, dW, db = log_loss_and_gradient(np.zeros(1), 0.0, X, np.array([1, 0]))
    >>> round(loss, 6), dW.tolist(), float(db)
    (0.693147, [-0.5], 0.0)
    """
    n = len(X)
    Z = X @ W + b
    if W.ndim == 1:
        loss = float(np.mean(np.logaddexp(0.0, Z) - y * Z))  # -y log s(z) - (1-y) log(1 - s(z))
        R = sigmoid(Z) - y
        db = R.mean()
    else:
        log_p = log_softmax(Z)  # logsumexp(z_i) - z_iy, never from rounded probabilities
        loss = float(np.mean(-log_p[np.arange(n), y]))
        R = np.exp(log_p)
        R[np.arange(n), y] -= 1.0
        db = R.mean(axis=0)
    loss += 0.5 * l2 * float(np.sum(W * W))
    dW = X.T @ R / n + l2 * W
    return loss, dW, db


class LogisticRegression(ClassifierMixin, BaseEstimator):
    """Binary (sigmoid) or multinomial (softmax) logistic regression with an L2 penalty.

    Parameters: ``l2`` $\\lambda$; ``learning_rate`` (the first step length); ``max_iter``
    passes over the data; ``batch_size`` (``None`` = full-batch gradient descent); ``tol`` (full
    batch: stop once the loss improves by less; reaching ``max_iter`` first warns with
    :class:`ml.base.ConvergenceWarning` unless ``tol=0``); ``random_state`` seeds the mini-batch
    shuffling. The loss never rises: a full-batch step is halved until it lowers the loss enough
    (backtracking line search), and a mini-batch pass that raises it is undone with the step
    halved. Learned: ``classes_``; ``coef_`` ``(n_features,)`` for two classes or
    ``(n_features, n_classes)``; ``intercept_`` (float or ``(n_classes,)``); ``loss_history_``
    (the loss after each pass, on the whole training set); ``n_iter_``; ``learning_rate_`` (the
    step length in use at the end).

    >>> X = np.array([[-2.0], [-1.0], [1.0], [2.0]])
    >>> model = LogisticRegression(l2=0.1).fit(X, ["no", "no", "yes", "yes"])
    >>> model.predict([[-3.0], [3.0]]).tolist()
    ['no', 'yes']
    >>> model.predict_proba([[0.0]]).round(2).tolist()
    [[0.5, 0.5]]
    """

    def __init__(self, l2: float = 1e-4, learning_rate: float = 0.5, max_iter: int = 200,
                 batch_size: int | None = None, tol: float = 1e-9, random_state=0):
        self.l2 = l2
        self.learning_rate = learning_rate
        self.max_iter = max_iter
        self.batch_size = batch_size
        self.tol = tol
        self.random_state = random_state

    def fit(self, X, y) -> "LogisticRegression":
        """Learn the weights from ``X`` ``(n, d)`` and labels ``y`` ``(n,)``."""
        if self.learning_rate <= 0 or self.l2 < 0:
            raise ValueError(f"need learning_rate > 0 and l2 >= 0, got {self.learning_rate} "
                             f"and {self.l2}")
        X, y = self._validate_fit(X, y)
        t = self._encode_labels(y)
        n, d = X.shape
        k = len(self.classes_)
        W, b = (np.zeros(d), 0.0) if k == 2 else (np.zeros((d, k)), np.zeros(k))
        rng = check_random_state(self.random_state)
        full_batch = self.batch_size is None or int(self.batch_size) >= n
        step = float(self.learning_rate)
        loss, *grads = log_loss_and_gradient(W, b, X, t, self.l2)
        history: list[float] = []
        for _ in range(self.max_iter):
            if full_batch:
                W, b, grads, new_loss, step = _backtracking_step(W, b, grads, X, t, self.l2,
                                                                 loss, step)
            else:
                W, b, new_loss, step = self._sgd_pass(W, b, X, t, loss, step, rng)
            history.append(new_loss)
            converged = full_batch and loss - new_loss < self.tol
            loss = new_loss
            if converged:
                break
        else:
            if full_batch and self.tol > 0:
                warn_not_converged(self, self.max_iter, "raise max_iter, or standardise X "
                                   "(ml.preprocessing.StandardScaler) so fewer passes suffice")
        self.coef_, self.intercept_ = W, b
        self.loss_history_, self.n_iter_ = history, len(history)
        self.learning_rate_ = step
        return self

    def _sgd_pass(self, W, b, X, t, loss: float, step: float, rng):
        """One shuffled pass of mini-batch steps; a pass that raises the loss is undone and
        the step halved (the noise of small batches may do that; a too-long step always does)."""
        n, batch = len(X), int(self.batch_size)
        W_new, b_new = W, b
        order = rng.permutation(n)
        for start in range(0, n, batch):
            rows = order[start:start + batch]
            _, dW, db = log_loss_and_gradient(W_new, b_new, X[rows], t[rows], self.l2)
            W_new, b_new = W_new - step * dW, b_new - step * db
        new_loss = log_loss_and_gradient(W_new, b_new, X, t, self.l2)[0]
        if new_loss <= loss:  # False for NaN too
            return W_new, b_new, new_loss, step
        return W, b, loss, step / 2

    def decision_function(self, X) -> np.ndarray:
        """Scores $z = X w + b$: ``(n,)`` for two classes, else ``(n, k)``. O(n d k)."""
        X = self._validate_predict(X)
        return X @ self.coef_ + self.intercept_

    def predict_proba(self, X) -> np.ndarray:
        """Class probabilities ``(n, k)``, columns in the order of ``classes_``. O(n d k)."""
        Z = self.decision_function(X)
        if Z.ndim == 1:
            p = sigmoid(Z)
            return np.column_stack([1.0 - p, p])
        return softmax(Z)

    def predict(self, X) -> np.ndarray:
        """The most probable class for each row, shape ``(n,)``. O(n d k)."""
        Z = self.decision_function(X)
        idx = (Z > 0).astype(np.int64) if Z.ndim == 1 else Z.argmax(axis=1)
        return self.classes_[idx]
