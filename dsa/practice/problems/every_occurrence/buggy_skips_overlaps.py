"""After a match, resumes after its end, so overlapping occurrences are missed."""


def occurrences(text: str, pattern: str) -> list[int]:
    m, found, i = len(pattern), [], 0
    while i + m <= len(text):
        if text[i:i + m] == pattern:
            found.append(i)
            i += m
        else:
            i += 1
    return found
