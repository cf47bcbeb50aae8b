"""A neural network from scratch in numpy: layers, losses, optimizers, the fit loop, save/load.

Every layer lives here, whatever network uses it: ``Dense`` and ``Dropout`` (``layers``), the
activations, and the convolution-era layers ``Conv2D`` (``conv``), ``MaxPool2D`` and ``Flatten``
(``pooling``) and ``BatchNorm`` (``batchnorm``); ``ml.cnn`` builds its model from them. All follow
the layer contract of ``ml.nn.layers.Layer``.

Two versions of the same network live here. The vectorised one (``MLP``, built from ``layers``,
``activations``, ``losses``, ``optim``, ``training``) pushes a whole batch through each layer as one
matrix product. The neuron-by-neuron one (``neuron``: ``LoopNeuron``, ``LoopLayer``,
``LoopNetwork``) loops over single neurons, made for reading; a test proves both compute the same
outputs and gradients. The estimators (``MLP`` here, ``ml.cnn.ConvNet``) share
``ml.nn.estimator.NeuralClassifier``; the numerics (``softmax``, ``sigmoid``) come from
``ml.special``.
"""

from ml.nn.activations import ReLU, Sigmoid, Softmax, Tanh
from ml.nn.batchnorm import BatchNorm
from ml.nn.conv import Conv2D
from ml.nn.estimator import NeuralClassifier
from ml.nn.io import load_model, save_model
from ml.nn.layers import Dense, Dropout, Layer
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.network import Sequential, mlp_layers
from ml.nn.optim import SGD, Adam, Momentum
from ml.nn.pooling import Flatten, MaxPool2D
from ml.nn.training import History, TrainingDiverged, train
from ml.special import softmax

__all__ = ["MLP", "SGD", "Adam", "BatchNorm", "Conv2D", "Dense", "Dropout", "Flatten", "History",
           "Layer", "MaxPool2D", "Momentum", "NeuralClassifier", "ReLU", "Sequential", "Sigmoid",
           "Softmax", "SoftmaxCrossEntropy", "Tanh", "TrainingDiverged", "load_model",
           "mlp_layers", "save_model", "softmax", "train"]
