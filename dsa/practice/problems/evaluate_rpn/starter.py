"""Evaluate reverse Polish notation."""


def eval_rpn(tokens: list[str]) -> int:
    """Return the value of the reverse Polish expression ``tokens`` (``/`` truncates toward 0)."""
    raise NotImplementedError("write your solution here")
