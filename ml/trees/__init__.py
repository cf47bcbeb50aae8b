"""Decision trees (CART) for classification and regression.

>>> __all__
['DecisionTreeClassifier', 'DecisionTreeRegressor']
"""

from ml.trees.cart import DecisionTreeClassifier, DecisionTreeRegressor

__all__ = ["DecisionTreeClassifier", "DecisionTreeRegressor"]
