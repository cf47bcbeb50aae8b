"""Epidemics: the SIR equations, their final-size relation, and an outbreak that is a BFS.

Kermack and McKendrick (1927) split a large, well-mixed population into fractions that are
Susceptible, Infectious and Recovered (immune or dead). Each infectious person makes beta
effective contacts a day and recovers at rate gamma (mean infectious period 1/gamma):

    ds/dt = -beta s i,      di/dt = beta s i - gamma i,      dr/dt = gamma i.

The basic reproduction number R0 = beta / gamma counts the infections one case causes in a fully
susceptible population. The epidemic grows while R0 s > 1 and peaks when s = 1/R0, that is when
a fraction 1 - 1/R0 is no longer susceptible: the herd-immunity threshold. It then runs on past
that point and stops short of infecting everyone. Dividing ds/dt by dr/dt and integrating gives
the *final-size relation* for the fraction s_inf never infected (starting from s_0 ~ 1, r_0 = 0):

    s_inf = s_0 exp(-R0 (1 - s_inf)),

a number the ODE reaches only as t -> infinity, but which bisection finds directly.

On a contact *network* the same process has a discrete skeleton. Let each contact (edge) transmit
with probability T, and decide every edge's coin in advance: the open edges form a
*transmission graph*. The infected are then exactly the vertices reachable from patient zero,
and generation g — the people infected by someone infected in generation g-1 — is exactly the
g-th layer of a breadth-first search. On a random graph with mean degree c the outbreak's size,
when it takes off, solves the same relation with R0 = c T: the giant component of the
transmission graph.

>>> round(final_size(2.5), 4)
0.1074
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Hashable, Sequence
from pathlib import Path

import numpy as np

from biology import cli
from biology.figures import pyplot, save_figure
from dsa.graphs.components import connected_components
from dsa.graphs.traversal import bfs
from dsa.structures.graph import Graph


def _check_rates(beta: float, gamma: float) -> None:
    if beta < 0 or gamma <= 0:
        raise ValueError(f"need beta >= 0 and gamma > 0 (rates per day), got beta={beta}, "
                         f"gamma={gamma}")


def sir_rhs(state: np.ndarray, beta: float, gamma: float) -> np.ndarray:
    """The SIR vector field (ds/dt, di/dt, dr/dt) at ``state = (s, i, r)``.

    >>> sir_rhs(np.array([0.5, 0.5, 0.0]), beta=2.0, gamma=1.0).tolist()
    [-0.5, 0.0, 0.5]
    """
    s, i, _ = state
    infection, recovery = beta * s * i, gamma * i
    return np.array([-infection, infection - recovery, recovery])


# --8<-- [start:sir]
def simulate_sir(beta: float, gamma: float, i0: float = 1e-4, days: float = 200.0,
                 dt: float = 0.1, vaccinated: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """Integrate SIR with classical Runge–Kutta (RK4). Returns times (n,) and states (n, 3).

    A fraction ``vaccinated`` starts in R: immune, so s0 = 1 - vaccinated - i0.
    O(days / dt). RK4's error per unit time is O(dt^4).

    >>> t, y = simulate_sir(beta=0.5, gamma=0.2, days=10, dt=0.5)
    >>> t[-1], bool(np.allclose(y.sum(axis=1), 1.0))
    (np.float64(10.0), True)
    """
    _check_rates(beta, gamma)
    if not 0 < i0 < 1 or dt <= 0 or days <= 0 or not 0 <= vaccinated < 1 - i0:
        raise ValueError(f"need 0 < i0 < 1, 0 <= vaccinated < 1 - i0, dt > 0 and days > 0, "
                         f"got i0={i0}, vaccinated={vaccinated}, dt={dt}, days={days}")
    steps = round(days / dt)
    times = np.linspace(0.0, steps * dt, steps + 1)
    states = np.empty((steps + 1, 3))
    states[0] = (1.0 - vaccinated - i0, i0, vaccinated)
    for n in range(steps):
        y = states[n]
        k1 = sir_rhs(y, beta, gamma)
        k2 = sir_rhs(y + dt / 2 * k1, beta, gamma)
        k3 = sir_rhs(y + dt / 2 * k2, beta, gamma)
        k4 = sir_rhs(y + dt * k3, beta, gamma)
        states[n + 1] = y + dt / 6 * (k1 + 2 * k2 + 2 * k3 + k4)
    return times, states
# --8<-- [end:sir]


# --8<-- [start:final-size]
def final_size(r0: float, s0: float = 1.0, tol: float = 1e-12, vaccinated: float = 0.0
               ) -> float:
    """The fraction never infected, s_inf = s0 exp(-R0 (1 - s_inf)), by bisection.

    For R0 <= 1 (and s0 = 1) no epidemic happens and the answer is s0. For R0 > 1 the root lies
    in (0, 1/R0): the epidemic overshoots the herd-immunity threshold. O(log(1/tol)).

    Here 1 - s0 are infectious at the start, so s0 = 1 - v does *not* model vaccination. A
    fraction v = ``vaccinated`` immune from the start takes no part: the others meet an
    epidemic with R0 (1 - v), and s_inf is (1 - v) times that epidemic's answer (s0 then
    counts the unvaccinated only). It solves s_inf = (1 - v) exp(-R0 (1 - v - s_inf)).

    >>> final_size(0.8), round(final_size(2.0), 4), round(final_size(2.5, vaccinated=0.7), 12)
    (1.0, 0.2032, 0.3)
    """
    if r0 < 0 or not 0 < s0 <= 1 or not 0 <= vaccinated < 1:
        raise ValueError(f"need R0 >= 0, 0 < s0 <= 1 and 0 <= vaccinated < 1, got R0={r0}, "
                         f"s0={s0}, vaccinated={vaccinated}")
    if vaccinated:
        rest = 1.0 - vaccinated
        return rest * final_size(r0 * rest, s0, tol)
    if r0 == 0 or (r0 <= 1 and s0 == 1.0):
        return s0  # nobody infects anybody, or the epidemic never starts

    def excess(s: float) -> float:  # < 0 left of the root, > 0 right of it
        return s - s0 * np.exp(-r0 * (1.0 - s))

    lo, hi = 0.0, min(s0, 1.0 / r0)
    while hi - lo > tol:
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if excess(mid) < 0 else (lo, mid)
    return (lo + hi) / 2
# --8<-- [end:final-size]


def random_contacts(n: int, mean_degree: float, rng: np.random.Generator) -> Graph[int]:
    """An Erdős–Rényi-like contact graph: n people, about n c / 2 random distinct pairs.

    O(n + edges).

    >>> g = random_contacts(100, 4.0, np.random.default_rng(0))
    >>> len(g), 150 < g.edge_count < 250
    (100, True)
    """
    if n < 2 or mean_degree < 0:
        raise ValueError(f"need n >= 2 people and mean_degree >= 0, got {n}, {mean_degree}")
    pairs = n * (n - 1) // 2
    m = rng.binomial(pairs, min(1.0, mean_degree / (n - 1)))
    u, v = rng.integers(0, n, size=(2, 2 * m + 10))
    keep = u != v
    # dict.fromkeys drops repeated pairs but keeps the random order, so [:m] is unbiased.
    edges = dict.fromkeys((min(a, b), max(a, b))
                          for a, b in zip(u[keep].tolist(), v[keep].tolist(), strict=True))
    return Graph.from_edges(list(edges)[:m], vertices=range(n))


def transmission_graph(contacts: Graph, transmissibility: float,
                       rng: np.random.Generator) -> Graph:
    """Keep each contact independently with probability T: the edges infection would cross.

    O(V + E).

    >>> g = Graph.from_edges([(0, 1), (1, 2)])
    >>> transmission_graph(g, 1.0, np.random.default_rng(0)).edge_count
    2
    """
    if not 0 <= transmissibility <= 1:
        raise ValueError(f"transmissibility is a probability in [0, 1], got {transmissibility}")
    edges = [(u, v) for u, v, _ in contacts.edges()]
    coins = rng.random(len(edges)) < transmissibility
    kept = [edge for edge, transmits in zip(edges, coins, strict=True) if transmits]
    return Graph.from_edges(kept, vertices=contacts.vertices())


# --8<-- [start:outbreak]
def outbreak(contacts: Graph, transmits: Callable[[Hashable, Hashable], bool],
             patient_zero: Hashable) -> dict[Hashable, int]:
    """Simulate generation by generation: who is infected, and in which generation.

    Generation g + 1 is every still-susceptible contact of a generation-g case whose contact
    ``transmits``; each case is infectious for one generation, then recovered. O(V + E).

    >>> g = Graph.from_edges([(0, 1), (1, 2), (0, 3)])
    >>> outbreak(g, lambda u, v: {u, v} != {0, 3}, 0)
    {0: 0, 1: 1, 2: 2}
    """
    if patient_zero not in contacts:
        raise KeyError(f"patient zero {patient_zero!r} is not in the contact graph")
    generation = {patient_zero: 0}
    current = [patient_zero]
    while current:
        following = []
        for case in current:
            for contact in contacts.neighbors(case):
                if contact not in generation and transmits(case, contact):
                    generation[contact] = generation[case] + 1
                    following.append(contact)
        current = following
    return generation
# --8<-- [end:outbreak]


def generations_by_bfs(transmissions: Graph, patient_zero: Hashable) -> dict[Hashable, int]:
    """The same answer read off a BFS of the transmission graph: hop distance = generation.

    >>> generations_by_bfs(Graph.from_edges([(0, 1), (1, 2)], vertices=[3]), 0)
    {0: 0, 1: 1, 2: 2}
    """
    return bfs(transmissions, patient_zero).distance


def giant_fraction(graph: Graph) -> float:
    """The fraction of vertices in the largest connected component.

    >>> giant_fraction(Graph.from_edges([(0, 1), (1, 2)], vertices=[3]))
    0.75
    """
    return max(len(c) for c in connected_components(graph)) / len(graph)


def herd_immunity_threshold(r0: float) -> float:
    """The immune fraction 1 - 1/R0 above which each case causes less than one new case.

    Immunising that fraction in advance stops an epidemic before it starts; below R0 = 1 no
    immunity is needed. (s = 1/R0 is the *susceptible* fraction at that point.)

    >>> herd_immunity_threshold(2.5), herd_immunity_threshold(0.8)
    (0.6, 0.0)
    """
    if r0 < 0:
        raise ValueError(f"need R0 >= 0, got {r0}")
    return max(0.0, 1.0 - 1.0 / r0) if r0 > 0 else 0.0


def network_final_sizes(people: int, mean_degree: float, transmissibility: float,
                        seeds: Sequence[int]) -> np.ndarray:
    """The giant fraction of the transmission graph on one fresh random network per seed.

    Near the threshold one network is a lottery (its largest outbreak can be half the mean), so
    the figure shows the mean over many. O(len(seeds) * (people + edges)).

    >>> sizes = network_final_sizes(500, 4.0, 0.5, seeds=range(3))
    >>> sizes.shape, bool(0.6 < sizes.mean() < 0.95)
    ((3,), True)
    """
    sizes = []
    for seed in seeds:
        rng = np.random.default_rng(seed)
        contacts = random_contacts(people, mean_degree, rng)
        sizes.append(giant_fraction(transmission_graph(contacts, transmissibility, rng)))
    return np.array(sizes)


NETWORKS = 20  # random networks per point of the figure's final-size panel
NETWORK_T = (0.3, 0.4, 0.5, 0.6, 0.75, 0.9)  # transmissibilities shown, R0 = c T


def draw(out: Path, beta: float = 0.5, gamma: float = 0.2, people: int = 2000,
         mean_degree: float = 4.0, transmissibility: float = 0.5, seed: int = 0,
         vaccinated: float = 0.0) -> Path:
    """Draw the essay's figure: SIR curves, final size against R0, an outbreak's BFS layers.

    ``vaccinated`` (a fraction immune from the start) changes the SIR panel only."""
    plt = pyplot()

    # Stacked, 680 px wide: the content column's width, so the page shows it at full size.
    fig, axes = plt.subplots(3, 1, figsize=(6.8, 9.0))
    ax = axes[0]
    t, y = simulate_sir(beta, gamma, vaccinated=vaccinated)
    r0, s_inf = beta / gamma, final_size(beta / gamma, vaccinated=vaccinated)
    for k, (label, color) in enumerate((("S", "tab:blue"), ("I", "tab:red"), ("R", "tab:green"))):
        ax.plot(t, y[:, k], color=color, label=label)
    ax.axhline(s_inf, color="tab:blue", ls=":", lw=1)
    ax.axhline(1 / r0, color="gray", ls="--", lw=0.8)
    ax.text(t[-1], s_inf, "$s_\\infty$ (final-size relation)", ha="right", va="bottom",
            fontsize=8)
    ax.text(t[-1], 1 / r0, "$s = 1/R_0$: peak of I (herd immunity)", ha="right", va="bottom",
            fontsize=8)
    ax.set_xlabel("days")
    ax.set_ylabel("fraction of population")
    shots = f", {vaccinated:.0%} vaccinated" if vaccinated else ""
    ax.set_title(f"SIR, β = {beta}/day, γ = {gamma}/day, $R_0$ = {r0:g}{shots}", fontsize=9)
    ax.legend(fontsize=8, loc="center right", bbox_to_anchor=(1.0, 0.65))

    ax = axes[1]
    grid = np.linspace(0.0, 4.0, 161)
    ax.plot(grid, [1 - final_size(r) for r in grid], color="black", lw=1,
            label="$1 - s_\\infty$ from the relation")
    ode_r0 = np.array([1.5, 2.0, 2.5, 3.0, 3.5])
    ax.plot(ode_r0, [1 - simulate_sir(r * gamma, gamma, days=400)[1][-1, 0]
                     for r in ode_r0], "o", color="tab:red", label="SIR ODE, day 400")
    sizes = [network_final_sizes(people, mean_degree, T, range(seed, seed + NETWORKS))
             for T in NETWORK_T]
    ax.errorbar(mean_degree * np.array(NETWORK_T), [s.mean() for s in sizes],
                yerr=[s.std() for s in sizes], fmt="s", color="tab:purple", ms=4, capsize=2,
                label=f"network, {people} people, c = {mean_degree:g}\n"
                      f"(mean ± sd over {NETWORKS} networks)")
    ax.set_xlabel("$R_0$ (network: $c\\,T$)")
    ax.set_ylabel("fraction ever infected")
    ax.set_title("final size: ODE, network and one equation", fontsize=9)
    ax.legend(fontsize=8)

    ax = axes[2]
    rng = np.random.default_rng(seed)
    contacts = random_contacts(people, mean_degree, rng)
    transmissions = transmission_graph(contacts, transmissibility, rng)
    patient_zero = max(connected_components(transmissions), key=len)[0]
    layers = np.bincount(list(generations_by_bfs(transmissions, patient_zero).values()))
    ax.bar(np.arange(len(layers)), layers, color="tab:red")
    # Generations and case counts are whole numbers: no tick at 2.5 or 0.5 on a small outbreak.
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel("generation = BFS layer")
    ax.set_ylabel("new cases")
    ax.set_title(f"one outbreak on the network (T = {transmissibility}): "
                 f"{layers.sum()} of {people}", fontsize=9)
    return save_figure(fig, out)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m biology.epidemics``: solve SIR, check the final size, draw the figure."""
    parser = cli.demo_parser(
        "biology.epidemics", "SIR epidemics: the ODE, the final-size relation, and an outbreak "
        "on a random contact network computed as a BFS; draws the essay's figure.",
        "epidemics.png")
    parser.add_argument("--beta", type=cli.real(0, 10), default=0.5,
                        help="transmission rate beta, per day (default: %(default)s)")
    parser.add_argument("--gamma", type=cli.real(0.01, 10), default=0.2,
                        help="recovery rate gamma, per day (default: %(default)s)")
    parser.add_argument("--people", type=cli.integer(2, 20_000), default=2000,
                        help="people in the contact network (default: %(default)s)")
    parser.add_argument("--degree", type=cli.real(0, 20), default=4.0,
                        help="mean number of contacts per person (default: %(default)s)")
    parser.add_argument("--transmissibility", type=cli.real(0, 1), default=0.5,
                        help="probability a contact transmits (default: %(default)s)")
    # The first exercise: vaccinate a fraction in advance and find where no epidemic starts.
    parser.add_argument("--vaccinated", type=cli.real(0, 0.99), default=0.0,
                        help="fraction immune from the start, in the SIR model "
                             "(default: %(default)s)")
    cli.add_seed_option(parser)
    return cli.run(parser, argv, _demo)


