"""Facts of the Turing-patterns essay: the Laplacian is a convolution, Gray-Scott's steady
states, and the spots and stripes of the figure."""

import json
import math
import warnings

import numpy as np
import pytest

from biology import turing_patterns
from biology.turing_patterns import (
    D_U,
    D_V,
    KERNEL,
    PATTERNS,
    blobs,
    bounded,
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


def test_equal_diffusion_kills_the_spots():
    # The first exercise, Turing's condition: with D_u = D_v nothing patterns; the catalyst of
    # the spots' parameters dies out, where Pearson's D_u = 2 D_v has already split into spots.
    spots = run(0.030, 0.062, 1000)[1]
    assert len(blobs(spots)) == 8 and spots.max() > 0.3
    for d in (D_U, D_V):
        assert run(0.030, 0.062, 1000, du=d, dv=d)[1].max() < 1e-30


def test_euler_blows_up_a_little_above_one_over_four_d_u():
    # The third exercise: the 5-point Laplacian's checkerboard mode grows once
    # 8 D_u dt > 2, that is dt > 1 / (4 D_u) = 1.19; below it the run stays in [0, 1].
    assert 1.1 < 1 / (4 * D_U) < 1.3
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the overflow is a result, not a warning
        assert bounded(*run(0.030, 0.062, 1000, dt=1.1))
        assert not bounded(*run(0.030, 0.062, 1000, dt=1.3))


def test_diffusion_and_dt_from_the_command_line(tmp_path, capsys, monkeypatch):
    seen = []
    monkeypatch.setattr(turing_patterns, "draw",
                        lambda out, patterns, *args: seen.append(args) or out)

    def facts(*argv: str) -> dict:
        assert main([*argv, "--steps", "1000", "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    default = facts()
    assert (default["du"], default["dv"], default["dt"]) == (D_U, D_V, 1.0)
    assert default["bounded"] and default["regions"]["spots"] == 8
    equal = facts("--du", "0.1", "--dv", "0.1")
    assert equal["regions"]["spots"] == 0 and seen[-1] == (1.0, 0.1, 0.1)
    blown = facts("--dt", "1.3")
    assert blown["bounded"] is False and seen[-1] == (1.3, D_U, D_V)


@pytest.mark.parametrize(("argv", "named"), [(["--dt", "0"], "--dt"), (["--dt", "11"], "--dt"),
                                              (["--du", "-0.1"], "--du"),
                                              (["--dv", "nan"], "--dv")])
def test_bad_diffusion_or_dt_is_a_one_line_error(argv, named, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and named in err
    assert list(tmp_path.iterdir()) == []
