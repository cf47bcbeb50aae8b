"""Facts of the Turing-patterns essay: the Laplacian is a convolution, Gray-Scott's steady
states, and the spots and stripes of the figure."""

import math

import numpy as np
import pytest

from biology.turing_patterns import (
    D_U,
    D_V,
    KERNEL,
    PATTERNS,
    blobs,
    gray_scott_step,
    has_nontrivial_steady_state,
    laplacian,
    main,
    run,
    start,
)
from ml.nn import Conv2D


def test_the_laplacian_is_a_convolution_with_the_3x3_kernel():
    # The same numbers as one filter of the project's convolutional layer with fixed weights,
    # given the periodic grid as a wrapped border.
    a = np.random.default_rng(0).random((12, 12))
    conv = Conv2D(1, 1, 3, padding=0, rng=np.random.default_rng(0), dtype=np.float64)
    conv.params["W"][...] = KERNEL
    conv.params["b"][...] = 0.0
    wrapped = np.pad(a, 1, mode="wrap")[None, None]
    assert conv.forward(wrapped)[0, 0] == pytest.approx(laplacian(a), abs=1e-12)


def test_the_kernel_is_exact_on_quadratics():
    x, y = np.meshgrid(np.arange(10.0), np.arange(10.0))
    assert laplacian(x * x + y * y)[1:-1, 1:-1] == pytest.approx(4.0)


def test_pearsons_diffusion_constants_in_grid_units():
    # Pearson (1993): D_u = 2e-5, D_v = 1e-5 on a 2.5 x 2.5 square of 256 x 256 cells.
    assert D_U == pytest.approx(0.2097152) and D_V == pytest.approx(D_U / 2)


def test_no_catalyst_is_a_steady_state():
    u, v = gray_scott_step(np.ones((8, 8)), np.zeros((8, 8)), 0.03, 0.06)
    assert np.all(u == 1.0) and np.all(v == 0.0)


def test_a_uniform_state_with_catalyst_exists_only_if_f_exceeds_4_f_plus_k_squared():
    # u v = F + k and (F + k) v^2 - F v + F (F + k) = 0: real roots iff F >= 4 (F + k)^2.
    for f, k in [(0.06, 0.045), (0.03, 0.062), (0.05, 0.065), (0.02, 0.02)]:
        disc = f ** 2 - 4 * f * (f + k) ** 2
        assert has_nontrivial_steady_state(f, k) == (disc >= 0)
    assert not has_nontrivial_steady_state(*PATTERNS["spots"])
    assert has_nontrivial_steady_state(*PATTERNS["uniform"])


def test_the_uniform_tile_settles_on_the_upper_steady_state():
    f, k = PATTERNS["uniform"]
    u, v = run(f, k, steps=8000, size=48)
    v_star = (f + math.sqrt(f * f - 4 * f * (f + k) ** 2)) / (2 * (f + k))
    assert v == pytest.approx(v_star, abs=1e-4)
    assert u == pytest.approx((f + k) / v_star, abs=1e-4)


def test_the_figures_spots_and_stripes():
    spots = blobs(run(*PATTERNS["spots"])[1])
    stripes = blobs(run(*PATTERNS["stripes"])[1])
    assert len(spots) == 48 and max(spots) < 100  # many small round regions
    assert len(stripes) == 4 and min(stripes) > 400  # a few long ones


def test_start_is_pearsons_square_with_one_percent_noise():
    _, v = start(64, seed=1)
    square = v[22:42, 22:42]
    assert np.all(np.abs(square / 0.25 - 1) <= 0.01) and square.std() > 0
    assert v.sum() == pytest.approx(square.sum())


def test_blobs_wrap_around_the_edges():
    v = np.zeros((6, 6))
    v[0, 0] = v[5, 0] = v[3, 3] = 1.0
    assert blobs(v) == [2, 1]


def test_bad_input(capsys):
    assert main(["--steps", "5"]) == 2
    assert "--steps" in capsys.readouterr().err
