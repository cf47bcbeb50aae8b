"""Counts instead of a stack: checks each kind's balance, so "[(])" passes and order is ignored."""


def is_valid(s: str) -> bool:
    balance = {"(": 0, "[": 0, "{": 0}
    partner = {")": "(", "]": "[", "}": "{"}
    for char in s:
        if char in partner:
            balance[partner[char]] -= 1
            if balance[partner[char]] < 0:
                return False
        else:
            balance[char] += 1
    return all(count == 0 for count in balance.values())
