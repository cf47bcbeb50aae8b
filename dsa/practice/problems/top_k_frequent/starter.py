"""Top k frequent elements: the k values that occur most often."""


def top_k_frequent(nums: list[int], k: int) -> list[int]:
    """Return the ``k`` most frequent values of ``nums``, in any order (the answer is unique)."""
    raise NotImplementedError("write your solution here")
