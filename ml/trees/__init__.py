"""Decision trees (CART) for classification and regression.

>>> from ml.trees import DecisionTreeClassifier, weighted_impurity
>>> DecisionTreeClassifier().max_depth is None
True
"""

from ml.trees.cart import DecisionTreeClassifier, DecisionTreeRegressor
from ml.trees.criteria import CLASSIFICATION, REGRESSION, target_matrix, weighted_impurity

__all__ = ["CLASSIFICATION", "REGRESSION", "DecisionTreeClassifier", "DecisionTreeRegressor",
           "target_matrix", "weighted_impurity"]
