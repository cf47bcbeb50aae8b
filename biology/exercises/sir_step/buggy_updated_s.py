"""Updated S reused: the I update uses the new s, so infections leaving S and entering I differ."""


def sir_step(s: float, i: float, r: float, beta: float, gamma: float,
             dt: float) -> tuple[float, float, float]:
    s = s - beta * s * i * dt
    i_new = i + beta * s * i * dt - gamma * i * dt
    r = r + gamma * i * dt
    return s, i_new, r
