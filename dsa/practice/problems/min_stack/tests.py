"""Tests for min-stack."""

from hypothesis import given
from hypothesis import strategies as st

from dsa.practice.checking import expect, expect_true


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
        expect(getattr(stack, name)(), want, operations=done)


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
    n = 100_000
    stack = sol.MinStack()
    for i in range(n):
        stack.push(n - i)
        if stack.get_min() != n - i:
            expect(stack.get_min(), n - i, operations=f"push n, n-1, ..., {n - i}; get_min")
    for i in range(1, n):
        stack.pop()
        if stack.get_min() != i + 1:
            expect(stack.get_min(), i + 1, operations=f"push {n}, ..., 1; pop {i} times; get_min")
