"""A neural network from scratch in numpy: layers, losses, optimizers, the fit loop, save/load.

Two versions of the same network live here. The vectorised one (``MLP``, built from ``layers``,
``activations``, ``losses``, ``optim``, ``training``) pushes a whole batch through each layer as one
matrix product. The neuron-by-neuron one (``neuron``) loops over single neurons, made for
reading; a test proves both compute the same outputs and gradients.
"""

from ml.nn.activations import ReLU, Sigmoid, Softmax, Tanh, softmax
from ml.nn.io import load_model, save_model
from ml.nn.layers import Dense, Dropout, Layer
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import SGD, Adam, Momentum

__all__ = ["MLP", "SGD", "Adam", "Dense", "Dropout", "Layer", "Momentum", "ReLU", "Sequential",
           "Sigmoid", "Softmax", "SoftmaxCrossEntropy", "Tanh", "load_model", "mlp_layers",
           "save_model", "softmax"]
