"""One forward-Euler step of the SIR epidemic equations.

Write ``sir_step``: move the fractions (s, i, r) forward by dt days along
ds/dt = -beta s i, di/dt = beta s i - gamma i, dr/dt = gamma i.
"""


def sir_step(s: float, i: float, r: float, beta: float, gamma: float,
             dt: float) -> tuple[float, float, float]:
    """Return the tuple (s, i, r) after one Euler step of dt days.

    s, i, r: fractions susceptible, infectious, recovered; beta: transmission rate per day;
    gamma: recovery rate per day; dt: the step in days.
    """
    raise NotImplementedError("write your solution here")
