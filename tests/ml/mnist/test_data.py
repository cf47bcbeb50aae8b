import numpy as np
import pytest

from ml.mnist.augment import random_shifts, shift_batch
from ml.mnist.data import to_features


def test_to_features_scales_and_flattens(mnist):
    X = to_features(mnist.x_test[:5])
    assert X.shape == (5, 784) and X.dtype == np.float32
    assert X.min() >= 0.0 and X.max() <= 1.0
    np.testing.assert_allclose(X[0].reshape(28, 28) * 255, mnist.x_test[0], atol=1e-4)


def test_to_features_rejects_wrong_shapes_and_types():
    with pytest.raises(ValueError, match=r"\(n, 28, 28\)"):
        to_features(np.zeros((2, 784), dtype=np.uint8))
    with pytest.raises(ValueError, match="uint8"):
        to_features(np.zeros((2, 28, 28)))


def test_shift_batch_matches_a_slice_oracle():
    rng = np.random.default_rng(0)
    x = rng.random((6, 784)).astype(np.float32)
    dy, dx = rng.integers(-2, 3, 6), rng.integers(-2, 3, 6)
    out = shift_batch(x, dy, dx)
    for i in range(6):
        img, expected = x[i].reshape(28, 28), np.zeros((28, 28), dtype=np.float32)
        # brute force: copy pixel by pixel where the source is inside the frame
        for r in range(28):
            for c in range(28):
                if 0 <= r - dy[i] < 28 and 0 <= c - dx[i] < 28:
                    expected[r, c] = img[r - dy[i], c - dx[i]]
        np.testing.assert_array_equal(out[i].reshape(28, 28), expected)


def test_zero_shift_is_identity_and_mnist_ink_survives_shifts(mnist):
    x = to_features(mnist.x_train[:50])
    np.testing.assert_array_equal(shift_batch(x, np.zeros(50, int), np.zeros(50, int)), x)
    shifted = random_shifts(2)(x, np.random.default_rng(1))
    kept = shifted.sum(axis=1) / x.sum(axis=1)
    assert kept.min() > 0.98 and np.median(kept) == pytest.approx(1.0)  # hardly any ink lost
    assert not np.array_equal(shifted, x)


def test_random_shifts_are_seeded_and_bounded():
    x = np.random.default_rng(0).random((4, 784)).astype(np.float32)
    a = random_shifts(2)(x, np.random.default_rng(5))
    b = random_shifts(2)(x, np.random.default_rng(5))
    np.testing.assert_array_equal(a, b)
    with pytest.raises(ValueError, match="within"):
        shift_batch(x, np.array([3, 0, 0, 0]), np.zeros(4, int))
    with pytest.raises(ValueError, match="non-negative"):
        random_shifts(-1)
