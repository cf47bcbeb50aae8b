"""Fermat's test: a^(n-1) ≡ 1 (mod n) for twelve bases; Carmichael numbers coprime to them pass."""

BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def which_are_prime(nums: list[int]) -> list[bool]:
    out = []
    for n in nums:
        if n < 2:
            out.append(False)
        elif n in BASES:
            out.append(True)
        else:
            out.append(all(pow(a, n - 1, n) == 1 for a in BASES))
    return out
