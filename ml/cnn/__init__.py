"""A small convolutional network for MNIST, built from the ``ml.nn`` layers and trained with numpy.

``ConvNet`` is the estimator; ``python -m ml.cnn`` trains it on MNIST and prints the test accuracy.
"""

from ml.cnn.model import ConvNet, cnn_layers

__all__ = ["ConvNet", "cnn_layers"]
