"""Many binomial coefficients modulo a prime, from factorials and one modular inverse."""

M = 1_000_000_007


def binomials_mod(ns: list[int], ks: list[int]) -> list[int]:
    """Return ``[C(n, k) % M for n, k in zip(ns, ks)]`` (0 when k > n).

    C(n, k) = n! · (k!)⁻¹ · ((n - k)!)⁻¹ mod M, where the inverses exist because M is a prime
    larger than every factor. Fermat gives 1 / N! = (N!)^(M-2) with one fast pow, and
    1 / (i - 1)! = i / i! walks the rest down. O(N + q + log M) time, O(N) extra space.
    """
    top = max(ns)
    fact = [1] * (top + 1)
    for i in range(1, top + 1):
        fact[i] = fact[i - 1] * i % M
    inv_fact = [1] * (top + 1)
    inv_fact[top] = pow(fact[top], M - 2, M)
    for i in range(top, 0, -1):
        inv_fact[i - 1] = inv_fact[i] * i % M
    return [fact[n] * inv_fact[k] % M * inv_fact[n - k] % M if k <= n else 0
            for n, k in zip(ns, ks, strict=False)]
