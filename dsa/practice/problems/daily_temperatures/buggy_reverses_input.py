"""Mutates the input: reverses the caller's temps in place to scan from the right, and leaves
it reversed."""


def days_until_warmer(temps: list[int]) -> list[int]:
    temps.reverse()
    n = len(temps)
    answer = [0] * n
    warmer: list[int] = []
    for back, temp in enumerate(temps):
        while warmer and temps[warmer[-1]] <= temp:
            warmer.pop()
        if warmer:
            answer[back] = back - warmer[-1]
        warmer.append(back)
    answer.reverse()
    return answer
