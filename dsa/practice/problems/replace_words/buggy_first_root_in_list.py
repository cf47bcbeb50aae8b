"""Wrong tie rule: uses the first matching root in list order, not the shortest."""


def replace_words(roots: list[str], sentence: str) -> str:
    out = []
    for word in sentence.split():
        for root in roots:
            if word.startswith(root):
                word = root
                break
        out.append(word)
    return " ".join(out)
