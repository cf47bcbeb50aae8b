"""A scalar automatic-differentiation engine: every number remembers how it was made.

A ``Value`` wraps one float. Arithmetic on Values builds a graph: each result keeps its inputs
(``parents``) and a rule that turns the gradient arriving at the result into gradients for those
inputs, the local derivative times the incoming one (the chain rule). For ``c = a * b``::

    a.grad += b.data * c.grad        b.grad += a.data * c.grad

``backward()`` on the final output (the loss) sets its gradient to 1 and applies the rules from
the output back to the inputs. A node must have received *all* its gradient before it passes
some on, so the nodes are processed in reverse **topological order** (every node after all the
nodes that use it). Gradients are *added* (``+=``), because a value used twice (``b = a + a``)
influences the output along two paths, and the chain rule sums over paths.

**Design choices.**

- The topological order is found with an explicit stack, not recursion, so a graph thousands of
  nodes deep does not hit Python's recursion limit.
- ``backward()`` first sets the gradient of *every node in the graph* to zero, then
  accumulates. Calling it twice therefore gives the same gradients, not double (a classic bug in
  engines that leave the zeroing to the user). The price: to sum gradients over several examples,
  build one loss that sums them, then call ``backward()`` once.
- Every operation is a function of one or two Values, with its derivative written next to it.

Time and space: O(nodes + edges) for ``backward()``, the same order as building the graph.
"""

import math
from collections.abc import Callable

__all__ = ["Value"]

Number = int | float


