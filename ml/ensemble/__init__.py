"""Ensembles of trees: random forests (averaging) and gradient boosting (adding).

>>> __all__[0]
'GradientBoostingClassifier'
"""

from ml.ensemble.gradient_boosting import GradientBoostingClassifier, GradientBoostingRegressor
from ml.ensemble.random_forest import RandomForestClassifier, RandomForestRegressor

__all__ = [
    "GradientBoostingClassifier",
    "GradientBoostingRegressor",
    "RandomForestClassifier",
    "RandomForestRegressor",
]
