"""Wrong type: parses every number with float(), so the value comes back as a float such as
14.0 (and big products lose digits)."""


def eval_rpn(tokens: list[str]) -> int:
    operands: list[float] = []
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
                operands.append(float(int(a / b)))
        else:
            operands.append(float(token))
    return operands[0]
