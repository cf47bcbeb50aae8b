"""Objects of the learner's classes stay in the learner's process: a test holds handles, calls
their methods by name (operators included, through ``call_method``) and reads their attributes
as plain data (``read_attribute``). What a method returns is a handle when it is an object of
the learner's classes, so a test can build an expression out of the learner's own ``Value``s."""

from __future__ import annotations

import textwrap

import pytest

from practice.isolation import Handle, Sandbox, call_method, read_attribute
from practice.limits import Limits

VALUE = '''
class Value:
    def __init__(self, data):
        self.data, self.grad = data, 0.0

    def __mul__(self, other):
        return Value(self.data * other.data)

    def same(self):
        return self

    def name(self):
        return "v"
'''


@pytest.fixture
def sol(tmp_path):
    path = tmp_path / "attempt.py"
    path.write_text(textwrap.dedent(VALUE))
    with Sandbox(path, Limits(), tmp_path / "problems") as box:
        yield box.load()


def test_a_product_of_two_handles_is_a_handle_with_the_right_data(sol):
    a, b = sol.Value(2.0), sol.Value(3.0)
    product = call_method(a, "__mul__", b)
    assert type(product) is Handle and read_attribute(product, "data") == 6.0
    assert read_attribute(a, "grad") == 0.0


def test_an_object_returned_again_keeps_its_identity_on_the_learners_side(sol):
    a = sol.Value(2.0)
    again = a.same()
    assert read_attribute(call_method(again, "__mul__", a), "data") == 4.0
    assert a.name() == "v"  # plain data stays plain


def test_call_method_wants_a_handle(sol):
    with pytest.raises(TypeError, match="needs a handle"):
        call_method(2.0, "__mul__", 3.0)
