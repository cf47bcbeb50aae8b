"""The DSA problems solved on the site, in Chromium: the browser's check gives the terminal's
verdicts, ends an infinite loop without freezing the page, and keeps the learner's work.

The editor is CodeMirror 5 over the page's textarea: it colours Python, indents with Tab, and
what is typed in it is what Check runs and what a reload brings back; without its files the
plain textarea still works.

Parity: for four problems of different shapes (two-sum: a function with a property test;
implement-trie: a class; reverse-linked-list: linked nodes; merge-intervals: nested lists, with
a property test), the reference, the untouched starter and every buggy variant are checked both
by the terminal's checker (:func:`practice.runner.run_tests`, a child process) and on the
problem's page (Pyodide in a Web Worker); the status and each test's outcome must agree.
"""

from __future__ import annotations

import json

import pytest

from practice.problems import get_problem
from practice.progress import Progress
from practice.runner import run_tests

pytestmark = pytest.mark.slow
# Every buggy variant of these fails on its answers, not on time: the browser measures wall time
# (no CPU clock), so a variant that is only too slow could land on either side of its limit.
PARITY = ("two-sum", "implement-trie", "reverse-linked-list", "merge-intervals")
# The runtime is ready and the editor has replaced the textarea.
READY = ".practice-editor[data-state='ready'][data-editor='ready']"
LOOP = "def two_sum(nums, target):\n    while True:\n        pass\n"


@pytest.fixture(scope="session")
def practice_site(built_site, tool):
    """The built site with the in-browser runtime (fetched into the cache if need be)."""
    editor = tool("practice_editor")
    editor.setup()   # the repository's own copy, for the builds after this one
    # and this build's, which may predate the set-up or hold an older engine.json
    editor.setup(runtime=built_site / "assets" / "practice" / "runtime")
    return built_site


@pytest.fixture
def problem_page(open_page, practice_site):
    """``problem_page(id) -> (page, log)`` with the runtime ready and no stored progress or
    code (the browser's profile is shared by the session's tests)."""
    def opener(problem_id: str):
        page, log = open_page(f"dsa/practice/{problem_id}.html")
        page.evaluate("() => localStorage.clear()")
        page.reload()
        page.wait_for_selector(READY, timeout=90_000)
        return page, log
    return opener


def put_code(page, code: str) -> None:
    """Replace the editor's text with ``code`` whole, as a paste does (typing would indent)."""
    page.evaluate("code => document.querySelector('.practice-editor .CodeMirror')"
                  ".CodeMirror.setValue(code)", code)


def type_code(page, keys: list[str]) -> None:
    page.click(".practice-editor .CodeMirror")
    page.keyboard.press("Control+A")
    for key in keys:
        if key.startswith("@"):
            page.keyboard.press(key[1:])
        else:
            page.keyboard.type(key)


def editor_text(page) -> str:
    return page.evaluate("() => document.querySelector('.practice-editor .CodeMirror')"
                         ".CodeMirror.getValue()")


def browser_check(page, code: str | None, timeout_ms: int = 240_000):
    """Put ``code`` in the editor (``None``: keep what is there), press Check, wait for the
    verdict; (status, outcomes)."""
    before = page.evaluate("() => Number(document.querySelector('.practice-editor')"
                           ".dataset.checks || 0)")
    if code is not None:
        put_code(page, code)
    page.click(".practice-check")
    page.wait_for_function(f"() => Number(document.querySelector('.practice-editor')"
                           f".dataset.checks || 0) > {before}", timeout=timeout_ms)
    status = page.get_attribute(".practice-editor", "data-verdict")
    outcomes = [(item.get_attribute("data-test"), item.get_attribute("data-outcome"))
                for item in page.locator(".practice-results li").all()]
    return status, outcomes


@pytest.mark.parametrize("problem_id", PARITY)
def test_the_browser_gives_the_terminals_verdicts(problem_page, problem_id):
    problem = get_problem(problem_id)
    page, log = problem_page(problem_id)
    for path in [problem.solution_path, problem.starter_path, *problem.buggy_paths]:
        terminal = run_tests(problem, path)
        browser = browser_check(page, path.read_text(encoding="utf-8"))
        expected = (terminal.status, [(t.name, t.outcome) for t in terminal.tests])
        assert browser == expected, f"{problem_id}/{path.name}"
    assert not log.problems(), log.problems()


def test_a_failure_shows_the_counterexample_in_the_terminals_words(problem_page):
    problem = get_problem("two-sum")
    page, log = problem_page("two-sum")
    status, _ = browser_check(page, (problem.folder / "buggy_same_element_twice.py").read_text())
    assert status == "failed"
    shown = page.inner_text(".practice-results li[data-test='test_example_2'] pre")
    assert shown.splitlines() == ["  FAIL  test_example_2: wrong answer",
                                  "          nums = [3, 2, 4]", "          target = 6",
                                  "          expected: [1, 2]", "          actual:   [0, 0]"]
    assert page.inner_text(".practice-verdict").startswith("two-sum: 5 of 9 tests passed")
    assert not log.problems(), log.problems()


def test_an_infinite_loop_times_out_within_ten_seconds_and_the_page_responds(problem_page):
    page, log = problem_page("two-sum")
    put_code(page, LOOP)
    page.click(".practice-check")
    # While the worker spins, the page still answers: a hint opens at once.
    page.click(".practice-next-hint", timeout=1_000)
    assert page.locator("article details.tip").first.is_visible()
    first = page.wait_for_selector(".practice-results li[data-outcome='timeout']",
                                   timeout=10_000)
    assert "CPU time limit 2 s per test reached" in first.inner_text()
    page.click(".practice-stop")
    assert page.get_attribute(".practice-editor", "data-verdict") == "stopped"
    # A fresh worker checks the next attempt.
    status, _ = browser_check(page, get_problem("two-sum").solution_path.read_text())
    assert status == "passed"
    assert not log.problems(), log.problems()


