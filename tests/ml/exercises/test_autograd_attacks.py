"""The autograd exercises judge the learner's Value, never a driver the learner could rewrite.

Their tests once called a ``run(program, inputs)`` function from the learner's file, so a file
whose ``run`` differentiated the program some other way (forward mode on dual numbers here)
passed with no ``Value`` written at all. The tests now build every expression on the learner's
Values through handles; these files must not pass.
"""

from __future__ import annotations

import textwrap

import pytest

from practice.problems import get_problem
from practice.runner import run_tests

# Forward-mode differentiation, one input at a time: the right numbers, no Value involved.
DUAL_DRIVER = textwrap.dedent('''
    def _step(op, left, right):
        x, dx = left
        if op == "add":
            return x + right[0], dx + right[1]
        if op == "mul":
            return x * right[0], dx * right[0] + x * right[1]
        if op in ("scale", "rscale"):
            return x * right, dx * right
        if op == "pow":
            return x ** right, right * x ** (right - 1) * dx if right else 0.0
        return (x, dx) if x > 0 else (0.0, 0.0)


    def run(program, inputs):
        out, grads = 0.0, []
        for seed in range(len(inputs)):
            nodes = [(float(x), float(k == seed)) for k, x in enumerate(inputs)]
            for op, i, arg in program:
                nodes.append(_step(op, nodes[i], nodes[arg] if op in ("add", "mul") else arg))
            out = nodes[-1][0]
            grads.append(nodes[-1][1])
        return out, grads
''')


@pytest.mark.parametrize("problem_id", ["value-multiply", "value-power-and-relu"])
def test_a_driver_without_a_value_class_does_not_pass(problem_id, tmp_path):
    attempt = tmp_path / "attempt.py"
    attempt.write_text(DUAL_DRIVER + "\n\nclass Value:\n    pass\n")
    result = run_tests(get_problem(problem_id), attempt)
    assert result.status == "failed"
    assert not any(test.outcome == "passed" for test in result.tests)


@pytest.mark.parametrize("problem_id", ["value-multiply", "value-power-and-relu"])
def test_the_untouched_value_with_a_driver_added_is_not_attempted(problem_id, tmp_path):
    problem = get_problem(problem_id)
    attempt = tmp_path / "attempt.py"
    attempt.write_text(problem.starter_path.read_text() + "\n" + DUAL_DRIVER)
    result = run_tests(problem, attempt)
    assert result.status == "not-attempted", [(t.name, t.outcome) for t in result.tests]
