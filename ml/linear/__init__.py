"""Linear models: least squares, ridge, logistic regression and the perceptron.

>>> sorted(__all__)[:2]
['LinearRegression', 'LogisticRegression']
"""

from ml.linear.least_squares import LinearRegression
from ml.linear.logistic import LogisticRegression, log_loss_and_gradient
from ml.linear.perceptron import Perceptron
from ml.linear.ridge import Ridge

__all__ = ["LinearRegression", "LogisticRegression", "Perceptron", "Ridge", "log_loss_and_gradient"]
