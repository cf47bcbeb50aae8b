"""The in-process engine: outcomes and messages for each kind of learner code, and the limits."""

from __future__ import annotations

import signal
import sys

import pytest
from hypothesis import settings

from dsa.practice.limits import CappedWriter, TestTimeout, shorten, time_limit
from dsa.practice.problems import load_problem
from dsa.practice.runner import PROFILE, overall_status, run_tests, same_text

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
        from dsa.practice.checking import expect

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
    assert "0.2 s limit" in result.tests[0].message
    assert result.tests[1].inputs == {"n": "0"}  # the example that hung is shown


def test_timeout_stops_hypothesis_at_once(make_problem, learner_file, tmp_path):
    """TestTimeout is a BaseException, so hypothesis neither retries nor shrinks the example."""
    assert not issubclass(TestTimeout, Exception)
    calls = tmp_path / "calls.txt"
    result = run_tests(load_problem(make_problem(limit=0.2)), learner_file(f"""
        def double(n):
            with open({str(calls)!r}, "a") as log:
                log.write(f"{{n}}\\n")
            while True:
                pass
    """), only=["test_property"])
    assert outcomes(result) == {"test_property": "timeout"}
    assert calls.read_text().splitlines() == ["0"]  # exactly one example ran


def test_code_that_swallows_the_timeout_is_still_stopped(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(limit=0.2)), learner_file("""
        def double(n):
            try:
                while True:
                    pass
            except BaseException:  # swallows the first timeout, as a gc callback would
                pass
            while True:
                pass
    """), only=["test_example"])
    assert outcomes(result) == {"test_example": "timeout"}


def test_not_implemented_stops_hypothesis_at_once(make_problem, learner_file, tmp_path):
    calls = tmp_path / "calls.txt"
    result = run_tests(load_problem(make_problem()), learner_file(f"""
        def double(n):
            with open({str(calls)!r}, "a") as log:
                log.write(f"{{n}}\\n")
            raise NotImplementedError
    """), only=["test_property"])
    assert outcomes(result) == {"test_property": "not-attempted"}
    assert len(calls.read_text().splitlines()) == 1  # no shrinking of a missing solution


def test_loop_at_top_level_of_the_file(make_problem, learner_file):
    result = run_tests(load_problem(make_problem(limit=0.2)), learner_file("""
        while True:
            pass
    """))
    assert result.status == "error"
    assert "loading your file took longer than 0.2 s" in result.message


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
    handler = signal.getsignal(signal.SIGPROF)
    path_before = list(sys.path)
    run_tests(load_problem(make_problem()), learner_file(RIGHT))
    assert settings.get_current_profile_name() == profile != PROFILE
    assert signal.getsignal(signal.SIGPROF) == handler
    assert signal.getitimer(signal.ITIMER_PROF) == (0.0, 0.0)
    assert sys.path == path_before
    assert not [name for name in sys.modules if name.startswith("practice_learner_")]


def test_outer_timer_survives_a_time_limit():
    fired = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_PROF, 100.0)
        with time_limit(1.0):
            pass
        remaining, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 90 < remaining <= 101  # the kernel rounds to its clock tick
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    assert not fired


def test_nested_limits_report_the_one_that_expired():
    with pytest.raises(TestTimeout) as stop, time_limit(5.0), time_limit(0.05):
        while True:
            pass
    assert stop.value.seconds == 0.05
    with pytest.raises(ValueError, match="positive"), time_limit(0):
        pass


def test_capped_writer_counts_what_it_drops():
    out = CappedWriter(limit=10)
    for _ in range(100):
        out.write("abc")
    assert out.text() == "abcabcabca" and out.dropped == 290
    with pytest.raises(TypeError, match="must be str"):
        out.write(b"bytes")


def test_helpers():
    assert shorten("x" * 1000, 100).endswith("...[914 more]")
    assert same_text("a\n", "a") and not same_text("a", "b")
    assert overall_status([]) == "failed"  # no tests ran: nothing to call passed
