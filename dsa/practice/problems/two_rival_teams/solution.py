"""Two rival teams: 2-colouring a graph by breadth-first search.

Choosing one player's team forces the team of everyone connected to it by rivalries: the rivals
at odd distance get the other team, those at even distance the same. A breadth-first search from
each unplaced player assigns exactly that, and the split is impossible exactly when some rivalry
joins two players at the same distance parity, i.e. the graph has an odd cycle. A queue instead
of recursion keeps a 50,000-long chain safe.

Time O(n + m); space O(n + m).
"""

from collections import deque


def split_teams(n: int, rivals: list[list[int]]) -> list[int]:
    """Return a team (0 or 1) per player with every rival pair split, or [] if impossible."""
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in rivals:
        adjacent[a].append(b)
        adjacent[b].append(a)
    team = [-1] * n
    for start in range(n):
        if team[start] >= 0:
            continue
        team[start] = 0
        queue = deque([start])
        while queue:
            player = queue.popleft()
            for rival in adjacent[player]:
                if team[rival] < 0:
                    team[rival] = 1 - team[player]
                    queue.append(rival)
                elif team[rival] == team[player]:
                    return []
    return team
