"""Automatic differentiation on scalars: ``Value`` and a tiny ``ValueMLP`` made of them."""

from ml.autograd.nn import ValueLayer, ValueMLP, ValueNeuron, softmax_cross_entropy
from ml.autograd.value import Value

__all__ = ["Value", "ValueLayer", "ValueMLP", "ValueNeuron", "softmax_cross_entropy"]
