"""Machine learning from scratch, with numpy alone.

The centrepiece is a 784-128-64-10 network that learns MNIST (``ml.nn``, ``ml.mnist``); around it
stand the classic algorithms, each a small module a learner can read in one sitting.
"""
