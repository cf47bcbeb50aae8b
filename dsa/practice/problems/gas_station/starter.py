"""Gas station: find a start from which a circular trip never runs dry."""


def can_complete_circuit(gas: list[int], cost: list[int]) -> int:
    """Return an index from which the whole circle can be driven, or -1 if none exists."""
    raise NotImplementedError("write your solution here")
