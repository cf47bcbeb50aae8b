"""Walks up one parent at a time: O(depth) per query, 10¹⁰ steps on a deep path."""


def lowest_common_ancestors(parent: list[int], queries: list[list[int]]) -> list[int]:
    depth = [-1] * len(parent)
    depth[0] = 0
    for v in range(len(parent)):
        path = []
        while depth[v] < 0:
            path.append(v)
            v = parent[v]
        for w in reversed(path):
            depth[w] = depth[parent[w]] + 1
    answers = []
    for u, v in queries:
        while depth[u] > depth[v]:
            u = parent[u]
        while depth[v] > depth[u]:
            v = parent[v]
        while u != v:
            u, v = parent[u], parent[v]
        answers.append(u)
    return answers
