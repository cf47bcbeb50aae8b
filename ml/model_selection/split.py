r"""Holding data out: one train/test split, or k folds that take turns as the test set.

A model's score on the data it was fitted to says how well it memorises; only data it never saw
says how well it generalises. ``train_test_split`` shuffles (seeded, so results repeat) and cuts
once. With ``stratify=y`` every class is split in the same proportion, so a rare class cannot
end up entirely on one side by chance.

``KFold`` cuts the (optionally shuffled) indices into ``k`` folds of sizes differing by at most
one; fold $i$ is the test set of round $i$ and the other $k - 1$ folds its training set. The
test folds **partition** the indices: every sample is tested exactly once, so the $k$ scores
together use all the data. Both are O(n) time and space (plus O(n log n) to stratify).
"""

import numpy as np

from ml.base import check_random_state

__all__ = ["KFold", "train_test_split"]


def _n_test(n: int, test_size) -> int:
    if isinstance(test_size, float) and 0.0 < test_size < 1.0:
        n_test = int(np.ceil(test_size * n))
    elif isinstance(test_size, int | np.integer) and not isinstance(test_size, bool):
        n_test = int(test_size)
    else:
        raise ValueError(f"test_size must be a float in (0, 1) or an int, got {test_size!r}")
    if not 1 <= n_test <= n - 1:
        raise ValueError(f"test_size={test_size!r} leaves {n_test} of {n} samples for testing; "
                         "both sides need at least one")
    return n_test


def train_test_split(*arrays, test_size=0.25, random_state=0, shuffle: bool = True,
                     stratify=None) -> list[np.ndarray]:
    """Split each array into train and test rows; returns ``[a_train, a_test, b_train, ...]``.

    ``test_size`` is a fraction (rounded up) or a count. Every array must have the same length.

    >>> X, y = np.arange(10).reshape(5, 2), np.array([0, 1, 0, 1, 0])
    >>> X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=2, random_state=0)
    >>> X_train.shape, X_test.shape, sorted(y_train.tolist() + y_test.tolist())
    ((3, 2), (2, 2), [0, 0, 0, 1, 1])
    """
    if not arrays:
        raise ValueError("give at least one array to split")
    arrays = [np.asarray(a) for a in arrays]
    n = len(arrays[0])
    if any(len(a) != n for a in arrays):
        raise ValueError(f"arrays have different lengths {[len(a) for a in arrays]}; they must "
                         "have one row per sample")
    n_test = _n_test(n, test_size)
    rng = check_random_state(random_state)
    if stratify is not None:
        test = _stratified_test_rows(np.asarray(stratify), n_test, rng)
    elif shuffle:
        test = rng.permutation(n)[:n_test]
    else:
        test = np.arange(n - n_test, n)
    is_test = np.zeros(n, dtype=bool)
    is_test[test] = True
    train_rows, test_rows = np.flatnonzero(~is_test), np.flatnonzero(is_test)
    if shuffle:  # keep the shuffled order, not the sorted one
        train_rows, test_rows = rng.permutation(train_rows), rng.permutation(test_rows)
    return [part for a in arrays for part in (a[train_rows], a[test_rows])]


def _stratified_test_rows(y: np.ndarray, n_test: int, rng: np.random.Generator) -> np.ndarray:
    """Pick ``n_test`` rows with each class represented in proportion (largest remainders)."""
    if y.ndim != 1:
        raise ValueError(f"stratify must be 1-D labels, got shape {y.shape}")
    classes, idx = np.unique(y, return_inverse=True)
    counts = np.bincount(idx)
    if counts.min() < 2:
        raise ValueError(f"stratify needs at least 2 samples of every class; class "
                         f"{classes[counts.argmin()]!r} has {counts.min()}")
    exact = counts * n_test / len(y)
    take = np.floor(exact).astype(np.int64)
    # hand out the rows lost to rounding to the classes with the largest remainders
    extra = n_test - take.sum()
    take[np.argsort(-(exact - take), kind="stable")[:extra]] += 1
    rows = [rng.permutation(np.flatnonzero(idx == c))[:take[c]] for c in range(len(classes))]
    return np.concatenate(rows)


class KFold:
    """Split ``n`` indices into ``n_splits`` train/test rounds.

    >>> folds = KFold(n_splits=3, shuffle=False).split(np.zeros((5, 1)))
    >>> [test.tolist() for _, test in folds]
    [[0, 1], [2, 3], [4]]
    """

    def __init__(self, n_splits: int = 5, shuffle: bool = True, random_state=0):
        if not isinstance(n_splits, int | np.integer) or n_splits < 2:
            raise ValueError(f"n_splits must be an int >= 2, got {n_splits!r}")
        self.n_splits = int(n_splits)
        self.shuffle = shuffle
        self.random_state = random_state

    def __repr__(self) -> str:
        return (f"KFold(n_splits={self.n_splits}, shuffle={self.shuffle}, "
                f"random_state={self.random_state!r})")

    def split(self, X) -> list[tuple[np.ndarray, np.ndarray]]:
        """``(train_indices, test_indices)`` per round; the first ``n % k`` folds get one more."""
        n = len(X)
        if n < self.n_splits:
            raise ValueError(f"cannot split {n} samples into {self.n_splits} folds; use "
                             "n_splits <= n_samples")
        indices = check_random_state(self.random_state).permutation(n) if self.shuffle \
            else np.arange(n)
        sizes = np.full(self.n_splits, n // self.n_splits)
        sizes[: n % self.n_splits] += 1
        bounds = np.concatenate([[0], np.cumsum(sizes)])
        folds = []
        for i in range(self.n_splits):
            test = indices[bounds[i]:bounds[i + 1]]
            train = np.concatenate([indices[:bounds[i]], indices[bounds[i + 1]:]])
            folds.append((train, test))
        return folds