# The figure builds NETWORKS networks for each of the NETWORK_T transmissibilities: people x
# degree contacts each. The default is 8,000; ten times that already takes minutes.
MAX_CONTACTS = 80_000


def _demo(args: argparse.Namespace) -> tuple[dict, str]:
    if args.degree > args.people - 1:
        raise ValueError(f"--degree {args.degree:g} is more contacts than the other "
                         f"{args.people - 1} people; lower it or raise --people")
    if args.people * args.degree > MAX_CONTACTS:
        raise ValueError(f"--people {args.people} with --degree {args.degree:g} makes "
                         f"{args.people * args.degree:,.0f} contacts per network, more than the "
                         f"{MAX_CONTACTS:,} that finish in minutes; lower either")
    r0, v = args.beta / args.gamma, args.vaccinated
    states = simulate_sir(args.beta, args.gamma, days=400, vaccinated=v)[1]
    s_end, s_inf = float(states[-1, 0]), final_size(r0, vaccinated=v)
    path = draw(args.out, args.beta, args.gamma, args.people, args.degree,
                args.transmissibility, args.seed, v)
    facts = {"r0": r0, "vaccinated": v, "effective_r": r0 * (1 - v), "final_size_s_inf": s_inf,
             "ode_s_day_400": s_end, "ode_peak_infectious": float(states[:, 1].max()),
             "figure": str(path)}
    shots = f", {v:g} vaccinated (R0 (1 - v) = {r0 * (1 - v):g})" if v else ""
    return facts, (f"R0 = {r0:g}{shots}: final-size relation s_inf = {s_inf:.4f}, "
                   f"ODE at day 400: {s_end:.4f}, peak of I: {facts['ode_peak_infectious']:.4f}"
                   f"\nwrote {path}")


if __name__ == "__main__":
    raise SystemExit(main())
