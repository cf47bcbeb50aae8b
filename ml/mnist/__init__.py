"""The MNIST centrepiece: train, evaluate and use the 784-128-64-10 network from the command line.

``python -m ml.mnist train`` learns the digits, ``evaluate`` reports per-class metrics,
``predict`` reads a digit from a PNG, ``figures`` draws every figure of the site from a real run.
The modules: ``data`` (pixels to features), ``augment`` (random shifts), ``preprocess`` (any
image to an MNIST-style 28x28), ``cli`` (the commands), ``figures`` and ``diagrams`` (plots).
"""
