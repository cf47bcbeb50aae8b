"""Split players into two teams so that no two rivals share a team."""


def split_teams(n: int, rivals: list[list[int]]) -> list[int]:
    """Return a team (0 or 1) per player with every rival pair split, or [] if impossible."""
    raise NotImplementedError("write your solution here")
