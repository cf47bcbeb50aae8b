"""Quadratic: deletes adjacent pairs like "()" over and over until nothing changes."""


def is_valid(s: str) -> bool:
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter
