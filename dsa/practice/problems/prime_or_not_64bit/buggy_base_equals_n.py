"""Base not reduced: skips the small-prime screen, so for n = 37 the base 37 ≡ 0 is taken as a
witness and 37 is called composite."""

# With these twelve bases Miller–Rabin makes no mistake below 3.3 * 10**24 (> 2**64).
BASES = (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37)


def _is_prime(n: int) -> bool:
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in BASES:
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False                # a is a witness: n is composite
    return True


def which_are_prime(nums: list[int]) -> list[bool]:
    """Return ``[is nums[i] prime for each i]``; every number is below 2**64.

    Miller–Rabin: for prime n and n - 1 = d·2^s (d odd), the sequence a^d, a^(2d), …, a^(n-1)
    mod n either starts at 1 or reaches n - 1 (the only square roots of 1 mod a prime are ±1). A
    base where this fails proves n composite; the fixed bases above leave no composite below
    2**64 unproved. O(log n) multiplications mod n per base, so O(m log³ N) bit operations.
    """
    return [_is_prime(n) for n in nums]
