"""Recovery drawn from the wrong compartment: gamma * s instead of gamma * i flows into R."""


def sir_step(s: float, i: float, r: float, beta: float, gamma: float,
             dt: float) -> tuple[float, float, float]:
    infections = beta * s * i * dt
    recoveries = gamma * s * dt
    return s - infections, i + infections - recoveries, r + recoveries
