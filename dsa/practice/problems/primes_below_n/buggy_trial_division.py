"""Trial division by the primes found so far: correct, but about n·√n / log n steps."""


def count_primes(n: int) -> int:
    primes: list[int] = []
    for m in range(2, n):
        if all(m % p for p in primes if p * p <= m):
            primes.append(m)
    return len(primes)
