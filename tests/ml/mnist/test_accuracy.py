"""The learning outcome, enforced: a short seeded run on full MNIST reaches 97 % on the test set."""

import numpy as np
import pytest

from ml.mnist.data import to_features
from ml.nn.mlp import MLP


@pytest.mark.slow
def test_three_epochs_on_full_mnist_reach_97_percent(mnist):
    X, X_test = to_features(mnist.x_train), to_features(mnist.x_test)
    model = MLP(hidden=(128, 64), epochs=3, lr=3e-3, batch_size=128, random_state=0)
    model.fit(X, mnist.y_train)
    assert model.n_params == 109_386
    accuracy = model.score(X_test, mnist.y_test)
    assert accuracy >= 0.97, f"test accuracy {accuracy:.4f} below 0.97"
    # the training curve went down, and the test set was never used for training
    assert model.history_["train_loss"][-1] < model.history_["train_loss"][0]
    assert set(model.history_) == {"epoch", "lr", "seconds", "train_loss", "train_accuracy"}
    assert np.isfinite(model.predict_proba(X_test[:10])).all()
