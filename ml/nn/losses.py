"""Softmax cross-entropy, fused: the loss that turns ten scores into a trainable signal.

For scores (logits) ``z`` of one example and its true class ``y``, softmax gives probabilities
``p = softmax(z)`` and cross-entropy charges ``-log p_y``. Written through the log-sum-exp,

    loss = log(sum_j e^{z_j}) - z_y   =   lse(z) - z_y,

and computed with the row maximum ``m`` pulled out, ``lse(z) = m + log(sum_j e^{z_j - m})``, it
never overflows (``e^{1000}`` would) and never takes ``log(0)`` (``ml.special`` holds both
functions). Fusing the two also makes the gradient collapse to a famous one-liner:
``dloss/dz = p - onehot(y)``.

The batch loss is the **mean** over the ``n`` examples, so the gradient carries a factor ``1/n``.
That keeps the learning rate independent of the batch size (forgetting the ``1/n`` is a bug seen
again and again in from-scratch code). Time O(n * k) for ``n`` rows of ``k`` classes.
"""

import numpy as np

from ml.special import log_softmax

__all__ = ["SoftmaxCrossEntropy"]


# --8<-- [start:softmax-cross-entropy]
class SoftmaxCrossEntropy:
    """Mean cross-entropy of softmax(logits) against integer labels, with its gradient.

    ``forward(logits (n, k), labels (n,)) -> float``; ``backward() -> dloss/dlogits (n, k)``.
    ``backward`` may be called any number of times and returns the same array each time.

    >>> loss = SoftmaxCrossEntropy()
    >>> round(loss.forward(np.zeros((2, 4)), np.array([0, 3])), 4)  # uniform: log 4
    1.3863
    >>> loss.backward().tolist()  # (p - onehot) / n
    [[-0.375, 0.125, 0.125, 0.125], [0.125, 0.125, 0.125, -0.375]]
    """

    def forward(self, logits: np.ndarray, labels: np.ndarray) -> float:
        n, _ = _check(logits, labels)
        rows = np.arange(n)
        log_probs = log_softmax(logits)  # z - lse(z), the max pulled out
        losses = -log_probs[rows, labels]  # lse(z) - z_y
        self._probs = np.exp(log_probs)  # softmax(z), without computing the row maxima again
        self._labels, self._rows = labels, rows
        return float(losses.mean())

    def backward(self) -> np.ndarray:
        grad = self._probs.copy()  # a copy keeps backward repeatable
        grad[self._rows, self._labels] -= 1.0
        grad /= len(grad)  # the mean over the batch
        return grad

    # --8<-- [end:softmax-cross-entropy]

    @property
    def probabilities(self) -> np.ndarray:
        """Softmax probabilities from the last ``forward`` (n, k)."""
        return self._probs


def _check(logits: np.ndarray, labels: np.ndarray) -> tuple[int, int]:
    if logits.ndim != 2:
        raise ValueError(f"logits must have shape (n, k), got {logits.shape}")
    n, k = logits.shape
    if n == 0:
        raise ValueError("empty batch: the mean loss over zero examples is undefined")
    if labels.shape != (n,):
        raise ValueError(f"labels must have shape ({n},) to match logits {logits.shape}, "
                         f"got {labels.shape}")
    if not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(f"labels must be integers, got dtype {labels.dtype}")
    if labels.min() < 0 or labels.max() >= k:
        raise ValueError(f"labels must lie in [0, {k - 1}], got values from {labels.min()} "
                         f"to {labels.max()}")
    return n, k
