"""How much oil gets through: the maximum flow from one station to another."""


def max_throughput(n: int, pipes: list[list[int]], source: int, sink: int) -> int:
    """Return the most barrels per hour that can flow from ``source`` to ``sink``.

    ``pipes[i] = [u, v, c]`` is a one-way pipe from ``u`` to ``v`` carrying at most ``c``.
    """
    raise NotImplementedError("write your solution here")
