"""Huffman coding: the shortest prefix code for known symbol frequencies, by merging the two rarest.

A *prefix code* gives each symbol a bit string such that no codeword begins another one, so a
stream of bits splits back into symbols without separators. Such a code is a binary tree: the
symbols sit at the leaves and a codeword spells the path from the root (0 = left, 1 = right).
With frequencies ``f(s)`` the encoded length is ``cost = Σ f(s) · depth(s)``; Huffman's
algorithm finds a tree of least cost:

    start with one single-leaf tree per symbol, weighted by its frequency;
    repeat: take the two lightest trees, join them under a new root (weight = the sum).

Why it is optimal, in two exchange steps:

1. *The two rarest symbols x, y can be deepest siblings.* In an optimal tree take two sibling
   leaves at the greatest depth. Swapping x into one of their places moves a rarer symbol
   deeper and a more frequent one shallower, which cannot raise the cost; the same for y.
2. *Merging them loses nothing.* Replace x and y by one symbol of frequency ``f(x) + f(y)``.
   Any tree ``T'`` for the smaller alphabet becomes a tree for the full one by hanging x and y
   under that leaf, and ``cost(T) = cost(T') + f(x) + f(y)`` — the same constant for every
   ``T'``. So an optimal ``T'`` gives an optimal ``T``, and that is exactly the next merge.

Invariant: the forest of trees in the heap is always part of some optimal code tree. The cost
of the final tree is also the sum of the weights of all merged trees, which is an easy way to
compute it.

| step | cost |
|---|---|
| build the tree (``n`` symbols) | O(n log n): ``n - 1`` merges, three heap operations each |
| write the codewords | O(total codeword length): O(n log n) when balanced, O(n²) at worst |
| :func:`encode` / :func:`decode` | O(number of bits) |

With one distinct symbol the code is ``{symbol: "0"}`` (a codeword may not be empty).

>>> code = huffman_code({"a": 45, "b": 13, "c": 12, "d": 16, "e": 9, "f": 5})
>>> code
{'a': '0', 'c': '100', 'b': '101', 'f': '1100', 'e': '1101', 'd': '111'}
>>> bits = encode("face", code)
>>> bits, decode(bits, code)
('110001001101', ['f', 'a', 'c', 'e'])
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

from dsa.structures.binary_heap import MinHeap

S = TypeVar("S", bound=Hashable)

__all__ = ["code_cost", "decode", "encode", "huffman_code"]


def huffman_code(frequencies: Mapping[S, float]) -> dict[S, str]:
    """Return an optimal prefix code ``{symbol: codeword}`` for the given frequencies.

    Ties between equal weights are broken by age (older trees first), so the result is
    deterministic. Codewords are listed in order of the leaves, left to right.

    >>> huffman_code({"x": 1, "y": 1, "z": 2})
    {'z': '0', 'x': '10', 'y': '11'}
    >>> huffman_code({"only": 7})
    {'only': '0'}
    >>> huffman_code({"a": -1})
    Traceback (most recent call last):
        ...
    ValueError: frequency of 'a' is -1; frequencies must be non-negative
    """
    for symbol, weight in frequencies.items():
        if weight < 0:
            raise ValueError(f"frequency of {symbol!r} is {weight}; "
                             "frequencies must be non-negative")
    if len(frequencies) == 1:
        return {next(iter(frequencies)): "0"}
    # A tree is (weight, node); a node is a leaf symbol or a (left, right) pair of nodes. The
    # leaves are wrapped in a 1-tuple so that a symbol that is itself a pair is not mistaken
    # for an inner node.
    forest: MinHeap = MinHeap(((w, (s,)) for s, w in frequencies.items()), key=lambda t: t[0])
    while len(forest) > 1:
        (w1, left), (w2, right) = forest.pop(), forest.pop()
        forest.push((w1 + w2, (left, right)))
    return _codewords(forest.pop()[1]) if forest else {}


def _codewords(root: tuple) -> dict:
    code = {}
    stack = [(root, "")]  # an explicit stack: a skewed tree is as deep as the alphabet is big
    while stack:
        node, prefix = stack.pop()
        if len(node) == 1:
            code[node[0]] = prefix
        else:
            stack.append((node[1], prefix + "1"))
            stack.append((node[0], prefix + "0"))
    return code


def encode(message: Iterable[S], code: Mapping[S, str]) -> str:
    """Concatenate the codewords of the symbols of ``message``.

    >>> encode("aab", {"a": "0", "b": "1"})
    '001'
    >>> encode("ax", {"a": "0", "b": "1"})
    Traceback (most recent call last):
        ...
    KeyError: "symbol 'x' has no codeword; build the code from frequencies that include it"
    """
    try:
        return "".join(code[s] for s in message)
    except KeyError as missing:
        raise KeyError(f"symbol {missing.args[0]!r} has no codeword; build the code from "
                       "frequencies that include it") from None


def decode(bits: str, code: Mapping[S, str]) -> list[S]:
    """Split ``bits`` back into symbols by walking the code tree from the root.

    >>> decode("0110", {"a": "0", "b": "11", "c": "10"})
    ['a', 'b', 'a']
    >>> decode("01", {"a": "0", "b": "11"})
    Traceback (most recent call last):
        ...
    ValueError: the bits end in the middle of a codeword (after 1 complete symbols)
    """
    root = _decoding_tree(code)
    symbols: list[S] = []
    node = root
    for position, bit in enumerate(bits):
        if bit not in "01" or bit not in node:
            raise ValueError(f"bit {position} ({bit!r}) does not continue any codeword")
        node = node[bit]
        if "symbol" in node:
            symbols.append(node["symbol"])
            node = root
    if node is not root:
        raise ValueError(f"the bits end in the middle of a codeword "
                         f"(after {len(symbols)} complete symbols)")
    return symbols


def _decoding_tree(code: Mapping[S, str]) -> dict:
    """The code as a trie of dicts keyed by '0'/'1', a leaf holding its ``symbol``."""
    root: dict = {}
    for symbol, word in code.items():
        node = root
        for bit in word:
            if "symbol" in node:
                raise ValueError(f"the code is not prefix-free: a codeword is a prefix of "
                                 f"{word!r} ({symbol!r})")
            node = node.setdefault(bit, {})
        if not word or len(node) > 0:
            raise ValueError(f"the code is not prefix-free at {word!r} ({symbol!r})")
        node["symbol"] = symbol
    return root


def code_cost(frequencies: Mapping[S, float], code: Mapping[S, str]) -> float:
    """The encoded length ``Σ f(s) · len(code[s])``, in bits.

    >>> code_cost({"a": 3, "b": 1}, {"a": "0", "b": "1"})
    4
    """
    return sum(weight * len(code[symbol]) for symbol, weight in frequencies.items())
