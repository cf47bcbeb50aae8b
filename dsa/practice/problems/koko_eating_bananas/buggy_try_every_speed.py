"""Linear in the answer: tries speeds 1, 2, 3, ... until one is fast enough."""


def min_eating_speed(piles: list[int], hours: int) -> int:
    speed = 1
    while sum((pile + speed - 1) // speed for pile in piles) > hours:
        speed += 1
    return speed
