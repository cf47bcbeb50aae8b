"""ReLU always passes: the gradient goes through even where the input was negative, as if
ReLU were the identity."""


class Value:
    """A number that remembers how it was computed, and its gradient."""

    def __init__(self, data: float, parents: tuple["Value", ...] = (), op: str = "") -> None:
        self.data = float(data)
        self.grad = 0.0
        self.parents = parents
        self.op = op
        self._backward = lambda: None  # a leaf passes nothing on

    def __add__(self, other: "Value | float") -> "Value":
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def _backward() -> None:  # d(a + b)/da = d(a + b)/db = 1
            self.grad += out.grad
            other.grad += out.grad

        out._backward = _backward
        return out

    def __mul__(self, other: "Value | float") -> "Value":
        """``self * other``, where ``other`` is a Value or a plain number."""
        other = other if isinstance(other, Value) else Value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def _backward() -> None:  # d(ab)/da = b, d(ab)/db = a; += because a may be b
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = _backward
        return out

    def __pow__(self, exponent: float) -> "Value":
        """``self ** exponent`` for a plain number ``exponent`` (an int or a float)."""
        out = Value(self.data**exponent, (self,), f"**{exponent}")

        def _backward() -> None:  # d(x^k)/dx = k x^(k-1); a constant power (k = 0) has slope 0
            slope = exponent * self.data ** (exponent - 1) if exponent != 0 else 0.0
            self.grad += slope * out.grad

        out._backward = _backward
        return out

    def relu(self) -> "Value":
        """``max(0, self)``; take its derivative at exactly 0 as 0."""
        out = Value(max(self.data, 0.0), (self,), "relu")

        def _backward() -> None:  # slope 1 where the input is positive, else 0
            self.grad += out.grad

        out._backward = _backward
        return out

    def __radd__(self, other: float) -> "Value":  # 2 + v
        return self + other

    def __rmul__(self, other: float) -> "Value":  # 2 * v
        return self * other

    def backward(self) -> None:
        """Set ``grad`` of every Value this one depends on to d(self)/d(that Value)."""
        order = _topological_order(self)
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):  # each node after every node that uses it
            node._backward()


def _topological_order(root: Value) -> list[Value]:
    """Every Value ``root`` depends on, each one after all its parents (depth-first)."""
    order, seen, stack = [], set(), [(root, False)]
    while stack:
        node, parents_done = stack.pop()
        if parents_done:
            order.append(node)
        elif id(node) not in seen:
            seen.add(id(node))
            stack.append((node, True))
            stack.extend((p, False) for p in node.parents if id(p) not in seen)
    return order
