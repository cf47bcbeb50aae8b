"""ASCII only: keeps last-seen positions in a 128-slot table indexed by ord(c) % 128, so two
different characters 128 code points apart count as the same one."""


def length_of_longest_substring(s: str) -> int:
    last_seen = [-1] * 128
    left = best = 0
    for right, char in enumerate(s):
        slot = ord(char) % 128
        if last_seen[slot] >= left:
            left = last_seen[slot] + 1
        last_seen[slot] = right
        best = max(best, right - left + 1)
    return best
