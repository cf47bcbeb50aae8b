"""Single number: the one value that does not come in a pair."""


def single_number(nums: list[int]) -> int:
    """Return the value that occurs once; every other value of ``nums`` occurs twice."""
    raise NotImplementedError("write your solution here")
