"""Fixtures shared by every ml test: MNIST (whole and a seeded subset), small seeded data sets,
and one BLAS thread.

They live at the top of ``tests/ml`` because the test folders mirror the packages of ``ml/``, and
data such as MNIST or Gaussian blobs is used by tests of many packages.
"""

from dataclasses import dataclass

import numpy as np
import pytest

from ml.datasets.mnist import load_mnist
from ml.nn.blas import blas_threads


@dataclass(frozen=True)
class Split:
    X_train: np.ndarray
    y_train: np.ndarray
    X_test: np.ndarray
    y_test: np.ndarray


@pytest.fixture(scope="session")
def mnist():
    """All of MNIST, read once per session from ``$MNIST_DIR`` (or the cache)."""
    return load_mnist()


@pytest.fixture(scope="session")
def mnist_small(mnist) -> Split:
    """5,000 training and 2,000 test images (seeded), flattened to 784 features in [0, 1].

    The sizes differ on purpose, so a swapped train/test array fails loudly.
    """
    rng = np.random.default_rng(2024)
    train = rng.choice(len(mnist.y_train), 5000, replace=False)
    test = rng.choice(len(mnist.y_test), 2000, replace=False)
    return Split(mnist.x_train[train].reshape(-1, 784) / 255.0, mnist.y_train[train].astype(int),
                 mnist.x_test[test].reshape(-1, 784) / 255.0, mnist.y_test[test].astype(int))


@pytest.fixture(autouse=True)
def one_blas_thread():
    """One BLAS thread: on the shared 2-core machine more threads only wait on each other (up to
    50x slower); restored after each test so other tests keep their setting."""
    with blas_threads(1):
        yield


@pytest.fixture
def blobs():
    """Three well separated Gaussian blobs in 2-D: 90 samples, labels 0, 1, 2."""
    rng = np.random.default_rng(7)
    centres = np.array([[0.0, 0.0], [6.0, 0.0], [0.0, 6.0]])
    y = np.repeat(np.arange(3), 30)
    return centres[y] + rng.standard_normal((90, 2)), y


def gaussian_blobs(n_per: int, centres, std: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    centres = np.asarray(centres, dtype=float)
    X = np.vstack([rng.normal(c, std, (n_per, len(c))) for c in centres])
    return X, np.repeat(np.arange(len(centres)), n_per)


def moons(n: int, noise: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """Two half circles, one opening up and one down, hooked into each other."""
    rng = np.random.default_rng(seed)
    t = rng.uniform(0, np.pi, n)
    upper = np.c_[np.cos(t[: n // 2]), np.sin(t[: n // 2])]
    lower = np.c_[1 - np.cos(t[n // 2 :]), 0.5 - np.sin(t[n // 2 :])]
    X = np.vstack([upper, lower]) + rng.normal(0, noise, (n, 2))
    return X, np.repeat([0, 1], [n // 2, n - n // 2])


@pytest.fixture(scope="session")
def make_blobs():
    return gaussian_blobs


@pytest.fixture(scope="session")
def make_moons():
    return moons


def same_partition(a: np.ndarray, b: np.ndarray) -> bool:
    """True when two labelings group the points identically (cluster numbers may differ)."""
    pairs = set(zip(a.tolist(), b.tolist(), strict=True))
    return len(pairs) == len(set(a.tolist())) == len(set(b.tolist()))


@pytest.fixture(scope="session")
def partitions_equal():
    return same_partition
