"""Too slow: keeps one sorted list and walks it to find each new number's place, O(n) per add
where O(log n) is needed."""


class MedianFinder:
    def __init__(self) -> None:
        self.values: list[int] = []

    def add_num(self, num: int) -> None:
        i = 0
        while i < len(self.values) and self.values[i] < num:
            i += 1
        self.values.insert(i, num)

    def find_median(self) -> float:
        n = len(self.values)
        if n == 0:
            raise ValueError("no numbers yet")
        if n % 2:
            return float(self.values[n // 2])
        return (self.values[n // 2 - 1] + self.values[n // 2]) / 2
