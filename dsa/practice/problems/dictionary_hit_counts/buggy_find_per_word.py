"""One search per word: str.find in a loop for each word lists every match, O(matches)."""


def count_hits(text: str, words: list[str]) -> list[int]:
    counts = []
    for word in words:
        count, i = 0, text.find(word)
        while i >= 0:
            count += 1
            i = text.find(word, i + 1)
        counts.append(count)
    return counts
