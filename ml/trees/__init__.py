"""Decision trees (CART) for classification and regression.

>>> __all__
['DecisionTreeClassifier', 'DecisionTreeRegressor']
"""

from ml.trees.cart import DecisionTreeClassifier, DecisionTreeRegressor
from ml.trees.criteria import CLASSIFICATION, REGRESSION, target_matrix, weighted_impurity

__all__ = ["CLASSIFICATION", "REGRESSION", "DecisionTreeClassifier", "DecisionTreeRegressor",
           "target_matrix", "weighted_impurity"]
