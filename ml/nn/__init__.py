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

from ml.nn.activations import ACTIVATIONS, ReLU, Sigmoid, Softmax, Tanh
from ml.nn.batches import minibatch_indices
from ml.nn.batchnorm import BatchNorm
from ml.nn.blas import blas_threads, get_blas_threads, set_blas_threads
from ml.nn.conv import Conv2D, col2im, conv_output_size, im2col, shifted_patches
from ml.nn.estimator import NeuralClassifier
from ml.nn.flat import joined, share_buffers
from ml.nn.init import INITIALISERS, he_normal, xavier_uniform
from ml.nn.io import FORMAT_VERSION, ModelFileError, load_model, save_model
from ml.nn.layers import Dense, Dropout, Layer
from ml.nn.losses import SoftmaxCrossEntropy
from ml.nn.mlp import MLP
from ml.nn.network import Sequential, mlp_layers
from ml.nn.neuron import LoopLayer, LoopNetwork, LoopNeuron
from ml.nn.optim import FLUSH_EVERY, OPTIMIZERS, SGD, Adam, Momentum, flush_subnormals
from ml.nn.pooling import Flatten, MaxPool2D
from ml.nn.schedules import SCHEDULES, constant, cosine, make_schedule, step
from ml.nn.training import (
    DIVERGENCE_FACTOR,
    EpochRecord,
    EpochStats,
    History,
    NonFiniteLoss,
    TrainingDiverged,
    evaluate,
    run_epoch,
    train,
)
from ml.special import softmax

__all__ = ["ACTIVATIONS", "DIVERGENCE_FACTOR", "FLUSH_EVERY", "FORMAT_VERSION", "INITIALISERS",
           "MLP", "OPTIMIZERS", "SCHEDULES", "SGD", "Adam", "BatchNorm", "Conv2D", "Dense",
           "Dropout", "EpochRecord", "EpochStats", "Flatten", "History", "Layer", "LoopLayer",
           "LoopNetwork", "LoopNeuron", "MaxPool2D", "ModelFileError", "Momentum",
           "NeuralClassifier", "NonFiniteLoss", "ReLU", "Sequential", "Sigmoid", "Softmax",
           "SoftmaxCrossEntropy", "Tanh", "TrainingDiverged", "blas_threads", "col2im", "constant",
           "conv_output_size", "cosine", "evaluate", "flush_subnormals", "get_blas_threads",
           "he_normal", "im2col", "joined", "load_model", "make_schedule", "minibatch_indices",
           "mlp_layers", "run_epoch", "save_model", "set_blas_threads", "share_buffers",
           "shifted_patches", "softmax", "step", "train", "xavier_uniform"]