class Value:
    """A scalar with a gradient, and the graph that produced it.

    >>> x = Value(2.0)
    >>> y = x * x + 3 * x + 1      # y = x^2 + 3x + 1
    >>> y.data
    11.0
    >>> y.backward()
    >>> x.grad                    # dy/dx = 2x + 3
    7.0
    >>> y.backward(); x.grad      # backward zeroes the graph first: no doubling
    7.0
    """

    __slots__ = ("_backward", "data", "grad", "op", "parents")

    def __init__(self, data: Number, parents: tuple["Value", ...] = (), op: str = "") -> None:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise TypeError(f"Value holds an int or float, got {type(data).__name__}")
        self.data = float(data)
        self.grad = 0.0
        self.parents = parents
        self.op = op
        self._backward: Callable[[], None] = _nothing

    def __repr__(self) -> str:
        return f"Value(data={self.data:.6g}, grad={self.grad:.6g})"

    # --- the operations, each with its local derivative ----------------------------------------
    def __add__(self, other: "Value | Number") -> "Value":
        other = _as_value(other)
        out = Value(self.data + other.data, (self, other), "+")

        def backward() -> None:  # d(a+b)/da = d(a+b)/db = 1
            self.grad += out.grad
            other.grad += out.grad

        out._backward = backward
        return out

    def __mul__(self, other: "Value | Number") -> "Value":
        other = _as_value(other)
        out = Value(self.data * other.data, (self, other), "*")

        def backward() -> None:  # d(ab)/da = b, d(ab)/db = a
            self.grad += other.data * out.grad
            other.grad += self.data * out.grad

        out._backward = backward
        return out

    def __pow__(self, exponent: Number) -> "Value":
        """``self ** exponent`` for a constant int or float exponent.

        The derivative follows the maths even where it is infinite: $\\sqrt{x}$ at 0 has slope
        $+\\infty$. A result or slope beyond the float range is infinite, as with ``*``.

        >>> x = Value(0.0); y = x ** 0.5; y.backward(); x.grad
        inf
        >>> Value(-8.0) ** 0.5
        Traceback (most recent call last):
        ...
        ValueError: (-8.0) ** 0.5 is not a real number: a negative base needs an integer exponent
        """
        if isinstance(exponent, Value):
            raise TypeError("Value ** Value is not supported; write exp(y * log(x)) for x > 0")
        if isinstance(exponent, bool) or not isinstance(exponent, int | float):
            raise TypeError(f"exponent must be an int or float, got {type(exponent).__name__}")
        if self.data < 0 and not float(exponent).is_integer():
            raise ValueError(f"({self.data}) ** {exponent} is not a real number: a negative "
                             "base needs an integer exponent")
        if self.data == 0 and exponent < 0:
            raise ZeroDivisionError(f"0.0 ** {exponent} is infinite")
        out = Value(_power(self.data, exponent), (self,), f"**{exponent}")

        def backward() -> None:  # d(x^k)/dx = k x^(k-1); 0 for k = 0, +inf at x = 0 for 0 < k < 1
            slope = 0.0 if exponent == 0 else exponent * _power(self.data, exponent - 1)
            self.grad += slope * out.grad

        out._backward = backward
        return out

    def exp(self) -> "Value":
        """``e ** self``.

        >>> round(Value(1.0).exp().data, 6)
        2.718282
        """
        out = Value(_exp(self.data), (self,), "exp")

        def backward() -> None:  # d(e^x)/dx = e^x
            self.grad += out.data * out.grad

        out._backward = backward
        return out

    def log(self) -> "Value":
        """Natural logarithm, defined for positive values only.

        >>> Value(0.0).log()
        Traceback (most recent call last):
        ...
        ValueError: log(0.0) is undefined: the argument must be positive
        """
        if self.data <= 0:
            raise ValueError(f"log({self.data}) is undefined: the argument must be positive")
        out = Value(math.log(self.data), (self,), "log")

        def backward() -> None:  # d(ln x)/dx = 1/x
            self.grad += out.grad / self.data

        out._backward = backward
        return out

    def tanh(self) -> "Value":
        """Hyperbolic tangent.

        >>> t = Value(0.0).tanh(); t.backward(); t.data, t.parents[0].grad
        (0.0, 1.0)
        """
        out = Value(math.tanh(self.data), (self,), "tanh")

        def backward() -> None:  # d(tanh x)/dx = 1 - tanh(x)^2
            self.grad += (1.0 - out.data * out.data) * out.grad

        out._backward = backward
        return out

    def relu(self) -> "Value":
        """``max(0, self)``; the derivative at exactly 0 is taken as 0.

        >>> Value(-2.0).relu().data, Value(3.0).relu().data
        (0.0, 3.0)
        """
        out = Value(max(self.data, 0.0), (self,), "relu")

        def backward() -> None:
            self.grad += (self.data > 0) * out.grad

        out._backward = backward
        return out

    # --- everything else, derived from the operations above ------------------------------------
    def __neg__(self) -> "Value":
        return self * -1

    def __sub__(self, other: "Value | Number") -> "Value":
        return self + (-_as_value(other))

    def __truediv__(self, other: "Value | Number") -> "Value":
        """``self / other`` as ``self * other ** -1``.

        >>> (Value(1.0) / 4).data
        0.25
        """
        return self * _as_value(other) ** -1

    def __radd__(self, other: Number) -> "Value":  # 2 + x
        return self + other

    def __rsub__(self, other: Number) -> "Value":  # 2 - x
        return _as_value(other) - self

    def __rmul__(self, other: Number) -> "Value":  # 2 * x
        return self * other

    def __rtruediv__(self, other: Number) -> "Value":  # 2 / x
        return _as_value(other) / self

    # --- reverse mode ---------------------------------------------------------------------------
    def topological_order(self) -> list["Value"]:
        """Every node this Value depends on (itself included), each after all its parents.

        Iterative depth-first search: a node is emitted when all its parents have been.
        Time and space O(nodes + edges).

        >>> a = Value(1.0); b = a + a; c = b * b
        >>> [v.op or "leaf" for v in c.topological_order()]
        ['leaf', '+', '*']
        """
        order: list[Value] = []
        seen: set[int] = set()
        stack: list[tuple[Value, bool]] = [(self, False)]
        while stack:
            node, parents_done = stack.pop()
            if parents_done:
                order.append(node)
                continue
            if id(node) in seen:
                continue
            seen.add(id(node))
            stack.append((node, True))  # comes back off the stack after all its parents
            stack.extend((p, False) for p in node.parents if id(p) not in seen)
        return order

    def backward(self) -> None:
        """Fill ``grad`` of every node in the graph with d(self)/d(node).

        Zeroes all the graph's gradients first, so repeated calls give identical results.

        >>> a = Value(3.0); b = a + a; c = b * b   # c = 4a^2, a node reused twice
        >>> c.backward(); a.grad                    # 8a
        24.0
        """
        order = self.topological_order()
        for node in order:
            node.grad = 0.0
        self.grad = 1.0
        for node in reversed(order):
            node._backward()


def _nothing() -> None:
    """A leaf's backward rule: there is nothing further back to pass gradient to."""


def _power(x: float, k: Number) -> float:
    """``x ** k`` as IEEE arithmetic gives it: an overflow is infinite (Python's ``**`` raises
    ``OverflowError`` where ``*`` returns inf) and so is ``0.0 ** k`` for ``k < 0``, which only
    a derivative asks for (``Value.__pow__`` rejects it as a value).

    >>> _power(0.0, -0.5), _power(1e200, 2), _power(-1e200, 3), _power(2.0, 3)
    (inf, inf, -inf, 8.0)
    """
    try:
        return float(x**k)
    except ZeroDivisionError:  # 0 ** negative: the magnitude grows without bound
        return math.inf
    except OverflowError:  # odd integer powers keep the sign of a negative base
        negative = x < 0 and float(k).is_integer() and int(k) % 2 == 1
        return -math.inf if negative else math.inf


def _exp(x: float) -> float:
    """``e ** x``, infinite past the float range instead of raising ``OverflowError``.

    >>> _exp(1000.0), _exp(0.0)
    (inf, 1.0)
    """
    try:
        return math.exp(x)
    except OverflowError:
        return math.inf


def _as_value(x: "Value | Number") -> Value:
    return x if isinstance(x, Value) else Value(x)
