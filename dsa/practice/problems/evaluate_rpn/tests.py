"""Tests for evaluate-rpn."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def toward_zero(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


@st.composite
def expressions(draw, depth=3):
    """An expression tree drawn as (RPN tokens, value), evaluated directly on the tree."""
    if depth == 0 or draw(st.booleans()):
        number = draw(st.integers(-20, 20))
        return [str(number)], number
    left_tokens, a = draw(expressions(depth - 1))
    right_tokens, b = draw(expressions(depth - 1))
    op = draw(st.sampled_from("+-*/"))
    if op == "/" and b == 0:
        op = "*"
    value = {"+": a + b, "-": a - b, "*": a * b}[op] if op != "/" else toward_zero(a, b)
    return [*left_tokens, *right_tokens, op], value


def check(sol, tokens, want):
    got = sol.eval_rpn(list(tokens))
    expect_true(type(got) is int, f"expected an int, got {type(got).__name__}", tokens=tokens)
    expect(got, want, tokens=tokens)


def test_example_sum_then_product(sol):
    check(sol, ["3", "4", "+", "2", "*"], 14)


def test_example_negative_division(sol):
    check(sol, ["7", "-2", "/"], -3)


def test_example_operand_order(sol):
    check(sol, ["10", "3", "-", "4", "/"], 1)


def test_example_single_number(sol):
    check(sol, ["-5"], -5)


def test_negative_numerator(sol):
    check(sol, ["-7", "2", "/"], -3)


def test_both_negative(sol):
    check(sol, ["-7", "-2", "/"], 3)


def test_quotient_below_one(sol):
    check(sol, ["-1", "3", "/"], 0)


def test_big_quotient_is_exact(sol):
    check(sol, ["999999999", "999999999", "*", "1", "/"], 999_999_998_000_000_001)
    check(sol, ["999999999", "999999999", "*", "-7", "/"], -142_857_142_571_428_571)


@given(expression=expressions())
def test_matches_tree_evaluation(sol, expression):
    tokens, value = expression
    check(sol, tokens, value)


def test_largest_long_chain(sol):
    tokens = ["1"] + ["3", "+", "2", "-"] * 149_999
    check(sol, tokens, 1 + 149_999)


def test_largest_deep_right_nesting(sol):
    # 600,000 tokens: shifting the whole list on every push and pop is some 10^11 element
    # moves, far past the budget on any machine (at 2 * 10^5 it is a few seconds, too close)
    tokens = ["2"] * 300_000 + ["-"] * 299_999
    check(sol, tokens, 0)


def test_extreme_numbers(sol):
    big, small = "1000000000", "-1000000000"
    check(sol, [big, small, "*"], -10**18)
    check(sol, [small, small, "*"], 10**18)
    check(sol, [small, small, "*", "-7", "/"], -142_857_142_857_142_857)
    check(sol, [big, big, "*", small, "/"], -10**9)
    check(sol, [small, big, "-", "3", "/"], -666_666_666)
