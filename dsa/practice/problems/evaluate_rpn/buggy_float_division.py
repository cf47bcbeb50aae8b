"""Float division: int(a / b) rounds big quotients through a 53-bit float."""


def truncating_divide(a: int, b: int) -> int:
    return int(a / b)


def eval_rpn(tokens: list[str]) -> int:
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
