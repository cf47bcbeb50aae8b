"""Facts of the ant-colony essay: berlin52's optimum, ants beat the greedy tour, 2-opt."""

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology.ant_colony import (
    BERLIN52_OPTIMUM,
    DATA,
    AntColony,
    load_tsplib,
    load_tsplib_tour,
    main,
    nearest_neighbour_tour,
    tour_length,
    tsplib_distances,
    two_opt,
)


@pytest.fixture(scope="module")
def berlin52():
    return tsplib_distances(load_tsplib(DATA / "berlin52.tsp"))


def test_published_optimal_tour_has_length_7542(berlin52):
    # Reinelt (1991), TSPLIB: berlin52's optimum is 7542 under EUC_2D rounding.
    tour = load_tsplib_tour(DATA / "berlin52.opt.tour")
    assert len(berlin52) == 52
    assert tour_length(tour, berlin52) == BERLIN52_OPTIMUM


def test_nearest_neighbour_from_city_1_is_8980(berlin52):
    assert tour_length(nearest_neighbour_tour(berlin52, 0), berlin52) == 8980


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ant_colony_is_within_ten_percent_and_beats_greedy(berlin52, seed):
    colony = AntColony(iterations=150, seed=seed).fit(berlin52)
    assert tour_length(colony.best_tour_, berlin52) == colony.best_length_
    assert colony.best_length_ <= 1.10 * BERLIN52_OPTIMUM
    greedy = min(tour_length(nearest_neighbour_tour(berlin52, s), berlin52) for s in range(52))
    assert colony.best_length_ < greedy  # even the best of all 52 greedy starts (8181)
    assert colony.best_length_ >= BERLIN52_OPTIMUM  # nobody beats the optimum
    assert (np.diff(colony.history_) <= 0).all()


def brute_force_optimum(dist):
    n = len(dist)
    return min(tour_length(np.array((0, *rest)), dist)
               for rest in itertools.permutations(range(1, n)))


@settings(max_examples=15)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(4, 7))
def test_colony_tours_are_valid_and_never_beat_brute_force(seed, n):
    coords = np.random.default_rng(seed).random((n, 2)) * 1000
    dist = tsplib_distances(coords)
    colony = AntColony(n_ants=10, iterations=20, seed=seed).fit(dist)
    assert tour_length(colony.best_tour_, dist) == colony.best_length_
    assert colony.best_length_ >= brute_force_optimum(dist)


def test_strong_greed_can_trap_the_colony():
    # Cities 0 and 3 are 26 apart; the optimal tour (1413) avoids that edge. With beta = 5 the
    # edge's visibility is (412/26)^5 ~ 1e6 times more attractive than the alternative, so the
    # ants never try the optimum; with beta = 1 pheromone can still steer them to it.
    dist = np.array([[0, 314, 391, 26], [314, 0, 703, 296], [391, 703, 0, 412],
                     [26, 296, 412, 0]], dtype=float)
    assert brute_force_optimum(dist) == 1413
    assert AntColony(n_ants=10, iterations=30, beta=5.0, seed=0).fit(dist).best_length_ == 1416
    assert AntColony(n_ants=10, iterations=30, beta=1.0, seed=0).fit(dist).best_length_ == 1413


@settings(max_examples=30)
@given(seed=st.integers(0, 2**32 - 1), n=st.integers(4, 30))
def test_two_opt_never_lengthens_and_leaves_no_improving_move(seed, n):
    rng = np.random.default_rng(seed)
    dist = tsplib_distances(rng.random((n, 2)) * 1000)
    start = rng.permutation(n)
    tour = two_opt(start, dist)
    assert sorted(tour.tolist()) == list(range(n))
    assert tour_length(tour, dist) <= tour_length(start, dist)
    for i, j in itertools.combinations(range(1, n), 2):  # reversing tour[i..j] cannot help
        candidate = tour.copy()
        candidate[i:j + 1] = candidate[i:j + 1][::-1]
        assert tour_length(candidate, dist) >= tour_length(tour, dist) - 1e-9


def test_bad_input(berlin52, tmp_path):
    with pytest.raises(ValueError, match="each of the 52 cities exactly once"):
        tour_length(np.arange(51), berlin52)
    with pytest.raises(ValueError, match="shape"):
        tsplib_distances(np.zeros((3, 3)))
    with pytest.raises(ValueError, match="rho"):
        AntColony(rho=0.0)
    with pytest.raises(ValueError, match="square matrix"):
        AntColony().fit(np.zeros((2, 3)))
    with pytest.raises(IndexError, match="start city"):
        nearest_neighbour_tour(berlin52, 52)
    bad = tmp_path / "bad.tsp"
    bad.write_text("NAME: x\nEOF\n")
    with pytest.raises(ValueError, match="NODE_COORD_SECTION"):
        load_tsplib(bad)


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--iterations", "10", "--two-opt"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "nearest neighbour: 8980" in capsys.readouterr().out


def test_the_figures_numbers(berlin52):
    # The essay's figure: 20 ants for 200 iterations (seed 0) find 7547, and 2-opt turns that
    # tour into an optimal one; with 150 iterations seeds 0, 1, 2 give 7547, 7657, 7775.
    colony = AntColony(20, 1.0, 5.0, 0.5, iterations=200, seed=0).fit(berlin52)
    assert colony.best_length_ == 7547
    assert tour_length(two_opt(colony.best_tour_, berlin52), berlin52) == BERLIN52_OPTIMUM
    lengths = [AntColony(20, 1.0, 5.0, 0.5, iterations=150, seed=s).fit(berlin52).best_length_
               for s in (0, 1, 2)]
    assert lengths == [7547, 7657, 7775]
    assert round(100 * (8980 / BERLIN52_OPTIMUM - 1), 1) == 19.1
