"""Daily temperatures: a monotonic stack of days still waiting for a warmer one.

The waiting days, kept as indices on a stack, have temperatures that never rise from bottom to top
(a warmer day would already have answered the colder ones above it). A new day answers every
waiting day on top that is strictly colder, popping each; then it waits too. Days never answered
keep 0.

Time O(n): each index is pushed and popped at most once. Space O(n) for the stack and answers.
"""


def days_until_warmer(temps: list[int]) -> list[int]:
    """For each day, return the number of days until a strictly warmer one (0 if never)."""
    answer = [0] * len(temps)
    waiting: list[int] = []
    for day, temp in enumerate(temps):
        while waiting and temps[waiting[-1]] < temp:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
