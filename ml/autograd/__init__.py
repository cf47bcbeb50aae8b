"""Automatic differentiation on scalars: ``Value`` and a tiny ``MLP`` made of them."""

from ml.autograd.nn import MLP, softmax_cross_entropy
from ml.autograd.value import Value

__all__ = ["MLP", "Value", "softmax_cross_entropy"]
