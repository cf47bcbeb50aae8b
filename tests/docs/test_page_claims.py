"""Claims the derivation pages make about the code, checked against the code.

The common-mistakes page says that ``+=`` is right in the neuron-by-neuron network (one example
per call, cleared before each batch) and would be a bug in the dense layer (the whole batch per
call). The evaluation page shows the report of the same run as the training page's figures.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np

from ml.nn.layers import Dense
from ml.nn.neuron import LoopNetwork

ROOT = Path(__file__).resolve().parents[2]
FIGURES = ROOT / "docs" / "figures"


def _batch(seed: int = 0):
    rng = np.random.default_rng(seed)
    return rng.standard_normal((5, 4)), rng.integers(0, 3, 5)


def test_the_loop_network_adds_per_example_but_clears_per_batch():
    X, y = _batch()
    net = LoopNetwork([4, 6, 3], seed=0)
    first = net.gradients(X, y)
    second = net.gradients(X, y)  # a second batch: no leftovers from the first
    for (dW1, db1), (dW2, db2) in zip(first, second, strict=True):
        np.testing.assert_array_equal(dW1, dW2)
        np.testing.assert_array_equal(db1, db2)
    # and the batch gradient is the mean of the per-example ones, which += summed
    per_example = [net.gradients(X[i:i + 1], y[i:i + 1]) for i in range(len(X))]
    for layer, (dW, db) in enumerate(first):
        np.testing.assert_allclose(dW, np.mean([g[layer][0] for g in per_example], axis=0))
        np.testing.assert_allclose(db, np.mean([g[layer][1] for g in per_example], axis=0))


def test_the_dense_layer_overwrites_because_one_call_sums_the_batch():
    X, _ = _batch()
    layer = Dense(4, 3, rng=np.random.default_rng(0), dtype=np.float64)
    grad = np.random.default_rng(1).standard_normal((5, 3))
    layer.forward(X)
    layer.backward(grad)
    once = layer.grads["W"].copy()
    layer.backward(grad)
    np.testing.assert_array_equal(layer.grads["W"], once)
    np.testing.assert_allclose(once, sum(np.outer(X[i], grad[i]) for i in range(len(X))))


def test_the_evaluation_report_is_the_run_behind_the_training_figures():
    report = (FIGURES / "ml/evaluate/evaluate.txt").read_text(encoding="utf-8")
    scores = json.loads((FIGURES / "ml/evaluate/evaluate.json").read_text(encoding="utf-8"))
    run = json.loads((FIGURES / "mnist/results.json").read_text(encoding="utf-8"))
    assert scores["accuracy"] == run["test_accuracy"]
    shown = float(re.search(r"^\s*accuracy\s+([\d.]+)\s+10000$", report, re.MULTILINE)[1])
    assert shown == round(scores["accuracy"], 4)
    rows = re.findall(r"^\s+(\d)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+\d+$", report, re.MULTILINE)
    assert [int(r[0]) for r in rows] == list(range(10))
    for digit, precision, recall, f1 in rows:
        k = int(digit)
        assert float(precision) == round(scores["per_class"]["precision"][k], 4)
        assert float(recall) == round(scores["per_class"]["recall"][k], 4)
        assert float(f1) == round(scores["per_class"]["f1"][k], 4)
