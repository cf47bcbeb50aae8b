"""Decomposition: re-express data in a few directions that keep most of its variance."""

from ml.decomposition.pca import PCA

__all__ = ["PCA"]
