"""Missing used check: a value can be placed twice, giving n^n sequences instead of n! orderings."""


def permute(nums: list[int]) -> list[list[int]]:
    result: list[list[int]] = []
    path: list[int] = []

    def place() -> None:
        if len(path) == len(nums):
            result.append(path[:])
            return
        for value in nums:
            path.append(value)
            place()
            path.pop()

    place()
    return result
