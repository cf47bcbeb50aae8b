"""Wrong type: returns the distance together with the list of edits, as a tuple, not an int."""


def min_distance(a: str, b: str) -> int:
    table = [[(j, ["insert"] * j) for j in range(len(b) + 1)]]
    for i in range(1, len(a) + 1):
        row = [(i, ["delete"] * i)]
        for j in range(1, len(b) + 1):
            if a[i - 1] == b[j - 1]:
                row.append(table[i - 1][j - 1])
                continue
            options = [(table[i - 1][j], "delete"), (row[j - 1], "insert"),
                       (table[i - 1][j - 1], "replace")]
            (cost, edits), name = min(options, key=lambda option: option[0][0])
            row.append((cost + 1, [*edits, name]))
        table.append(row)
    return table[len(a)][len(b)]
