"""Regression metrics against plain-Python definitions and scikit-learn."""

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from ml.metrics.regression import mean_absolute_error, mean_squared_error, r2_score

values = st.lists(st.floats(-1e3, 1e3), min_size=2, max_size=20)


@given(values, st.data())
def test_metrics_match_their_definitions(y_true, data):
    y_pred = data.draw(st.lists(st.floats(-1e3, 1e3), min_size=len(y_true),
                                max_size=len(y_true)))
    n = len(y_true)
    mse = sum((a - b) ** 2 for a, b in zip(y_true, y_pred, strict=True)) / n
    mae = sum(abs(a - b) for a, b in zip(y_true, y_pred, strict=True)) / n
    assert mean_squared_error(y_true, y_pred) == pytest.approx(mse, rel=1e-9, abs=1e-9)
    assert mean_absolute_error(y_true, y_pred) == pytest.approx(mae, rel=1e-9, abs=1e-9)
    mean = sum(y_true) / n
    ss_tot = sum((a - mean) ** 2 for a in y_true)
    if ss_tot > 1e-6:
        assert r2_score(y_true, y_pred) == pytest.approx(1 - mse * n / ss_tot, rel=1e-6,
                                                         abs=1e-9)


def test_r2_conventions():
    assert r2_score([3.0, 3.0], [3.0, 3.0]) == 1.0
    assert r2_score([3.0, 3.0], [2.0, 3.0]) == 0.0
    assert r2_score([1.0, 2.0, 3.0], [3.0, 2.0, 1.0]) == -3.0  # worse than the mean


def test_bad_input():
    with pytest.raises(ValueError, match="equal length"):
        mean_squared_error([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="empty"):
        r2_score([], [])
    with pytest.raises(ValueError, match="NaN"):
        mean_absolute_error([np.nan], [1.0])


def test_parity_with_scikit_learn():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = np.random.default_rng(0)
    a, b = rng.standard_normal(30), rng.standard_normal(30)
    assert mean_squared_error(a, b) == pytest.approx(metrics.mean_squared_error(a, b))
    assert mean_absolute_error(a, b) == pytest.approx(metrics.mean_absolute_error(a, b))
    assert r2_score(a, b) == pytest.approx(metrics.r2_score(a, b))
