"""The "Your progress" page (tools/pages/practice.py, docs/assets/practice/progress.js): the
terminal's ``status`` on the site, counted from the progress the problem pages keep in the browser.

The progress is made by the terminal's own :class:`practice.progress.Progress` and the expected
counts, words and suggestion come from the terminal's own commands (``status --json``,
``status``, ``list``, ``next``) run on the same file; the page must show the same.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import re
import urllib.request
from pathlib import Path

import pytest

from practice.cli import main
from practice.problems import all_problems
from practice.progress import FILENAME, Progress
from practice.workspace import curriculum
from tools.pages import practice as pages

KEY = "ml-from-scratch:practice:progress"
PAGE = "dsa/practice/progress.html"
_DATA = re.compile(r'class="practice-progress-data">([^<]+)</script>')


def page_data(markdown: str) -> dict:
    return json.loads(base64.b64decode(_DATA.search(markdown).group(1)))


def cli(workspace: Path, *args: str) -> str:
    """What ``python -m dsa.practice ARGS --workspace WORKSPACE`` prints."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main([*args, "--workspace", str(workspace)], section="dsa",
                      prog="python -m dsa.practice")
    assert status == 0, out.getvalue()
    return out.getvalue()


def learner(workspace: Path) -> list[str]:
    """A workspace's progress as the terminal writes it; the ids it touches."""
    order = [p.id for p in curriculum(all_problems(section="dsa"))]
    solved, gave_up, hinted, failed, last = order[0], order[1], order[2], order[50], order[-1]
    with Progress.update(workspace) as progress:
        progress.record_check(solved, passed=True)
        progress.reveal_hint(solved, 3)
        progress.record_give_up(gave_up)          # not started, given up: `next` skips it
        progress.reveal_hint(gave_up, 3)
        progress.reveal_hint(gave_up, 3)
        progress.reveal_hint(hinted, 3)           # hints only: touched, still not started
        progress.record_check(failed, passed=False)
        progress.record_check(last, passed=True)
    return [solved, gave_up, hinted, failed, last]


# ----------------------------------------------------------------------------- the generator

def test_the_page_lists_every_dsa_problem_once_in_the_order_status_uses():
    problems = all_problems(section="dsa")
    site = pages.practice_pages(problems)
    data = page_data(site["dsa/practice/progress.md"])
    listed = [(group["pattern"], p["id"]) for group in data["patterns"] for p in group["problems"]]
    ids = [problem_id for _, problem_id in listed]
    assert len(ids) == len(set(ids)) == len(problems)
    order = curriculum(problems)                      # what `status` and `next` go through
    assert listed == [(p.pattern, p.id) for p in order]
    assert [g["pattern"] for g in data["patterns"]] == list(dict.fromkeys(p.pattern
                                                                          for p in order))
    for group in data["patterns"]:
        for problem in group["problems"]:   # each link names the problem's generated page
            assert f"dsa/practice/{problem['href'].removesuffix('.html')}.md" in site
    nav = pages.practice_nav(problems)
    assert nav[:2] == ["dsa/practice/index.md", "dsa/practice/progress.md"]
    assert "](progress.md)" in site["dsa/practice/index.md"]


def test_only_the_folders_problems_are_listed(tmp_path):
    folder = tmp_path / "problems" / "tiny"
    folder.mkdir(parents=True)
    (folder / "meta.toml").write_text(
        'id = "tiny"\ntitle = "Tiny"\npattern = "arrays-hashing"\ndifficulty = "easy"\n'
        'entry = "double"\ntime = "O(1)"\nspace = "O(1)"\nhints = ["Aim for O(1).", "Multiply."]\n')
    (folder / "statement.md").write_text("Return twice `n`.\n")
    for name in ("starter.py", "solution.py"):
        (folder / name).write_text("def double(n):\n    return 2 * n\n")
    (folder / "tests.py").write_text("def test_one(sol):\n    assert sol.double(1) == 2\n")
    problems, errors = pages.load_problems(root=folder.parent)
    assert not errors
    data = page_data(pages.practice_pages(problems)["dsa/practice/progress.md"])
    assert data == {"patterns": [{"pattern": "arrays-hashing", "title": "Arrays and hashing",
                                  "problems": [{"id": "tiny", "title": "Tiny",
                                                "difficulty": "easy", "href": "tiny.html"}]}]}


@pytest.mark.slow
def test_the_printable_page_leaves_the_progress_table_out(built_site):
    printed = (built_site / "print" / "dsa.html").read_text(encoding="utf-8")
    assert "Your progress" in printed              # the page's words stay
    assert 'class="practice-progress' not in printed and 'progress.js"' not in printed


# ----------------------------------------------------------------------------- in the browser

def seeded(open_page, text: str | None):
    """The progress page, opened with ``text`` stored as the progress (nothing if None)."""
    page, log = open_page(PAGE)
    page.evaluate("([key, text]) => { localStorage.clear(); "
                  "if (text !== null) localStorage.setItem(key, text); }", [KEY, text])
    page.reload()
    page.wait_for_selector(".practice-progress[data-state]")
    return page, log


def shown(page) -> dict:
    """Everything the page shows, read from its markup."""
    return page.evaluate("""() => ({
        state: document.querySelector('.practice-progress').dataset.state,
        total: document.querySelector('.practice-progress-total').textContent,
        next: document.querySelector('.practice-progress-next').textContent,
        nextHref: document.querySelector('.practice-progress-next a')?.getAttribute('href'),
        rows: [...document.querySelectorAll('.practice-progress tbody tr')].map((row) => [
            row.dataset.pattern, Object.fromEntries([...row.querySelectorAll('td[data-count]')]
                .map((cell) => [cell.dataset.count, cell.textContent]))]),
        problems: [...document.querySelectorAll('.practice-progress li[data-problem]')]
            .map((item) => [item.dataset.problem, item.dataset.status,
                            item.querySelector('.practice-progress-words').textContent,
                            item.querySelector('a').getAttribute('href')]),
    })""")


