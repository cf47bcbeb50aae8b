"""Small seeded data sets for the clustering tests: Gaussian blobs and two interleaved moons."""

import numpy as np
import pytest


def blobs(n_per: int, centres, std: float, seed: int) -> tuple[np.ndarray, np.ndarray]:
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
    return blobs


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
