"""Bad sentinel: uses 10**4 as "infinity", but 10,000 coins of value 1 is a real answer."""


def coin_change(coins: list[int], amount: int) -> int:
    infinity = 10**4
    fewest = [0] + [infinity] * amount
    for value in range(1, amount + 1):
        for coin in coins:
            if coin <= value and fewest[value - coin] + 1 < fewest[value]:
                fewest[value] = fewest[value - coin] + 1
    return -1 if fewest[amount] >= infinity else fewest[amount]
