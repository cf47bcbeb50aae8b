"""Facts of the swarms essay: boids order themselves, PSO finds what gradients miss."""

import json

import numpy as np
import pytest

from biology import swarms
from biology.swarms import (
    FUNCTIONS,
    GRADIENTS,
    INERTIA,
    BoidRules,
    Mulberry32,
    boids_step,
    flock,
    gradient_descent,
    main,
    polarisation,
    pso,
    rastrigin,
    rosenbrock,
    sphere,
    start_boids,
    success_rates,
)


def test_mulberry32_matches_the_reference_javascript():
    # Values printed by the reference mulberry32 in node for seed 1, and the sum of 100 000
    # draws for seed 123456789: the page's demo uses the same generator.
    rng = Mulberry32(1)
    assert [rng.random() for _ in range(3)] == [0.6270739405881613, 0.002735721180215478,
                                                0.5274470399599522]
    rng = Mulberry32(123456789)
    assert sum(rng.random() for _ in range(100_000)) == pytest.approx(49989.106643360574,
                                                                      abs=1e-6)


def test_flock_orders_from_a_disordered_start():
    # Vicsek et al. (1995) order parameter: ~1/sqrt(N) for random headings, ~1 for a flock.
    _, _, order = flock(n=80, steps=400, seed=0)
    assert order[0] < 0.2
    assert order[-1] > 0.95
    assert round(float(order[-1]), 2) == 0.99


def test_without_alignment_and_cohesion_there_is_no_order():
    rules = BoidRules(alignment=0.0, cohesion=0.0)
    _, _, order = flock(n=80, steps=200, seed=0, rules=rules)
    assert order[-1] < 0.3


def test_boids_step_keeps_speeds_in_range_and_positions_on_the_torus():
    rules = BoidRules()
    pos, vel = start_boids(50, 3, rules)
    for _ in range(20):
        pos, vel = boids_step(pos, vel, rules)
    speed = np.linalg.norm(vel, axis=1)
    assert np.all((speed >= rules.min_speed - 1e-12) & (speed <= rules.max_speed + 1e-12))
    assert np.all((pos >= 0) & (pos < rules.size))


def test_a_lone_boid_flies_straight():
    pos, vel = boids_step(np.array([[50.0, 50.0]]), np.array([[1.0, 0.5]]))
    assert vel.tolist() == [[1.0, 0.5]] and pos.tolist() == [[51.0, 50.5]]


def test_polarisation_of_opposite_headings_is_zero():
    assert polarisation(np.array([[1.0, 0.0], [-3.0, 0.0]])) == pytest.approx(0.0)


def test_test_functions_have_their_published_minima():
    # Rastrigin (1974): 0 at the origin; Rosenbrock (1960): 0 at (1, ..., 1).
    assert float(rastrigin(np.zeros(5))) == 0.0
    assert float(rosenbrock(np.ones(5))) == 0.0
    assert float(sphere(np.zeros(3))) == 0.0
    assert float(rastrigin(np.array([1.0, 0.0]))) == pytest.approx(1.0)  # a local minimum nearby


@pytest.mark.parametrize("name", ["sphere", "rastrigin", "rosenbrock"])
def test_gradients_match_finite_differences(name):
    x, h = np.array([0.3, -0.7, 1.1]), 1e-6
    numeric = [(FUNCTIONS[name](x + h * e) - FUNCTIONS[name](x - h * e)) / (2 * h)
               for e in np.eye(3)]
    assert GRADIENTS[name](x) == pytest.approx(numeric, rel=1e-5, abs=1e-6)


def test_pso_finds_the_global_minima():
    assert pso(sphere, 5, 5.12)[1][-1] < 1e-12
    assert pso(rosenbrock, 2, 2.048)[1][-1] < 1e-6
    best, history = pso(rastrigin, 2, 5.12)
    assert history[-1] < 1e-12 and np.allclose(best, 0, atol=1e-6)
    assert np.all(np.diff(history) <= 0)  # memory: the best is never forgotten


def test_adam_stops_in_the_nearest_dimple_of_rastrigin():
    end, history = gradient_descent("rastrigin", np.array([3.2, -2.1]))
    assert np.allclose(end, [2.985, -1.990], atol=1e-3)  # the local minimum near (3, -2)
    assert history[-1] == pytest.approx(12.93, abs=0.01)


def test_adam_solves_the_smooth_functions():
    assert gradient_descent("rosenbrock", np.array([-1.2, 1.0]))[1][-1] < 1e-10
    assert gradient_descent("sphere", np.array([3.0, -2.0]), "sgd", 200, 0.1)[1][-1] < 1e-30


def test_success_rates_on_rastrigin():
    assert success_rates(runs=20, seed=0) == {"pso": 1.0, "adam": 0.05}


def test_bad_input(capsys):
    assert main(["--runs", "0"]) == 2
    assert "--runs" in capsys.readouterr().err


def test_inertia_one_lets_the_velocities_grow_without_bound():
    # Clerc and Kennedy: with c = 1.49618, w = 0.7298 makes the swarm contract; w = 1 removes
    # the constriction and the mean speed grows by orders of magnitude instead of vanishing.
    calm, wild = [], []
    _, settled = pso(rastrigin, 2, 5.12, seed=0, w=INERTIA, speeds=calm)
    _, lost = pso(rastrigin, 2, 5.12, seed=0, w=1.0, speeds=wild)
    assert len(calm) == len(wild) == 200
    assert calm[-1] < 1e-2 * calm[0] and wild[-1] > 1e3 * wild[0]
    assert settled[-1] < 1e-3 < lost[-1]
    assert pso(rastrigin, 2, 5.12, seed=0)[1] == settled  # the default is the constriction


def test_inertia_from_the_command_line(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(swarms, "draw", lambda out, *args: out)

    def facts(*argv: str) -> dict:
        assert main([*argv, "--runs", "2", "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    default, wild = facts(), facts("--inertia", "1")
    assert default["pso_inertia"] == INERTIA and wild["pso_inertia"] == 1.0
    assert wild["pso_mean_speed"]["last"] > 1e3 > default["pso_mean_speed"]["last"]
    assert wild["rastrigin_success"] == success_rates(runs=2, inertia=1.0)
    assert default["rastrigin_success"]["pso"] == 1.0 > wild["rastrigin_success"]["pso"]


@pytest.mark.parametrize("bad", ["-0.1", "2.5", "nan"])
def test_bad_inertia_is_a_one_line_error(bad, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--inertia", bad]) == 2
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and err.startswith("error: ") and "--inertia" in err
    assert list(tmp_path.iterdir()) == []
