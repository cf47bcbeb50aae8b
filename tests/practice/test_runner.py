"""The engine: outcomes and messages for each kind of learner code (run in a child process)."""

from __future__ import annotations

import signal
import sys

from hypothesis import settings

from practice.limits import shorten
from practice.problems import load_problem
from practice.runner import PROFILE, overall_status, run_tests, same_text

RIGHT = """
def double(n):
    return n + n
"""


def outcomes(result):
    return {t.name: t.outcome for t in result.tests}


def test_right_answer_passes(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file(RIGHT))
    assert result.status == "passed" and result.passed
    assert outcomes(result) == {"test_example": "passed", "test_property": "passed"}


def test_wrong_answer_shows_smallest_failing_input(make_problem, learner_file):
    path = learner_file("""
        def double(n):
            return 2 * n if n < 7 else 2 * n + 1
    """)
    result = run_tests(load_problem(make_problem()), path)
    assert result.status == "failed"
    test = next(t for t in result.tests if t.name == "test_property")
    assert test.outcome == "failed" and test.message == "wrong answer"
    assert test.inputs == {"n": "7"}  # hypothesis shrank to the boundary
    assert (test.expected, test.actual) == ("14", "15")


def test_wrong_return_type_is_named(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        def double(n):
            return str(2 * n)
    """))
    test = result.tests[0]
    assert test.outcome == "failed"
    assert test.message == "wrong return type: got str, expected int"
    assert test.actual == "'4'"


def test_syntax_error_shows_the_line(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        def double(n)
            return 2 * n
    """))
    assert result.status == "error" and not result.tests
    assert "syntax error on line 2" in result.message
    assert "def double(n)" in result.message and "^" in result.message


def test_missing_entry_lists_the_names_defined(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        def dubble(n):
            return 2 * n

        class Helper:
            pass
    """))
    assert result.status == "error"
    assert "does not define 'double'" in result.message
    assert "Helper, dubble" in result.message
    assert "Rename 'dubble' to 'double'?" in result.message


def test_exception_points_at_the_learners_line(make_problem, learner_file):
    path = learner_file("""
        def helper(n):
            return [n][1]

        def double(n):
            return helper(n)
    """)
    result = run_tests(load_problem(make_problem()), path)
    test = result.tests[0]
    assert test.outcome == "error"
    assert test.message == "your code raised IndexError: list index out of range"
    assert test.where == "your code, line 3, in helper: return [n][1]"
    assert "runner.py" not in str(test.to_dict())  # no checker frames leak out


def test_error_in_test_code_blames_the_returned_value(make_problem, learner_file):
    tests = """
        from practice.checking import expect

        def test_sorted(sol):
            expect(sorted(sol.double(3)), [6])
    """
    result = run_tests(load_problem(make_problem(tests=tests)), learner_file(RIGHT))
    test = result.tests[0]
    assert test.outcome == "error"
    assert "raised by the test while using your answer" in test.message
    assert test.where.startswith("the test, line 5, in test_sorted")


def test_recursion_error_gets_advice(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        def double(n):
            return double(n)
    """))
    assert "recursion too deep" in result.tests[0].message


def test_exit_is_reported_not_obeyed(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        import sys

        def double(n):
            sys.exit(2 * n)
    """))
    assert result.tests[0].outcome == "error"
    assert "called exit()" in result.tests[0].message


def test_infinite_loop_times_out(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(limit=0.2)), learner_file("""
        def double(n):
            while True:
                pass
    """))
    assert outcomes(result) == {"test_example": "timeout", "test_property": "timeout"}
    assert "CPU time limit 0.2 s per test reached" in result.tests[0].message
    assert result.tests[0].inputs == {"call": "double(2)"}
    assert result.tests[1].inputs == {"n": "0"}  # the example that hung is shown


def test_not_implemented_stops_hypothesis_at_once(make_problem, learner_file):
    calls = []
    result = run_tests(load_problem(make_problem()), learner_file("""
        def double(n):
            raise NotImplementedError
    """), only=["test_property"], recorder=lambda name, args, kwargs: calls.append(args))
    assert outcomes(result) == {"test_property": "not-attempted"}
    assert calls == [[0]]  # no shrinking of a missing solution


def test_loop_at_top_level_of_the_file(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(limit=0.2)), learner_file("""
        while True:
            pass
    """))
    assert result.status == "error"
    assert "loading your file: CPU time limit 0.2 s per test reached" in result.message


def test_print_spam_is_captured_and_capped(make_problem, learner_file, capsys):
    result = run_tests(load_problem(make_problem()), learner_file("""
        def double(n):
            for _ in range(10**4):
                print("spam spam spam")
            return 2 * n
    """))
    assert result.status == "passed"
    test = result.tests[0]
    assert test.output.startswith("spam spam spam\n")
    assert len(test.output) < 1100 and "more characters not shown" in test.output
    out, err = capsys.readouterr()
    assert "spam" not in out and "spam" not in err


def test_not_implemented_means_not_attempted(make_problem):
    problem = load_problem(make_problem())
    assert run_tests(problem, problem.starter_path).message.startswith("this is the untouched")
    result = run_tests(problem, problem.starter_path, starter_shortcut=False)
    assert result.status == "not-attempted"
    assert outcomes(result) == {"test_example": "not-attempted", "test_property": "not-attempted"}


def test_starter_with_whitespace_changes_is_still_the_starter(make_problem, learner_file):
    problem = load_problem(make_problem())
    source = problem.starter_path.read_text().replace("\n", "  \r\n") + "\n\n"
    assert run_tests(problem, learner_file(source)).status == "not-attempted"


def test_partly_done_is_failed_not_not_attempted(make_problem):
    tests = """
        def test_one(sol):
            assert sol.double(1) == 2

        def test_two(sol):
            sol.half(4)
    """
    problem = load_problem(make_problem(tests=tests))
    result = run_tests(problem, problem.solution_path)
    assert outcomes(result) == {"test_one": "passed", "test_two": "error"}
    assert result.status == "failed"


def test_nondeterministic_code_is_called_out(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        calls = [0]

        def double(n):
            calls[0] += 1
            return 2 * n + (1 if calls[0] % 3 == 0 else 0)
    """), only=["test_property"])
    test = result.tests[0]
    assert test.outcome == "failed"
    assert "does your code keep state between calls?" in test.message
    assert "does your code keep state between calls?" in test.message


