"""The backpropagation page's worked example: 2 inputs, 2 hidden ReLU units, 2 classes.

The weights are chosen so that every number can be checked with pencil and paper: the second
hidden unit is switched off by its ReLU, and the two logits come out equal, so softmax answers 1/2
and 1/2. The script runs the project's own layers on that one example, one call per line of the
derivation, and prints every array the page computes by hand.
"""

import numpy as np

from ml.nn.activations import ReLU
from ml.nn.layers import Dense
from ml.nn.losses import SoftmaxCrossEntropy

X = np.array([[1.0, 2.0]])  # one example (a row), two inputs
y = np.array([0])           # its class
dense1, relu, dense2 = Dense(2, 2, dtype=np.float64), ReLU(), Dense(2, 2, dtype=np.float64)
dense1.params["W"][...] = [[1.0, 1.0], [0.5, -1.0]]   # W1: row = input, column = hidden unit
dense1.params["b"][...] = [0.0, 0.5]                  # b1
dense2.params["W"][...] = [[0.5, 0.25], [1.0, -1.0]]  # W2: row = hidden unit, column = class
dense2.params["b"][...] = [0.0, 0.5]                  # b2
loss_fn = SoftmaxCrossEntropy()

Z1 = dense1.forward(X)          # forward, bottom to top
A1 = relu.forward(Z1)
Z2 = dense2.forward(A1)
L = loss_fn.forward(Z2, y)
P = loss_fn.probabilities
G2 = loss_fn.backward()         # backward, top to bottom: (P - Y) / n
dA1 = dense2.backward(G2)       # G2 W2^T; fills dense2.grads with A1^T G2 and the sum of G2
G1 = relu.backward(dA1)         # dA1 * [Z1 > 0]
dX = dense1.backward(G1)        # G1 W1^T; fills dense1.grads with X^T G1 and the sum of G1
for name, value in [("Z1", Z1), ("A1", A1), ("Z2", Z2), ("P", P), ("L", L), ("G2", G2),
                    ("dW2", dense2.grads["W"]), ("db2", dense2.grads["b"]), ("dA1", dA1),
                    ("G1", G1), ("dW1", dense1.grads["W"]), ("db1", dense1.grads["b"]),
                    ("dX", dX)]:
    print(f"{name:>3} = {(np.round(value, 4) + 0.0).tolist()}")  # + 0.0: no "-0.0"
