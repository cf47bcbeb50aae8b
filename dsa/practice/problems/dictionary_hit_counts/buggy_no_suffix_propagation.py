"""No propagation: counts only the deepest node reached, so words that are suffixes of
the current match ('he' inside 'she') are missed."""

from collections import deque


def count_hits(text: str, words: list[str]) -> list[int]:
    """Return, for each word, how many times it occurs in ``text`` (overlaps counted).

    A trie of the words (node 0 is the root) with failure links: ``fail[v]`` is the node of the
    longest proper suffix of v's string that is also in the trie. Walking the text moves along
    trie edges, falling back along failure links on a mismatch (amortised O(1) per character).
    Every word ending at a text position lies on the failure chain of the node reached there, so
    rather than walk that chain (which can cost O(n · words)), count the visits per node and add
    each node's count into its failure node, deepest first. O(n + L) time, O(L) extra space.
    """
    children: list[dict[str, int]] = [{}]
    ends = []
    for word in words:
        node = 0
        for ch in word:
            nxt = children[node].get(ch)
            if nxt is None:
                nxt = len(children)
                children[node][ch] = nxt
                children.append({})
            node = nxt
        ends.append(node)
    fail = [0] * len(children)
    order = []                                   # nodes in breadth-first order, root excluded
    queue = deque(children[0].values())
    while queue:
        node = queue.popleft()
        order.append(node)
        for ch, child in children[node].items():
            f = fail[node]
            while f and ch not in children[f]:
                f = fail[f]
            fail[child] = children[f].get(ch, 0)
            queue.append(child)
    visits = [0] * len(children)
    node = 0
    for ch in text:
        while node and ch not in children[node]:
            node = fail[node]
        node = children[node].get(ch, 0)
        visits[node] += 1
    return [visits[end] for end in ends]