def test_learner_file_is_not_modified(make_problem, learner_file):
    path = learner_file(RIGHT)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    run_tests(load_problem(make_problem()), path)
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_state_is_restored_after_a_run(make_problem, learner_file):
    profile = settings.get_current_profile_name()
    handlers = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGPROF)}
    path_before, modules_before = list(sys.path), set(sys.modules)
    run_tests(load_problem(make_problem()), learner_file(RIGHT))
    assert settings.get_current_profile_name() == profile != PROFILE
    assert {sig: signal.getsignal(sig) for sig in handlers} == handlers
    assert sys.path == path_before
    assert not [name for name in set(sys.modules) - modules_before if "practice" in name]


def test_helpers():
    assert shorten("x" * 1000, 100).endswith("...[914 more]")
    assert same_text("a\n", "a") and not same_text("a", "b")
    assert overall_status([]) == "failed"  # no tests ran: nothing to call passed


# -- what crosses between the tests and the learner's process: plain data, identity kept -------

PLAIN_DATA_LEARNER = """
from practice.types import ListNode


def double(n):
    return 2 * n


def rotate(grid):
    n = len(grid)
    for i in range(n):
        for j in range(i + 1, n):
            grid[i][j], grid[j][i] = grid[j][i], grid[i][j]
    for row in grid:
        row.reverse()


def middle(head):
    slow = fast = head
    while fast is not None and fast.next is not None:
        slow, fast = slow.next, fast.next.next
    return slow


def reverse(head):
    previous = None
    while head is not None:
        head.next, previous, head = previous, head, head.next
    return previous


def pair(x):
    return [x, x]


def two_on(head):
    return head.next.next


class Stack:
    def __init__(self):
        self.items = []

    def push(self, value):
        self.items.append(value)

    def pop(self):
        if not self.items:
            raise IndexError("pop from an empty stack")
        return self.items.pop()
"""

PLAIN_DATA_TESTS = """
from practice.checking import expect
from practice.types import build_list, list_values


def test_in_place_rotation_turns_the_callers_rows(sol):
    grid = [[1, 2], [3, 4]]
    rows = list(grid)
    assert sol.rotate(grid) is None
    assert grid == [[3, 1], [4, 2]]
    assert grid[0] is rows[0] and grid[1] is rows[1]  # the caller's own row lists were turned


def test_a_node_of_the_input_comes_back_as_that_node(sol):
    head = build_list([1, 2, 3, 4, 5])
    node = sol.middle(head)
    assert node is head.next.next


def test_a_reversed_list_still_works_afterwards(sol):
    head = build_list([1, 2, 3])
    tail = head.next.next
    new_head = sol.reverse(head)
    assert new_head is tail and list_values(new_head) == [3, 2, 1]
    assert head.next is None  # the caller's first node is now the last one
    again = sol.reverse(new_head)
    assert again is head and list_values(again) == [1, 2, 3]


def test_aliasing_in_results(sol):
    shared = [1]
    got = sol.pair(shared)
    assert got[0] is got[1] is shared


def test_a_cycle_crosses(sol):
    head = build_list([1, 2])
    head.next.next = head
    assert sol.two_on(head) is head


def test_objects_of_a_class_stay_remote(sol):
    stack = sol.Stack()
    stack.push(1)
    stack.push([2])
    assert stack.pop() == [2] and stack.pop() == 1
    try:
        stack.pop()
    except IndexError as error:  # the learner's exception, as the built-in type
        assert "empty" in str(error)
    else:
        raise AssertionError("no IndexError")


def test_types_are_exact(sol):
    expect(sol.double(2.0), 4, n=2.0)
"""


