"""What the ML exercises need of the engine, through the real sandbox: numpy arrays cross both
ways (and changes made in place come back), numpy is usable only where the problem allows it,
and the project's own code (the oracles an exercise asks the learner to write) can be neither
imported nor read.
"""

from __future__ import annotations

import pytest

from practice.problems import load_problem
from practice.runner import run_tests

ARRAY_TESTS = '''
import numpy as np

from practice.arrays import expect_array
from practice.checking import expect


def test_an_array_comes_back_as_an_array(sol):
    expect_array(sol.double(np.arange(6.0).reshape(2, 3)), 2 * np.arange(6.0).reshape(2, 3))


def test_a_change_in_place_reaches_the_caller(sol):
    weights = np.ones(4)
    sol.step(weights, np.full(4, 0.5))
    expect_array(weights, np.full(4, 0.5), name="the weights after a step")


def test_a_second_step_on_the_same_arrays_is_seen_at_once(sol):
    weights, step = np.ones(4), np.full(4, 0.25)
    sol.step(weights, step)
    sol.step(weights, step)  # nothing new to send: still the test must wait for the new state
    expect_array(weights, np.full(4, 0.5), name="the weights after two steps")


def test_a_numpy_scalar_is_a_number(sol):
    total = sol.total(np.arange(4))
    expect(int(total), 6)
    assert isinstance(total, np.integer)
'''

NUMPY_SOLUTION = '''
import numpy as np


def double(x):
    return 2 * x


def step(w, g):
    w -= g


def total(x):
    return np.sum(x)
'''


@pytest.fixture
def array_problem(make_problem, tiny_meta):
    def make(imports: str | None = '["numpy"]'):
        return load_problem(make_problem(meta=tiny_meta(imports=imports), tests=ARRAY_TESTS))
    return make


def outcomes(result):
    return {test.name: (test.outcome, test.message) for test in result.tests}


def test_arrays_cross_both_ways_and_in_place_changes_come_back(array_problem, learner_file):
    result = run_tests(array_problem(), learner_file(NUMPY_SOLUTION))
    assert result.passed, outcomes(result)


def test_numpy_is_refused_where_the_problem_does_not_allow_it(array_problem, learner_file):
    result = run_tests(array_problem(imports=None), learner_file(NUMPY_SOLUTION))
    assert result.status == "error"
    assert "import numpy: this problem is solved with the standard library" in result.message


@pytest.mark.parametrize(("source", "kind"), [
    ("import numpy as np\n\ndef double(x):\n    return np.array([x], dtype=object)\n", "dtype"),
    ("import numpy as np\n\ndef double(x):\n    return np.asmatrix(x)\n", "subclass"),
])
def test_arrays_that_are_not_plain_numbers_are_refused(array_problem, learner_file, source,
                                                       kind):
    result = run_tests(array_problem(), learner_file(source), only=[
        "test_an_array_comes_back_as_an_array"])
    assert result.status == "failed"
    assert kind in result.tests[0].message


@pytest.mark.parametrize("source", [
    "from ml.special import softmax\n\ndef double(x):\n    return 2 * x\n",
    "import biology\n\ndef double(x):\n    return 2 * x\n",
    "import dsa.structures\n\ndef double(x):\n    return 2 * x\n",
])
def test_the_projects_own_packages_cannot_be_imported(array_problem, learner_file, source):
    result = run_tests(array_problem(), learner_file(source))
    assert result.status == "error"
    assert "import the project's own" in result.message


def test_the_projects_own_code_cannot_be_read(array_problem, learner_file):
    from practice.isolation import PROJECT_ROOT

    path = PROJECT_ROOT / "ml" / "special.py"
    source = (f"def double(x):\n    text = open({str(path)!r}).read()\n    return 2 * x\n")
    result = run_tests(array_problem(), learner_file(source),
                       only=["test_an_array_comes_back_as_an_array"])
    assert result.status == "failed"
    assert "read the project's own code" in result.tests[0].message, outcomes(result)


