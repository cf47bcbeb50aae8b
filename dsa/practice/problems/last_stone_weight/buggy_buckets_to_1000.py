"""Hard-coded bound: counts stones in buckets for weights 1..1000, as if no stone were heavier,
but weights reach 10**9."""


def last_stone_weight(stones: list[int]) -> int:
    buckets = [0] * 1001
    for weight in stones:
        buckets[min(weight, 1000)] += 1
    heaviest = 1000
    while True:
        while heaviest > 0 and buckets[heaviest] == 0:
            heaviest -= 1
        if heaviest == 0:
            return 0
        buckets[heaviest] -= 1
        second = heaviest
        while second > 0 and buckets[second] == 0:
            second -= 1
        if second == 0:
            return heaviest
        buckets[second] -= 1
        buckets[heaviest - second] += 1
