"""Preparing features: standardisation and one-hot encoding.

>>> __all__
['OneHotEncoder', 'StandardScaler', 'one_hot']
"""

from ml.preprocessing.encoding import OneHotEncoder, one_hot
from ml.preprocessing.scaling import StandardScaler

__all__ = ["OneHotEncoder", "StandardScaler", "one_hot"]
