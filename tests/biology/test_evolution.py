"""Facts of the evolution essay: GA solves OneMax, the (1+1)-ES solves the sphere, and selection
raises the mean fitness in expectation."""

import itertools
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biology import evolution
from biology.evolution import (
    expected_roulette_mean,
    expected_tournament_mean,
    genetic_algorithm,
    main,
    one_plus_one_es,
    onemax,
    roulette_sample,
    sphere,
    tournament_select,
)


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_ga_reaches_the_onemax_optimum(seed):
    result = genetic_algorithm(n_bits=50, pop_size=40, generations=80, seed=seed)
    assert onemax(result.best) == 50
    assert result.best_fitness[-1] == 50
    assert np.all(np.diff(result.best_fitness) >= 0)  # elitism: the best is never lost


def test_selection_raises_the_expected_mean_every_generation():
    # Selection alone (before crossover and mutation) raises the mean in expectation; it is
    # strictly higher whenever the population is not uniform.
    result = genetic_algorithm(n_bits=50, seed=0)
    assert np.all(result.selected_mean > result.mean_fitness)


def test_tournament_expectation_matches_sampling():
    rng = np.random.default_rng(7)
    fitness = rng.integers(0, 50, size=40)
    draws = [fitness[tournament_select(fitness, 40, 2, rng)].mean() for _ in range(2000)]
    # 80 000 tournaments: the sample mean has standard error ~0.05.
    assert np.mean(draws) == pytest.approx(expected_tournament_mean(fitness, 2), abs=0.2)
    assert expected_tournament_mean(fitness, 2) > fitness.mean()


def test_roulette_selection_shifts_mean_by_variance_over_mean():
    rng = np.random.default_rng(8)
    fitness = rng.gamma(4.0, 1.0, size=2000)  # mean ~4, variance ~4: shift ~1
    picks = rng.choice(fitness, size=200_000, p=fitness / fitness.sum())
    expected = fitness.mean() + fitness.var() / fitness.mean()
    assert expected_roulette_mean(fitness) == pytest.approx(expected)
    assert picks.mean() == pytest.approx(expected, abs=0.03)


@settings(max_examples=40)
@given(fitness=st.lists(st.integers(0, 9), min_size=1, max_size=5), k=st.integers(1, 3))
def test_tournament_expectation_against_brute_force(fitness, k):
    f = np.array(fitness, dtype=float)
    brute = np.mean([max(f[list(c)]) for c in itertools.product(range(len(f)), repeat=k)])
    assert expected_tournament_mean(f, k) == pytest.approx(brute)
    assert expected_tournament_mean(f, k) >= f.mean() - 1e-12  # selection never lowers it


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_one_plus_one_es_minimises_the_sphere(seed):
    # 10-D sphere from (1, ..., 1), f = 10: below 1e-12 within 1500 iterations (measured <= 3e-19).
    x, fs, sigmas = one_plus_one_es(sphere, np.ones(10), sigma0=1.0, iterations=1500, seed=seed)
    assert fs[-1] < 1e-12
    assert sphere(x) == fs[-1]
    assert np.all(np.diff(fs) <= 0)  # an elitist strategy never gets worse
    # The 1/5th rule holds the success rate near 1/5 (measured 0.16).
    assert 0.1 < np.mean(np.diff(fs) < 0) < 0.3
    assert sigmas[-1] < 1e-6  # the step size shrank with the distance to the optimum


def test_without_step_size_adaptation_the_es_stalls():
    def fixed_sigma_es(seed):
        rng = np.random.default_rng(seed)
        x = np.ones(10)
        for _ in range(1500):
            y = x + 0.1 * rng.standard_normal(10)
            if sphere(y) <= sphere(x):
                x = y
        return sphere(x)

    assert fixed_sigma_es(0) > 1e-3  # stuck at the scale of the fixed step


def test_bad_input():
    with pytest.raises(ValueError, match="even pop_size"):
        genetic_algorithm(pop_size=3)
    with pytest.raises(ValueError, match="sigma0 > 0"):
        one_plus_one_es(sphere, np.ones(2), sigma0=0.0)
    with pytest.raises(ValueError, match="non-negative fitness"):
        expected_roulette_mean(np.array([-1.0, 2.0]))


def test_command_line_writes_figure(tmp_path, capsys):
    out = tmp_path / "fig.png"
    assert main(["--out", str(out), "--bits", "30"]) == 0
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "optimum first reached in generation" in capsys.readouterr().out


def test_the_figures_numbers():
    # As the essay quotes them: the GA (seed 0) first reaches 50 in generation 34; the ES ends
    # near 1e-20 after 1500 iterations; roulette moves a mean-4, variance-4 population to 5.
    best = np.array(genetic_algorithm(n_bits=50, seed=0).best_fitness)
    assert int(np.argmax(best >= 50)) == 34
    _, fs, _ = one_plus_one_es(sphere, np.ones(10), seed=0)
    assert 1e-21 < fs[-1] < 1e-19
    fitness, parents = roulette_sample(seed=0)
    assert (round(fitness.mean(), 2), round(fitness.var(), 2)) == (4.04, 4.06)
    assert round(parents.mean(), 2) == 5.04
    assert expected_roulette_mean(fitness) == pytest.approx(5.05, abs=0.005)


def test_exercise_rates_reach_the_algorithms(tmp_path, capsys, monkeypatch):
    # The first exercise turns crossover off, then mutation; the second moves the ES's target
    # success rate. Each flag must change what runs, the same way the function's argument does.
    drawn = []
    monkeypatch.setattr(evolution, "draw", lambda out, *rates: drawn.append(rates) or out)

    def first_hit(argv):
        assert main([*argv, "--out", str(tmp_path / "f.png"), "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    default, no_crossover, no_mutation = (first_hit([]), first_hit(["--crossover", "0"]),
                                          first_hit(["--mutation", "0"]))
    for facts, p_c, p_m in ((default, 0.9, None), (no_crossover, 0.0, None),
                            (no_mutation, 0.9, 0.0)):
        result = genetic_algorithm(n_bits=50, p_crossover=p_c, p_mutation=p_m)
        hits = np.flatnonzero(result.best_fitness == 50)
        assert facts["ga_first_optimum_generation"] == (int(hits[0]) if len(hits) else None)
    assert default["ga_first_optimum_generation"] < no_crossover["ga_first_optimum_generation"]
    half = first_hit(["--success-rate", "0.5"])
    assert half["es_final_f"] == one_plus_one_es(sphere, np.ones(10), success_rate=0.5)[1][-1]
    assert half["es_final_f"] > default["es_final_f"]
    # ...and the figure is drawn with the same rates: (bits, seed, p_c, p_m, success rate).
    assert [r[2:] for r in drawn] == [(0.9, None, 0.2), (0.0, None, 0.2), (0.9, 0.0, 0.2),
                                      (0.9, None, 0.5)]


@pytest.mark.parametrize("rate", [0.5, 0.1, 0.2])
def test_the_step_size_balances_at_the_chosen_success_rate(rate):
    # Balanced means a success grows log(sigma) exactly as much as 1/rate - 1 failures shrink it.
    rng_f = iter(np.r_[[0.0], np.tile([1.0] * (round(1 / rate) - 1) + [-1.0], 20)])
    _, _, sigmas = one_plus_one_es(lambda x: next(rng_f), np.zeros(1),
                                   iterations=20 * round(1 / rate), success_rate=rate)
    assert sigmas[-1] == pytest.approx(1.0)


def test_bad_success_rate():
    with pytest.raises(ValueError, match="success_rate"):
        one_plus_one_es(sphere, np.ones(2), success_rate=1.0)
