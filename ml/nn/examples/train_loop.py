"""The whole training loop: forward, loss, backward, step, for every mini-batch; three epochs.

The production ``ml.nn.training.train`` does the same with progress bars, schedules, divergence
checks and a history; this is the loop without any of that, plain gradient descent on
mini-batches of 128. Run it from the repository root with ``MNIST_DIR`` pointing at the MNIST
files: ``python -m ml.nn.examples.train_loop``. It prints the test accuracy after every epoch.
"""

import numpy as np

from ml.datasets.mnist import load_mnist
from ml.mnist.data import to_features
from ml.nn.activations import ReLU
from ml.nn.layers import Dense
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.network import Sequential

data = load_mnist()  # reads $MNIST_DIR
X, y = to_features(data.x_train), data.y_train.astype(np.int64)
rng = np.random.default_rng(0)
net = Sequential([Dense(784, 128, rng=rng), ReLU(), Dense(128, 64, rng=rng), ReLU(),
                  Dense(64, 10, rng=rng)])
loss_fn, lr, batch_size = SoftmaxCrossEntropy(), 0.1, 128
for epoch in range(3):
    order = rng.permutation(len(X))                      # a new batch order every epoch
    for start in range(0, len(X), batch_size):
        batch = order[start:start + batch_size]
        loss = loss_fn.forward(net.forward(X[batch]), y[batch])  # forward
        net.backward(loss_fn.backward())                 # backward: fills every layer's grads
        for param, grad in zip(net.params(), net.grads(), strict=True):
            param -= lr * grad                           # one step of gradient descent
    predicted = net.forward(to_features(data.x_test)).argmax(axis=1)
    print(f"epoch {epoch + 1}: last batch loss {loss:.3f}, "
          f"test accuracy {np.mean(predicted == data.y_test):.2%}")
