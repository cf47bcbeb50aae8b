"""No search: places the pairs in list order, so two groups placed apart can clash when joined."""


def split_teams(n: int, rivals: list[list[int]]) -> list[int]:
    team = [-1] * n
    for a, b in rivals:
        if team[a] < 0 and team[b] < 0:
            team[a], team[b] = 0, 1
        elif team[a] < 0:
            team[a] = 1 - team[b]
        elif team[b] < 0:
            team[b] = 1 - team[a]
        elif team[a] == team[b]:
            return []
    return [max(t, 0) for t in team]
