"""Hard-coded bound: tries only prefixes of up to 10 letters against a set of roots, but roots
may have 20 letters."""


def replace_words(roots: list[str], sentence: str) -> str:
    root_set = set(roots)
    out = []
    for word in sentence.split():
        for n in range(1, min(len(word), 10) + 1):
            if word[:n] in root_set:
                out.append(word[:n])
                break
        else:
            out.append(word)
    return " ".join(out)
