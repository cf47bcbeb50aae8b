"""Nearest-neighbour methods: classify or regress from the closest stored examples.

>>> __all__
['KNeighborsClassifier', 'KNeighborsRegressor', 'squared_distances']
"""

from ml.neighbors.knn import KNeighborsClassifier, KNeighborsRegressor, squared_distances

__all__ = ["KNeighborsClassifier", "KNeighborsRegressor", "squared_distances"]
