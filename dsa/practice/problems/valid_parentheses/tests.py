"""Tests for valid-parentheses."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def oracle(s: str) -> bool:
    # a matched string reduces to "" by deleting adjacent pairs; slow, but obviously right
    while True:
        shorter = s.replace("()", "").replace("[]", "").replace("{}", "")
        if shorter == s:
            return s == ""
        s = shorter


def check(sol, s, want):
    got = sol.is_valid(s)
    expect_true(type(got) is bool, f"expected a bool, got {type(got).__name__}", s=s)
    expect(got, want, s=s)


def test_example_nested(sol):
    check(sol, "{[]()}", True)


def test_example_crossed(sol):
    check(sol, "[(])", False)


def test_example_left_open(sol):
    check(sol, "(()", False)


def test_example_close_before_open(sol):
    check(sol, "())(", False)


def test_empty(sol):
    check(sol, "", True)


def test_single_bracket(sol):
    check(sol, "(", False)
    check(sol, "}", False)


def test_wrong_kind(sol):
    check(sol, "(]", False)


def test_crossed_pairs(sol):
    check(sol, "{(})", False)
    check(sol, "([)]", False)


def test_side_by_side(sol):
    check(sol, "()[]{}", True)


@given(s=st.text(alphabet="()[]{}", max_size=16))
def test_matches_oracle(sol, s):
    check(sol, s, oracle(s))


@given(s=st.recursive(st.just(""), lambda inner: st.tuples(st.sampled_from(["()", "[]", "{}"]),
                                                           inner, inner).map(
    lambda t: t[0][0] + t[1] + t[0][1] + t[2]), max_leaves=12))
def test_built_valid_strings(sol, s):
    check(sol, s, True)


def test_largest_deep_nesting(sol):
    # 10^6 brackets: a stack copied on every pop moves some 10^12 bytes, far past the budget on
    # any machine (at 2 * 10^5 it moves a few seconds' worth, too close to call)
    s = "([{" * 166_666 + "{}" + "}])" * 166_666
    expect(sol.is_valid(s), True, s="'([{' * 166_666 + '{}' + '}])' * 166_666")


def test_largest_unclosed(sol):
    s = "(" * 500_001 + ")" * 499_999
    expect(sol.is_valid(s), False, s="'(' * 500_001 + ')' * 499_999")
