"""Prime factors of many numbers at once: a smallest-prime-factor sieve."""


def factorize_all(nums: list[int]) -> list[list[int]]:
    """Return, for each number in ``nums``, its prime factors in increasing order with
    repetition (``[]`` for 1)."""
    raise NotImplementedError("write your solution here")
