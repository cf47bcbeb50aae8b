"""Model selection: hold-out splits, k-fold cross-validation.

>>> __all__
['KFold', 'cross_val_score', 'train_test_split']
"""

from ml.model_selection.split import KFold, train_test_split
from ml.model_selection.validation import cross_val_score

__all__ = ["KFold", "cross_val_score", "train_test_split"]
