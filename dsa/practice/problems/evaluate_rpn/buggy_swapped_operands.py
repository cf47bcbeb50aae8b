"""Swapped operands: pops a before b, so "10 3 -" computes 3 - 10."""


def truncating_divide(a: int, b: int) -> int:
    quotient = abs(a) // abs(b)
    return quotient if (a < 0) == (b < 0) else -quotient


def eval_rpn(tokens: list[str]) -> int:
    operands: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            a = operands.pop()
            b = operands.pop()
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
