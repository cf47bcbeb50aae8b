"""Quadratic: scans forward from every day to find the next warmer one."""


def days_until_warmer(temps: list[int]) -> list[int]:
    answer = [0] * len(temps)
    for day in range(len(temps)):
        for later in range(day + 1, len(temps)):
            if temps[later] > temps[day]:
                answer[day] = later - day
                break
    return answer
