"""Hard-coded bound: a table of the next day at each temperature 0..100, so a negative
temperature indexes from the end of the table (and any below -101 would fail)."""


def days_until_warmer(temps: list[int]) -> list[int]:
    next_day = [0] * 101
    answer = [0] * len(temps)
    for day in range(len(temps) - 1, -1, -1):
        later = [next_day[t] for t in range(temps[day] + 1, 101) if next_day[t]]
        answer[day] = min(later) - day if later else 0
        next_day[temps[day]] = day
    return answer
