"""A multiplicative loop per question: O(k) steps and one inverse each, ~10¹⁰ steps in all."""

M = 1_000_000_007


def binomials_mod(ns: list[int], ks: list[int]) -> list[int]:
    """Return ``[C(n, k) % M for n, k in zip(ns, ks)]`` (0 when k > n).

    C(n, k) = n! · (k!)⁻¹ · ((n - k)!)⁻¹ mod M, where the inverses exist because M is a prime
    larger than every factor. Fermat gives 1 / N! = (N!)^(M-2) with one fast pow, and
    1 / (i - 1)! = i / i! walks the rest down. O(N + q + log M) time, O(N) extra space.
    """
    out = []
    for n, k in zip(ns, ks, strict=False):
        if k > n:
            out.append(0)
            continue
        k = min(k, n - k)
        num = den = 1
        for i in range(k):
            num = num * (n - i) % M
            den = den * (i + 1) % M
        out.append(num * pow(den, M - 2, M) % M)
    return out
