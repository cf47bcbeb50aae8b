"""Trie (prefix tree): a set of strings stored as shared paths of characters.

Each node of a trie is a dictionary from a character to a child node, plus a flag saying
whether a word ends here. The word ``"tea"`` is the path root -t-> -e-> -a->, and ``"ten"``
shares its first two steps. So finding a word, or every word starting with a prefix, costs
time proportional to the length of the word or prefix, not to how many words are stored:
autocomplete, spell checkers and IP routing tables all use this.

Each node also counts the words at or below it, so "how many words start with p?" is answered
at the end of the prefix's path without visiting the words.

Invariants: ``node.count`` equals the number of word-ends in ``node``'s subtree (its own flag
included); no node other than the root has ``count == 0`` (removing a word prunes the branch
it alone used).

| operation                  | time                       | extra space            |
|----------------------------|----------------------------|------------------------|
| ``add(w)``                 | O(len w)                   | O(len w) new nodes     |
| ``w in t``, ``remove(w)``  | O(len w)                   | O(1)                   |
| ``count_prefix(p)``        | O(len p)                   | O(1)                   |
| ``with_prefix(p)``         | O(len p + N_p + L_p)       | O(N_p) (the walk)      |
| iteration                  | O(N + L)                   | O(N) (the walk)        |
| ``longest_prefix_of(s)``   | O(len s)                   | O(1)                   |

``N`` is the number of nodes and ``L`` the total length of the words stored (``N <= L + 1``,
fewer when words share prefixes); ``N_p`` and ``L_p`` are the same for the words starting with
``p`` (listing also sorts each node's children, a small extra for a small alphabet). Listing
words must at least write out their characters, so O(N + L) is the least it can cost; the walk
keeps the current path as a list of characters and joins it once per word found, rather than
building a new string at every node, which would cost the sum of all node depths (quadratic
for one long word). Iteration gives the words in sorted order (by character code).

Nothing here recurses: a word of a million characters is a path a million nodes deep, so every
walk (adding, removing, listing, checking) loops with its own stack. A Trie behaves as the
``set`` of strings it stands in for: ``5 in t`` is simply False, and two tries are equal when
they hold the same words.

>>> t = Trie(["tea", "ten", "to", "inn"])
>>> t.with_prefix("te"), t.count_prefix("t"), "te" in t
(['tea', 'ten'], 3, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

__all__ = ["Trie", "TrieNode"]


class TrieNode:
    """One node: children by character, whether a word ends here, and words in the subtree.

    >>> TrieNode()
    TrieNode(children=[], is_word=False, count=0)
    """

    __slots__ = ("children", "count", "is_word")

    def __init__(self) -> None:
        self.children: dict[str, TrieNode] = {}
        self.is_word = False
        self.count = 0

    def __repr__(self) -> str:
        """Show the child characters, the word flag and the count.

        >>> Trie(["ab"]).root.children["a"]
        TrieNode(children=['b'], is_word=False, count=1)
        """
        children = sorted(self.children)
        return f"TrieNode(children={children}, is_word={self.is_word}, count={self.count})"


def _as_word(word: object) -> str:
    if not isinstance(word, str):
        raise TypeError(f"a Trie stores strings, not {type(word).__name__}")
    return word


class Trie:
    """A set of strings with fast prefix queries.

    >>> t = Trie()
    >>> t.add("car"), t.add("cart"), t.add("car")
    (True, True, False)
    >>> list(t), len(t)
    (['car', 'cart'], 2)
    """

    def __init__(self, words: Iterable[str] = ()) -> None:
        self.root = TrieNode()
        for w in words:
            self.add(w)

    def add(self, word: str) -> bool:
        """Insert ``word``; return True if it was new. O(len word).

        >>> t = Trie(); t.add("a"), t.add("a")
        (True, False)
        """
        word = _as_word(word)
        if word in self:
            return False
        node = self.root
        node.count += 1
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        node.is_word = True
        return True

    def _walk(self, prefix: str) -> TrieNode | None:
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def remove(self, word: str) -> None:
        """Remove ``word``, pruning nodes no other word uses. O(len word).

        >>> t = Trie(["an", "ant"]); t.remove("ant"); list(t), t.root.children["a"].children["n"]
        (['an'], TrieNode(children=[], is_word=True, count=1))
        >>> t.remove("ant")
        Traceback (most recent call last):
            ...
        KeyError: "'ant' is not in the trie"
        """
        if word not in self:
            raise KeyError(f"{word!r} is not in the trie")
        node = self.root
        node.count -= 1
        for ch in word:
            child = node.children[ch]
            child.count -= 1
            if child.count == 0:
                del node.children[ch]  # the rest of the path was this word's alone
                return
            node = child
        node.is_word = False

    def discard(self, word: str) -> None:
        """Remove ``word`` if present. O(len word).

        >>> t = Trie(["a"]); t.discard("b"); t.discard("a"); len(t)
        0
        """
        if word in self:
            self.remove(word)

    def __contains__(self, word: object) -> bool:
        """Whether ``word`` itself was added (a prefix is not enough). O(len word).

        >>> t = Trie(["cat"]); "cat" in t, "ca" in t, 5 in t
        (True, False, False)
        """
        if not isinstance(word, str):
            return False  # as ``5 in {"a"}`` is: a Trie holds only strings
        node = self._walk(word)
        return node is not None and node.is_word

    def has_prefix(self, prefix: str) -> bool:
        """Whether some word starts with ``prefix``. O(len prefix).

        >>> Trie(["cat"]).has_prefix("ca"), Trie(["cat"]).has_prefix("co")
        (True, False)
        """
        return self.count_prefix(prefix) > 0

    def count_prefix(self, prefix: str) -> int:
        """How many words start with ``prefix`` (every word starts with ``""``). O(len prefix).

        >>> Trie(["a", "ab", "b"]).count_prefix("a")
        2
        """
        node = self._walk(_as_word(prefix))
        return node.count if node is not None else 0

    def with_prefix(self, prefix: str) -> list[str]:
        """The words starting with ``prefix``, sorted. O(len prefix + nodes and letters listed).

        >>> Trie(["bat", "bath", "cab"]).with_prefix("ba")
        ['bat', 'bath']
        """
        node = self._walk(_as_word(prefix))
        return [] if node is None else list(_words(node, prefix))

    def longest_prefix_of(self, text: str) -> str | None:
        """The longest stored word that is a prefix of ``text`` (as routers match addresses).

        O(len text).

        >>> routes = Trie(["1", "10", "1011"])
        >>> routes.longest_prefix_of("10110"), routes.longest_prefix_of("0")
        ('1011', None)
        """
        node, best = self.root, "" if self.root.is_word else None
        for i, ch in enumerate(_as_word(text)):
            node = node.children.get(ch)
            if node is None:
                break
            if node.is_word:
                best = text[: i + 1]
        return best

    def __len__(self) -> int:
        """Number of words. O(1).

        >>> len(Trie(["a", "b", "a"]))
        2
        """
        return self.root.count

    def __iter__(self) -> Iterator[str]:
        """All words in sorted order. O(nodes + total length of the words).

        >>> list(Trie(["b", "a", "ab"]))
        ['a', 'ab', 'b']
        """
        return _words(self.root, "")

    def __repr__(self) -> str:
        """Show the words.

        >>> Trie(["b", "a"])
        Trie(['a', 'b'])
        """
        return f"Trie({list(self)!r})"

    def __eq__(self, other: object) -> bool:
        """Equal to another Trie holding the same words, as sets compare. O(N + L).

        >>> Trie(["a", "b"]) == Trie(["b", "a"]), Trie(["a"]) == Trie(["a", "ab"])
        (True, False)
        """
        if not isinstance(other, Trie):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # mutable, like set

    def _check(self) -> None:
        """Assert the count invariant and that no dead branch is left; used by the tests. O(nodes).

        >>> Trie(["ab", "a"])._check()
        """
        # Children before parents (a reversed preorder), so each subtree's word total is known
        # when its parent is checked; a loop, since a long word makes a deep path.
        order, stack = [], [self.root]
        while stack:
            node = stack.pop()
            order.append(node)
            stack.extend(node.children.values())
        words: dict[int, int] = {}
        for node in reversed(order):
            total = node.is_word + sum(words.pop(id(c)) for c in node.children.values())
            assert node.count == total, "stale count"
            assert node is self.root or total > 0, "dead branch left after a removal"
            words[id(node)] = total


def _words(node: TrieNode, prefix: str) -> Iterator[str]:
    # Depth-first with an explicit stack; children pushed in reverse so they pop in sorted
    # order. ``path`` holds the characters from ``node`` down to the current node: a stack entry
    # records its depth, so stepping to another branch cuts the path back to the parent first.
    path: list[str] = []
    stack: list[tuple[TrieNode, int, str]] = [(node, 0, "")]
    while stack:
        node, depth, ch = stack.pop()
        if depth:
            del path[depth - 1 :]
            path.append(ch)
        if node.is_word:
            yield prefix + "".join(path)
        for c in sorted(node.children, reverse=True):
            stack.append((node.children[c], len(path) + 1, c))
