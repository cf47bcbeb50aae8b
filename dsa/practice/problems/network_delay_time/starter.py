"""How long until a signal from node k reaches every node of a weighted network."""


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    """Return when the last of nodes 1..n hears a signal from ``k``, or -1 if one never does."""
    raise NotImplementedError("write your solution here")
