"""Autograd neurons, layers and MLPs built without an ``rng`` get their own streams, as the
``ml.nn`` layers do (they all used to start from ``random.Random(0)``)."""

import subprocess
import sys
from pathlib import Path

from ml.autograd.nn import ValueLayer, ValueMLP, ValueNeuron

ROOT = Path(__file__).resolve().parents[3]  # the repository, so that `import ml` works


def weights(module) -> list[float]:
    return [p.data for p in module.parameters()]


def test_modules_without_rng_start_different():
    assert weights(ValueNeuron(4)) != weights(ValueNeuron(4))
    assert weights(ValueLayer(3, 2)) != weights(ValueLayer(3, 2))
    assert weights(ValueMLP([3, 4, 2])) != weights(ValueMLP([3, 4, 2]))


def test_modules_without_rng_are_the_same_in_every_run():
    script = ("from ml.autograd.nn import ValueMLP, ValueNeuron\n"
              "params = ValueNeuron(3).parameters() + ValueMLP([2, 2]).parameters()\n"
              "print([p.data for p in params])\n")
    runs = [subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, cwd=ROOT).stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].strip()
