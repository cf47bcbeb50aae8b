"""Layers built without an ``rng`` each get their own random stream, the same one every run.

They used to share ``default_rng(0)``: two ``Dense(784, 128)`` started with identical weights and
two ``Dropout`` layers dropped the same units, which silently correlates what should be
independent. The convention (ml.base): each such layer takes the next child stream of one
library-wide ``SeedSequence(0)``.
"""

import subprocess
import sys
from pathlib import Path

import numpy as np

from ml.nn.conv import Conv2D
from ml.nn.layers import Dense, Dropout

ROOT = Path(__file__).resolve().parents[3]  # the repository, so that `import ml` works


def test_two_dense_layers_without_rng_start_different():
    a, b = Dense(20, 10, dtype=np.float64), Dense(20, 10, dtype=np.float64)
    assert not np.array_equal(a.params["W"], b.params["W"])
    # independent draws: the weights are not even correlated
    r = np.corrcoef(a.params["W"].ravel(), b.params["W"].ravel())[0, 1]
    assert abs(r) < 0.3


def test_two_conv_layers_without_rng_start_different():
    a, b = Conv2D(2, 4, 3), Conv2D(2, 4, 3)
    assert not np.array_equal(a.params["W"], b.params["W"])


def test_two_dropout_layers_without_rng_drop_different_units():
    x = np.ones((8, 50), dtype=np.float32)
    first = Dropout(0.5).forward(x, training=True)
    second = Dropout(0.5).forward(x, training=True)
    assert not np.array_equal(first == 0, second == 0)


def test_a_given_rng_still_decides_everything():
    a = Dense(5, 3, rng=np.random.default_rng(4))
    b = Dense(5, 3, rng=np.random.default_rng(4))
    np.testing.assert_array_equal(a.params["W"], b.params["W"])


def test_layers_without_rng_are_the_same_in_every_run():
    script = ("import numpy as np\n"
              "from ml.nn.layers import Dense, Dropout\n"
              "from ml.nn.conv import Conv2D\n"
              "w = [Dense(4, 3).params['W'], Conv2D(1, 2, 3).params['W'],\n"
              "     Dropout(0.5).forward(np.ones((2, 6), np.float32), training=True)]\n"
              "print([x.round(6).tolist() for x in w])\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].strip()