# Keys typed into the editor, one line of the solution at a time; "@Key" presses Key. Enter
# keeps the indentation and adds a level after a colon, Tab and Shift-Tab move by four spaces.
TYPED = ["def two_sum(nums, target):", "@Enter", "@Shift+Tab", "@Tab", "seen = {}", "@Enter",
         "for i, x in enumerate(nums):", "@Enter", "if target - x in seen:", "@Enter",
         "return [seen[target - x], i]", "@Enter", "seen[x] = i", "@Enter", "@Shift+Tab",
         "@Shift+Tab", "# typed in the editor"]
TYPED_TEXT = ("def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n"
              "        if target - x in seen:\n            return [seen[target - x], i]\n"
              "        seen[x] = i\n# typed in the editor")


def test_hints_open_one_at_a_time_and_work_survives_a_reload(problem_page, tmp_path):
    page, log = problem_page("two-sum")
    hints = page.locator("article details.tip")
    assert hints.count() == 3 and not any(h.is_visible() for h in hints.all())
    page.click(".practice-next-hint")
    assert [h.is_visible() for h in hints.all()] == [True, False, False]
    type_code(page, TYPED)   # through the keyboard: what Check runs is what was typed
    assert page.input_value(".practice-code") == TYPED_TEXT
    assert browser_check(page, None)[0] == "passed"
    page.reload()
    page.wait_for_selector(READY, timeout=90_000)
    assert page.input_value(".practice-code") == TYPED_TEXT == editor_text(page)
    assert [h.is_visible() for h in hints.all()] == [True, False, False]
    assert "Show hint 2 of 3" in page.inner_text(".practice-next-hint")
    with page.expect_download() as download:
        page.click(".practice-export")
    download.value.save_as(tmp_path / ".progress.json")
    entry = Progress.load(tmp_path).entry("two-sum")   # the CLI reads what the page wrote
    assert (entry["status"], entry["hints"], entry["checks"]) == ("solved", 1, 1)
    assert not log.problems(), log.problems()


def test_progress_from_the_terminal_imports(problem_page, tmp_path):
    page, log = problem_page("implement-trie")
    exported = {"version": 1, "problems": {"implement-trie": {
        "status": "attempted", "hints": 2, "gave_up": False, "checks": 3,
        "last_checked": "2026-01-02T03:04:05+00:00"}}}
    (tmp_path / ".progress.json").write_text(json.dumps(exported))
    page.set_input_files(".practice-import input", str(tmp_path / ".progress.json"))
    page.wait_for_function("() => document.querySelector('.practice-verdict')"
                           ".textContent.startsWith('Imported')")
    hints = page.locator("article details.tip")
    assert [h.is_visible() for h in hints.all()][:3] == [True, True, False]
    assert not log.problems(), log.problems()


def test_the_page_is_usable_before_the_runtime_loads(open_page, practice_site):
    page, log = open_page("dsa/practice/two-sum.html")
    starter = get_problem("two-sum").starter_path.read_text()
    assert page.locator("article h1").inner_text().startswith("Two sum")
    assert page.input_value(".practice-code") == starter
    assert page.get_attribute(".practice-editor", "data-state") == "loading"
    page.wait_for_selector(READY, timeout=90_000)
    # The editor colours Python in the theme's own colours, in a monospace font.
    keyword = page.locator(".practice-editor .CodeMirror .cm-keyword").first
    assert keyword.inner_text() == "def"
    style = "e => getComputedStyle(e).color"
    assert keyword.evaluate(style) != page.locator(".practice-editor .cm-variable").first \
        .evaluate(style)
    assert "monospace" in page.locator(".practice-editor .CodeMirror").evaluate(
        "e => getComputedStyle(e).fontFamily")
    assert editor_text(page) == starter
    # Back to the starter reaches the editor as well as the textarea behind it.
    put_code(page, LOOP)
    assert page.input_value(".practice-code") == LOOP
    page.click(".practice-reset")
    assert editor_text(page) == page.input_value(".practice-code") == starter
    assert not log.problems(), log.problems()


def test_without_the_editors_files_the_plain_textarea_still_works(browser_context, base_url,
                                                                  practice_site):
    page = browser_context.new_page()   # not open_page: the missing file is the point here
    page.route("**/runtime/codemirror.js", lambda route: route.fulfill(status=404, body=""))
    page.goto(base_url + "dsa/practice/two-sum.html")
    page.wait_for_selector(".practice-editor[data-editor='plain']")
    assert page.locator(".CodeMirror").count() == 0
    page.fill(".practice-code", "def f(x):")
    page.press(".practice-code", "Enter")
    page.press(".practice-code", "Tab")
    assert page.input_value(".practice-code") == "def f(x):\n        "
    page.close()


def test_from_a_file_the_page_says_why_and_what_to_do(browser_context, practice_site):
    page = browser_context.new_page()
    page.goto((practice_site / "dsa" / "practice" / "two-sum.html").as_uri())
    page.wait_for_selector(".practice-editor[data-state='unavailable']")
    text = page.inner_text(".practice-runtime")
    assert "./run site" in text and "python -m dsa.practice check two-sum" in text
    assert page.is_disabled(".practice-check")
    page.wait_for_selector(".practice-editor:is([data-editor='ready'], [data-editor='plain'])")
    assert page.input_value(".practice-code") == get_problem("two-sum").starter_path.read_text()
    page.close()
