"""Tests for min-stack."""

from hypothesis import given
from hypothesis import strategies as st

from practice.checking import expect, expect_true


def run(sol, operations):
    """Apply ``operations`` (name, argument) to a fresh MinStack and to a list; compare results."""
    stack = sol.MinStack()
    model: list[int] = []
    done = []
    for name, value in operations:
        done.append((name, value) if name == "push" else name)
        if name == "push":
            stack.push(value)
            model.append(value)
            continue
        want = {"pop": model[-1], "top": model[-1], "get_min": min(model)}[name]
        if name == "pop":
            model.pop()
        got = getattr(stack, name)()
        expect_true(type(got) is int, f"{name}() should return an int, got {type(got).__name__}",
                    operations=done)
        expect(got, want, operations=done)


def raises_index_error(call) -> bool:
    try:
        call()
    except IndexError:
        return True
    return False


def test_example_minimum_popped(sol):
    run(sol, [("push", 4), ("push", -1), ("push", 6), ("get_min", None), ("pop", None),
              ("pop", None), ("get_min", None)])


def test_example_duplicate_minimum(sol):
    run(sol, [("push", 2), ("push", 2), ("push", 3), ("pop", None), ("pop", None),
              ("get_min", None), ("top", None)])


def test_example_empty_raises(sol):
    stack = sol.MinStack()
    for name in ("get_min", "pop", "top"):
        expect_true(raises_index_error(getattr(stack, name)),
                    f"{name}() on an empty stack should raise IndexError", operations=[name])


def test_empty_again_after_pops(sol):
    stack = sol.MinStack()
    stack.push(5)
    expect(stack.pop(), 5, operations=[("push", 5), "pop"])
    expect_true(raises_index_error(stack.get_min),
                "get_min() should raise IndexError once every value is popped",
                operations=[("push", 5), "pop", "get_min"])


def test_single_value(sol):
    run(sol, [("push", -7), ("top", None), ("get_min", None)])


def test_minimum_restored_in_steps(sol):
    run(sol, [("push", 3), ("push", 1), ("push", 2), ("push", 0), ("get_min", None),
              ("pop", None), ("get_min", None), ("pop", None), ("get_min", None), ("pop", None),
              ("get_min", None)])


@st.composite
def operation_lists(draw):
    operations, size = [], 0
    for _ in range(draw(st.integers(0, 30))):
        choices = ["push"] + (["pop", "top", "get_min"] if size else [])
        name = draw(st.sampled_from(choices))
        value = draw(st.integers(-5, 5)) if name == "push" else None
        size += {"push": 1, "pop": -1}.get(name, 0)
        operations.append((name, value))
    return operations


@given(operations=operation_lists())
def test_matches_list_model(sol, operations):
    run(sol, operations)


def test_largest_many_minimum_reads(sol):
    # 199,999 operations in all: 50,000 pushes and 99,999 get_min calls, 49,999 pops.
    n = 50_000
    stack = sol.MinStack()
    for i in range(n):
        stack.push(n - i)
        if stack.get_min() != n - i:
            expect(stack.get_min(), n - i, operations=f"push n, n-1, ..., {n - i}; get_min")
    for i in range(1, n):
        stack.pop()
        if stack.get_min() != i + 1:
            expect(stack.get_min(), i + 1, operations=f"push {n}, ..., 1; pop {i} times; get_min")


def test_extreme_values(sol):
    # Values as large as 10**9: a minimum that starts at a "large" sentinel such as 10**6 or
    # 2**16 reports the sentinel instead.
    top, bottom = 10**9, -10**9
    run(sol, [("push", top), ("get_min", None), ("push", 999_999_999), ("get_min", None),
              ("push", bottom), ("get_min", None), ("top", None), ("pop", None),
              ("get_min", None), ("pop", None), ("get_min", None), ("top", None)])
