"""Bayesian classifiers built from per-class probability models.

>>> __all__
['GaussianNB']
"""

from ml.bayes.gaussian_nb import GaussianNB

__all__ = ["GaussianNB"]
