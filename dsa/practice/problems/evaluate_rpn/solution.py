"""Evaluate reverse Polish notation with a stack of operands.

Numbers are pushed. An operator pops its right operand (the top) and then its left one, and
pushes the result, so the stack always holds the values of the complete subexpressions read so far;
a valid expression leaves exactly one. Division truncates toward zero, done in exact integer
arithmetic: Python's ``//`` rounds toward minus infinity, and ``/`` goes through a float.

Time O(n), space O(n) for the stack.
"""


def truncating_divide(a: int, b: int) -> int:
    """Return ``a / b`` truncated toward zero, exactly."""
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def eval_rpn(tokens: list[str]) -> int:
    """Return the value of the reverse Polish expression ``tokens`` (``/`` truncates toward 0)."""
    operands: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            b = operands.pop()
            a = operands.pop()
            if token == "+":
                operands.append(a + b)
            elif token == "-":
                operands.append(a - b)
            elif token == "*":
                operands.append(a * b)
            else:
                operands.append(truncating_divide(a, b))
        else:
            operands.append(int(token))
    return operands[0]
