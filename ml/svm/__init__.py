"""Support vector machines: a linear SVM trained by Pegasos, one-vs-rest for many classes.

>>> __all__
['LinearSVC']
"""

from ml.svm.linear_svm import LinearSVC

__all__ = ["LinearSVC"]