def test_the_old_import_path_of_the_node_types_still_works(make_problem, learner_file):
    source = ("from dsa.practice.types import ListNode\n\n\ndef double(n):\n"
              "    return 2 * ListNode(n).val\n")
    result = run_tests(load_problem(make_problem()), learner_file(source))
    assert result.passed, outcomes(result)


def test_numpys_lazy_submodules_load_where_numpy_is_allowed(array_problem, learner_file):
    source = ("import numpy as np\n\n\ndef double(x):\n    np.unique(np.array([3, 1, 3]))\n"
              "    import numpy.ma\n    return 2 * x\n")
    result = run_tests(array_problem(), learner_file(source),
                       only=["test_an_array_comes_back_as_an_array"])
    assert result.passed, outcomes(result)


def test_an_exercise_that_changes_its_input_fails_with_a_message(make_problem, tiny_meta,
                                                                 learner_file):
    """Without changes_arguments, a function that zeroes its input (so that an expectation
    computed from it afterwards would agree with anything) fails, naming the argument."""
    meta = tiny_meta(imports='["numpy"]', changes_arguments="false")
    problem = load_problem(make_problem(meta=meta, tests=ARRAY_TESTS))
    source = "def double(x):\n    x *= 0\n    return x\n"
    result = run_tests(problem, learner_file(source),
                       only=["test_an_array_comes_back_as_an_array"])
    assert result.status == "failed"
    assert "changed its argument 'x' in place" in result.tests[0].message, outcomes(result)
    allowed = run_tests(problem, learner_file(NUMPY_SOLUTION),
                        only=["test_a_change_in_place_reaches_the_caller"])
    assert allowed.status == "failed" and "in place" in allowed.tests[0].message


needs_landlock = pytest.mark.skipif(
    __import__("practice.landlock").landlock.abi_version() == 0,
    reason="this kernel has no Landlock: the audit hook is the only guard here")


@needs_landlock
@pytest.mark.parametrize("target", ["ml/special.py", ".git/HEAD", "dsa/practice/problems"])
def test_with_the_audit_hook_switched_off_the_kernel_still_keeps_the_project_out(
        array_problem, learner_file, target):
    """Code in the learner's process can reach and disable the audit hook; Landlock cannot be
    lifted, so the project's files (the oracles, the git history, the references) stay closed."""
    from practice.isolation import PROJECT_ROOT

    path = PROJECT_ROOT / target
    source = ("import sys\nsys.modules['__main__'].Guard.__call__ = lambda *a: None\n"
              f"import os\nos.listdir({str(path)!r}) if os.path.isdir({str(path)!r}) else "
              f"open({str(path)!r}).read()\n\ndef double(x):\n    return 2 * x\n")
    result = run_tests(array_problem(), learner_file(source))
    assert result.status == "error" and "Permission denied" in result.message, result.message


@needs_landlock
def test_with_the_audit_hook_switched_off_writes_stay_in_the_scratch_folder(
        array_problem, learner_file, tmp_path):
    target = tmp_path / "planted.txt"
    source = ("import sys\nsys.modules['__main__'].Guard.__call__ = lambda *a: None\n"
              f"open({str(target)!r}, 'w').write('x')\n\ndef double(x):\n    return 2 * x\n")
    result = run_tests(array_problem(), learner_file(source))
    assert result.status == "error" and not target.exists()


def test_other_installed_packages_cannot_be_imported(array_problem, learner_file):
    result = run_tests(array_problem(), learner_file(
        "import sklearn\n\ndef double(x):\n    return 2 * x\n"))
    assert result.status == "error"
    assert "import sklearn: only the standard library" in result.message


def test_no_module_holding_ctypes_is_left_ready_for_the_learner(array_problem, learner_file):
    source = ("import sys\n\n\ndef double(x):\n    left = [name for name in sys.modules if "
              "name.partition('.')[0] == 'ctypes' or name == 'practice.landlock']\n"
              "    return 2 * x if not left else 0 * x\n")
    result = run_tests(array_problem(), learner_file(source),
                       only=["test_an_array_comes_back_as_an_array"])
    assert result.passed, outcomes(result)
