"""Too slow: keeps the top of the stack at index 0 (insert(0, x) and pop(0)), so every push
and pop shifts the whole list, O(n²) on a deep expression."""


def eval_rpn(tokens: list[str]) -> int:
    operands: list[int] = []
    for token in tokens:
        if token in ("+", "-", "*", "/"):
            b = operands.pop(0)
            a = operands.pop(0)
            if token == "+":
                operands.insert(0, a + b)
            elif token == "-":
                operands.insert(0, a - b)
            elif token == "*":
                operands.insert(0, a * b)
            else:
                quotient = abs(a) // abs(b)
                operands.insert(0, quotient if (a < 0) == (b < 0) else -quotient)
        else:
            operands.insert(0, int(token))
    return operands[0]
