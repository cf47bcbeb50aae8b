"""A small convolutional network for MNIST, built from the ``ml.nn`` layers and trained with numpy.

``ConvNet`` is the estimator; ``python -m ml.cnn`` trains it on MNIST and prints the test accuracy.
The layers it is made of (``Conv2D``, ``MaxPool2D``, ``Flatten``, ``BatchNorm``) live with every
other layer in ``ml.nn``, and are re-exported here for a reader who looks for them beside the model.
"""

from ml.cnn.model import ConvNet, cnn_layers
from ml.nn.batchnorm import BatchNorm
from ml.nn.conv import Conv2D
from ml.nn.pooling import Flatten, MaxPool2D

__all__ = ["BatchNorm", "Conv2D", "ConvNet", "Flatten", "MaxPool2D", "cnn_layers"]