def test_plain_data_keeps_identity_and_in_place_changes(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(tests=PLAIN_DATA_TESTS)),
                       learner_file(PLAIN_DATA_LEARNER))
    got = {t.name: (t.outcome, t.message) for t in result.tests}
    assert got.pop("test_types_are_exact") == (
        "failed", "wrong return type: got float, expected int")
    assert got == dict.fromkeys(got, ("passed", "")), got


def test_a_value_that_is_not_plain_data_is_named(make_problem, learner_file):
    result = run_tests(load_problem(make_problem()), learner_file("""
        from fractions import Fraction

        def double(n):
            return Fraction(2 * n)
    """), fail_fast=True)
    test = result.tests[0]
    assert test.outcome == "error"
    assert test.message.startswith("your code returned a fractions.Fraction, which is not plain "
                                   "data; the checker accepts only int, float, str, bool, None")


DEFERRED_TESTS = """
def test_a_thrown_away_result_still_reports_its_error(sol):
    stack = sol.Stack()
    stack.push(1)
    stack.pop()
    stack.pop()  # raises over there; the test does not wait for it here
    stack.push(2)


def test_inside_try_the_error_arrives_in_place(sol):
    stack = sol.Stack()
    try:
        stack.pop()
    except IndexError:
        caught = True
    else:
        caught = False
    assert caught


def test_many_thrown_away_calls_keep_their_order(sol):
    stack = sol.Stack()
    for value in range(3000):
        stack.push(value)
    assert [stack.pop() for _ in range(3)] == [2999, 2998, 2997]
"""


def test_calls_whose_result_is_thrown_away_do_not_wait(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(tests=DEFERRED_TESTS)),
                       learner_file(PLAIN_DATA_LEARNER))
    got = {t.name: t for t in result.tests}
    failed = got["test_a_thrown_away_result_still_reports_its_error"]
    assert (failed.outcome, failed.message) == (
        "error", "your code raised IndexError: pop from an empty stack")
    assert failed.inputs == {"call": "pop()"}  # the call that failed, not the one after it
    assert got["test_inside_try_the_error_arrives_in_place"].outcome == "passed"
    assert got["test_many_thrown_away_calls_keep_their_order"].outcome == "passed"


def test_the_checkers_own_interruptions_are_not_blamed_on_the_learner(make_problem,
                                                                         learner_file):
    """A test runner's timeout or an exit in the checker's process stops the check; only what
    came from the learner's process is described as the learner's."""
    tests = """
        def test_stops(sol):
            sol.double(1)
            raise SystemExit(3)
    """
    problem = load_problem(make_problem(tests=tests))
    try:
        run_tests(problem, learner_file(RIGHT))
    except SystemExit as stop:
        assert stop.code == 3
    else:
        raise AssertionError("the checker's own SystemExit was swallowed")


MANY_QUICK_CALLS = '''
from practice.checking import expect


def test_many_quick_calls(sol):
    for n in range(3000):
        expect(sol.double(n), 2 * n, n=n)
'''

SLOW_DOUBLE = '''
def double(n):
    total = 0
    for step in range(20_000):  # about a millisecond of CPU: far below a tick, every call
        total += step
    return 2 * n
'''


def test_a_budget_overrun_by_quick_calls_stops_the_test_early(make_problem, learner_file):
    problem = load_problem(make_problem(tests=MANY_QUICK_CALLS))
    calls = []
    result = run_tests(problem, learner_file(SLOW_DOUBLE), time_limit_s=0.25,
                       recorder=lambda name, args, kwargs: calls.append(args))
    assert [t.outcome for t in result.tests] == ["timeout"]
    # it used to run all 3,000 calls (seconds of CPU) and only then report the time-out
    assert len(calls) < 1500, len(calls)


class _Clocked:
    """Stands in for a sandbox in :meth:`Sandbox._calibrate`: requests cost what ``costs`` say,
    batch by batch (CPU seconds per request)."""

    def __init__(self, costs):
        self.costs, self.clock, self.batch = list(costs), 0.0, -1
        self.mirror = type("Mirror", (), {"encode": staticmethod(lambda values: values)})()

    def cpu_used(self):
        return self.clock

    def request(self, message):
        if message["op"] == "call":
            batch = message["args"][0]
            self.clock += self.costs[batch]

    def reset(self):
        pass


def test_calibration_takes_the_cheapest_batch_and_is_capped():
    from practice.isolation import DEFAULT_CALL_COST, MAX_CALL_COST, Sandbox

    # one batch slowed by the machine's other work must not raise every test's budget
    assert Sandbox._calibrate(_Clocked([4e-5, 9e-4, 5e-5, 6e-5])) == 4e-5
    # a machine that looks very slow is held to the cap: 200,000 calls at 1 ms each would add
    # 300 s of budget, enough for an O(n)-per-call variant to pass (lru-cache's list of keys did)
    assert Sandbox._calibrate(_Clocked([1e-3] * 4)) == MAX_CALL_COST
    assert Sandbox._calibrate(_Clocked([0.0] * 4)) == DEFAULT_CALL_COST
