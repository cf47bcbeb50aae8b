"""Recursive depth-first search: right on small inputs, but a chain of 50,000 rivalries exceeds
Python's recursion limit."""


def split_teams(n: int, rivals: list[list[int]]) -> list[int]:
    adjacent: list[list[int]] = [[] for _ in range(n)]
    for a, b in rivals:
        adjacent[a].append(b)
        adjacent[b].append(a)
    team = [-1] * n

    def place(player: int, side: int) -> bool:
        team[player] = side
        for rival in adjacent[player]:
            if team[rival] == side or (team[rival] < 0 and not place(rival, 1 - side)):
                return False
        return True

    for start in range(n):
        if team[start] < 0 and not place(start, 0):
            return []
    return team
