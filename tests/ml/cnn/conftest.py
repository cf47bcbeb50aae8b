"""The seeded generator the CNN tests draw their random images and weights from."""

import numpy as np
import pytest


@pytest.fixture
def rng():
    return np.random.default_rng(2024)