def expected_rows(status_json: dict) -> list:
    return [[pattern, {"solved": f"{c['solved']} / {c['problems']}",
                       "attempted": str(c["attempted"]), "not-started": str(c["not-started"]),
                       "hints": str(c["hints"]), "gave-up": str(c["gave_up"])}]
            for pattern, c in status_json["patterns"].items()]


@pytest.mark.slow
def test_the_page_shows_what_status_prints_for_the_same_file(open_page, base_url, tmp_path,
                                                            screenshot):
    touched = learner(tmp_path)
    page, log = seeded(open_page, (tmp_path / FILENAME).read_text())
    screenshot(page, "practice-progress")
    view = shown(page)
    status = json.loads(cli(tmp_path, "status", "--json"))
    assert view["state"] == "stored"
    assert view["rows"] == expected_rows(status)
    assert [(pid, s) for pid, s, _, _ in view["problems"]] == [
        (pid, entry["status"]) for pid, entry in status["problems"].items()]
    # `status` lists the touched problems in its words: "  two-sum: not started, gave up"
    lines = dict(line.strip().split(": ", 1) for line in cli(tmp_path, "status").splitlines()
                 if line.startswith("  "))
    assert list(lines) == touched
    assert {pid: words for pid, _, words, _ in view["problems"] if pid in lines} == lines
    assert view["total"] == cli(tmp_path, "list").splitlines()[-1]
    assert view["next"] == cli(tmp_path, "next").splitlines()[0]   # last: `next` starts it
    for _, _, _, href in view["problems"]:       # every problem links to its page
        with urllib.request.urlopen(f"{base_url}dsa/practice/{href}") as response:
            assert response.status == 200
    assert not log.problems(), log.problems()


@pytest.mark.slow
def test_with_nothing_or_nothing_good_stored_every_problem_is_not_started(open_page):
    count = len(all_problems(section="dsa"))
    first = curriculum(all_problems(section="dsa"))[0]
    # What the terminal would set aside as damaged. A "problems": null was let through before,
    # and the page broke.
    for stored in (None, "{not json", '{"problems": null, "version": 1}', '{"problems": []}',
                   '{"problems": {"two-sum": 5}}'):
        page, log = seeded(open_page, stored)
        view = shown(page)
        assert view["state"] == "empty", stored
        assert view["total"] == f"{count} problems: 0 solved, 0 attempted, {count} not started"
        assert {s for _, s, _, _ in view["problems"]} == {"not-started"}
        assert view["next"].startswith(f"Next: {first.title} ({first.id})")
        assert all(row[1]["solved"].startswith("0 / ") for row in view["rows"])
        assert not log.problems(), (stored, log.problems())
        page.close()


@pytest.mark.slow
def test_import_merges_and_export_gives_the_terminal_its_file(open_page, tmp_path):
    terminal, exported = tmp_path / "terminal", tmp_path / "exported"
    touched = learner(terminal)
    # The browser already holds more checks of the solved problem, and an attempt of another.
    mine = {"version": 1, "problems": {
        touched[0]: {"status": "attempted", "hints": 0, "gave_up": False, "checks": 7,
                     "last_checked": "2000-01-01T00:00:00+00:00"},
        "two-pointers-only-here": {"status": "attempted", "hints": 1, "gave_up": False,
                                   "checks": 1, "last_checked": None}}}
    page, log = seeded(open_page, json.dumps(mine))
    page.set_input_files(".practice-import input", str(terminal / FILENAME))
    page.wait_for_function("() => document.querySelector('.practice-progress-message')"
                           ".textContent.startsWith('Imported progress for 5 problem(s)')")
    view = shown(page)                             # shown at once, without a reload
    assert dict((pid, s) for pid, s, _, _ in view["problems"])[touched[0]] == "solved"
    with page.expect_download() as download:
        page.click(".practice-export")
    exported.mkdir()
    download.value.save_as(exported / FILENAME)
    theirs = Progress.load(terminal).problems
    back = Progress.load(exported)                 # the terminal reads what the page wrote
    assert not back.warning
    assert back.problems == {**theirs, touched[0]: {**theirs[touched[0]], "checks": 7},
                             "two-pointers-only-here": mine["problems"]["two-pointers-only-here"]}
    (tmp_path / "not-progress.json").write_text('{"problems": null}')
    page.set_input_files(".practice-import input", str(tmp_path / "not-progress.json"))
    page.wait_for_function("() => document.querySelector('.practice-progress-message')"
                           ".textContent.startsWith('Could not import that file')")
    assert shown(page)["problems"] == view["problems"]     # nothing changed by it
    assert not log.problems(), log.problems()


@pytest.mark.slow
def test_from_a_file_the_page_works_all_the_same(browser_context, built_site, tmp_path):
    learner(tmp_path)
    page = browser_context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((built_site / PAGE).as_uri())
    page.evaluate("([key, text]) => { localStorage.clear(); localStorage.setItem(key, text); }",
                  [KEY, (tmp_path / FILENAME).read_text()])
    page.reload()
    page.wait_for_selector(".practice-progress[data-state='stored']")
    assert shown(page)["rows"] == expected_rows(json.loads(cli(tmp_path, "status", "--json")))
    page.evaluate("() => localStorage.clear()")
    page.close()
    assert not errors, errors
