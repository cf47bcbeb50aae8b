"""``ml.special``: the shared numerics, and the promise that the classic models load no network.

Before ``ml.special`` existed, the classic models took ``softmax`` and ``log_softmax`` from
``ml.nn``, so ``import ml.linear`` loaded twelve ``ml.nn`` modules including training and I/O.
"""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from ml.special import log_softmax, logsumexp, sigmoid, softmax

ROOT = Path(__file__).resolve().parents[2]
CLASSIC = ["ml.base", "ml.bayes", "ml.cluster", "ml.decomposition", "ml.discriminant",
           "ml.ensemble", "ml.linear", "ml.metrics", "ml.model_selection", "ml.neighbors",
           "ml.preprocessing", "ml.special", "ml.svm", "ml.trees"]


def test_classic_packages_load_no_network_module():
    script = ("import importlib, sys\n"
              "for name in sys.argv[1:]:\n"
              "    importlib.import_module(name)\n"
              "print(sorted(m for m in sys.modules if m.split('.')[:2] in\n"
              "             (['ml', 'nn'], ['ml', 'cnn'], ['ml', 'mnist'])))\n")
    for package in CLASSIC:  # one fresh interpreter each: a shared one would hide the culprit
        out = subprocess.run([sys.executable, "-c", script, package], capture_output=True,
                             text=True, check=True, cwd=ROOT).stdout
        assert out.strip() == "[]", f"import {package} loaded {out.strip()}"


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_no_overflow_at_the_edges_and_dtype_kept(dtype):
    z = np.array([[-1e4, 0.0, 1e4]], dtype=dtype)
    for f in (sigmoid, softmax, log_softmax):
        out = f(z)
        assert out.dtype == dtype and not np.isnan(out).any()
    assert np.isfinite(log_softmax(z)).all()
    assert logsumexp(z, axis=1)[0] == pytest.approx(1e4)


def test_they_agree_with_the_definitions_on_moderate_numbers():
    rng = np.random.default_rng(0)
    z = rng.standard_normal((5, 4))
    np.testing.assert_allclose(sigmoid(z), 1 / (1 + np.exp(-z)))
    np.testing.assert_allclose(logsumexp(z, axis=1), np.log(np.exp(z).sum(axis=1)))
    np.testing.assert_allclose(softmax(z), np.exp(z) / np.exp(z).sum(axis=1, keepdims=True))
    np.testing.assert_allclose(log_softmax(z), np.log(softmax(z)))
    np.testing.assert_allclose(softmax(z, axis=0).sum(axis=0), 1.0)


def test_a_row_of_impossible_entries_gives_minus_infinity_not_nan():
    z = np.array([[-np.inf, -np.inf], [0.0, -np.inf]])
    np.testing.assert_array_equal(logsumexp(z, axis=1), [-np.inf, 0.0])
    assert log_softmax(z[1:]).tolist() == [[0.0, -np.inf]]
