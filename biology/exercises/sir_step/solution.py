"""One forward-Euler step of the SIR epidemic equations."""


def sir_step(s: float, i: float, r: float, beta: float, gamma: float,
             dt: float) -> tuple[float, float, float]:
    """Return (s, i, r) after dt days, every flow computed from the state at the start.

    The same infections leave S and enter I, the same recoveries leave I and enter R, so
    s + i + r does not change.
    """
    infections = beta * s * i * dt
    recoveries = gamma * i * dt
    return s - infections, i + infections - recoveries, r + recoveries
