"""The training loop of ``train_loop.py``, line for line in PyTorch (needs ``pip install torch``).

Same network, same batch size, same plain gradient descent and the same three epochs; only the
library changes. Run it from the repository root with ``MNIST_DIR`` pointing at the MNIST files:
``python -m ml.nn.examples.pytorch_loop``. The data still comes from this project's loader.
"""

import numpy as np
import torch

from ml.datasets.mnist import load_mnist
from ml.mnist.data import to_features

data = load_mnist()  # reads $MNIST_DIR
X = torch.from_numpy(to_features(data.x_train))
y = torch.from_numpy(data.y_train.astype(np.int64))
torch.manual_seed(0)
net = torch.nn.Sequential(torch.nn.Linear(784, 128), torch.nn.ReLU(), torch.nn.Linear(128, 64),
                          torch.nn.ReLU(), torch.nn.Linear(64, 10))
loss_fn, batch_size = torch.nn.CrossEntropyLoss(), 128
optimizer = torch.optim.SGD(net.parameters(), lr=0.1)
for epoch in range(3):
    order = torch.randperm(len(X))                       # a new batch order every epoch
    for start in range(0, len(X), batch_size):
        batch = order[start:start + batch_size]
        loss = loss_fn(net(X[batch]), y[batch])          # forward
        optimizer.zero_grad()                            # PyTorch adds to .grad: clear it first
        loss.backward()                                  # backward: fills every parameter's .grad
        optimizer.step()                                 # one step of gradient descent
    with torch.no_grad():
        predicted = net(torch.from_numpy(to_features(data.x_test))).argmax(dim=1).numpy()
    print(f"epoch {epoch + 1}: last batch loss {loss.item():.3f}, "
          f"test accuracy {np.mean(predicted == data.y_test):.2%}")
