"""Tests for min-window-substring."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def brute_force(s: str, t: str) -> str:
    need = Counter(t)
    for length in range(1, len(s) + 1):
        for start in range(len(s) - length + 1):
            window = Counter(s[start:start + length])
            if all(window[c] >= k for c, k in need.items()):
                return s[start:start + length]
    return ""


def check(sol, s, t, want):
    got = sol.min_window(s, t)
    expect_true(type(got) is str, f"expected a str, got {type(got).__name__}", s=s, t=t)
    expect(got, want, s=s, t=t)


def test_example_dogs(sol):
    check(sol, "dogs and cogs", "gods", "dogs")


def test_example_two_os(sol):
    check(sol, "thorough", "oo", "oro")


def test_example_tie_takes_leftmost(sol):
    check(sol, "banana", "nab", "ban")


def test_example_not_enough_copies(sol):
    check(sol, "abc", "abcc", "")


def test_empty_s(sol):
    check(sol, "", "a", "")


def test_single_character_match(sol):
    check(sol, "a", "a", "a")


def test_t_longer_than_s(sol):
    check(sol, "ab", "abb", "")


def test_extra_copies_do_not_cover(sol):
    check(sol, "aab", "ab", "ab")


def test_whole_string(sol):
    check(sol, "xyzzy", "yzyxz", "xyzzy")


def test_case_matters(sol):
    check(sol, "aAbB", "AB", "AbB")


@given(s=st.text(alphabet="abc", max_size=14), t=st.text(alphabet="abc", min_size=1, max_size=4))
def test_matches_brute_force(sol, s, t):
    check(sol, s, t, brute_force(s, t))


def test_largest_one_far_partner(sol):
    s = "a" * 199_999 + "b"
    expect(sol.min_window(s, "ab"), "ab", s="'a' * 199_999 + 'b'", t="ab")


def test_largest_long_t(sol):
    s = "xy" * 100_000
    t = "y" * 50_000 + "x" * 50_000
    expect(sol.min_window(s, t), s[:100_000], s="'xy' * 100_000", t="'y' * 50_000 + 'x' * 50_000")


@given(s=st.text(alphabet="aAé日本😀\u0161\u0100", max_size=14),
       t=st.text(alphabet="aé日😀\u0100", min_size=1, max_size=4))
def test_non_ascii_matches_brute_force(sol, s, t):
    # \u0161 and \u0100 share their low byte with "a" and with "\x00": a 128- or 256-slot table
    # indexed by ord(c) mixes them up.
    check(sol, s, t, brute_force(s, t))


def test_largest_t_as_long_as_s(sol):
    # t is all of s, reversed: only the whole string covers it.
    s = "".join(chr(0x4E00 + (i * 7) % 20_000) for i in range(200_000))
    got = sol.min_window(s, s[::-1])
    expect(len(got), 200_000, s="200,000 CJK characters", t="s reversed")
    expect(got == s, True, s="200,000 CJK characters", t="s reversed")


def test_largest_window_longer_than_100_000(sol):
    # The only cover spans 150,001 characters: a "best length = 10**5" sentinel finds none.
    s = "日" + "x" * 150_000 + "本" + "x" * 49_998
    expect(sol.min_window(s, "本日"), s[:150_002], s="'日' + 'x' * 150_000 + '本' + ...",
           t="本日")
