"""A Hopfield network: store +-1 patterns with Hebb's rule, recall one from a noisy cue.

Write ``store`` (the weight matrix) and ``recall`` (asynchronous updates until nothing changes).
"""

import numpy as np


def store(patterns: np.ndarray) -> np.ndarray:
    """The Hebbian weights of a network that stores ``patterns``.

    patterns: (P, N) int array of -1 and +1, one pattern per row.
    Returns W, an (N, N) float array: (1/N) sum of xi xi^T over the patterns, zero diagonal.
    """
    raise NotImplementedError("write your solution here")


def recall(w: np.ndarray, state: np.ndarray, max_sweeps: int = 50) -> np.ndarray:
    """Run the network from ``state`` until a full sweep changes no neuron (or max_sweeps).

    w: (N, N) float weights; state: (N,) int array of -1 and +1 (do not change it in place).
    A sweep updates neurons 0, 1, ..., N-1 in turn, each to the sign of its input
    sum_j W[i, j] s[j] (an input of exactly 0 keeps its value). Returns the final (N,) state.
    """
    raise NotImplementedError("write your solution here")
