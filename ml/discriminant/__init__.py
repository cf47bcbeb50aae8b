"""Discriminant analysis: classifiers from Gaussian class models.

>>> __all__
['LinearDiscriminantAnalysis']
"""

from ml.discriminant.lda import LinearDiscriminantAnalysis

__all__ = ["LinearDiscriminantAnalysis"]
