"""The learner's workflow, driven through ``python -m dsa.practice`` subprocesses as a learner
would: progress kept under a lock, next / reset / edit / watch / check --all, the workspace found
from a subfolder, follow-up commands that repeat ``--workspace``, and output piped into ``head``.
"""

from __future__ import annotations

import json
import os
import pty
import queue
import select
import signal
import subprocess
import sys
import termios
import textwrap
import threading
import time
from pathlib import Path

import pytest

from practice.problems import (
    DIFFICULTIES,
    PATTERNS,
    SECTIONS,
    all_problems,
    get_problem,
    load_problem,
)
from practice.progress import BACKUP, DAMAGED, FILENAME, Progress
from practice.signature import entry_signature
from practice.watch import LineCommands, Watcher
from practice.workspace import MARKER, curriculum, find_workspace

ROOT = Path(__file__).resolve().parents[3]
TWO_SUM = get_problem("two-sum")
WAIT = 120  # seconds: a bound on each subprocess, far above what it needs on a loaded machine


def environment(workspace: Path | None, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in {"DSA_PRACTICE_WORKSPACE", "VISUAL", "EDITOR"}}
    env["PYTHONPATH"] = str(ROOT)
    if workspace is not None:
        env["DSA_PRACTICE_WORKSPACE"] = str(workspace)
    return {**env, **extra}


def practice(*args: str, workspace: Path | None, cwd: Path, **extra: str
             ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "dsa.practice", *args], capture_output=True,
                          text=True, env=environment(workspace, **extra), cwd=cwd, timeout=WAIT)


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    return tmp_path / "ws"


def solve_with_reference(workspace: Path, problem_id: str) -> None:
    problem = get_problem(problem_id)
    (workspace / f"{problem.slug}.py").write_text(problem.solution_path.read_text())


# --- §5: progress that is never lost -------------------------------------------------------------

def test_a_hint_taken_while_a_check_runs_is_kept(ws, tmp_path):
    assert practice("start", "two-sum", workspace=ws, cwd=tmp_path).returncode == 0
    slow = "import time\ntime.sleep(3)  # a slow import: the check is still running\n"
    (ws / "two_sum.py").write_text(slow + TWO_SUM.solution_path.read_text())
    scratch = tmp_path / "tmp"  # the check's temporary folders appear here once it runs
    scratch.mkdir()
    check = subprocess.Popen([sys.executable, "-m", "dsa.practice", "check", "two-sum"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=environment(ws, TMPDIR=str(scratch)), cwd=tmp_path)
    try:
        deadline = time.monotonic() + WAIT
        while not any(scratch.iterdir()) and check.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        hint = practice("hint", "two-sum", workspace=ws, cwd=tmp_path)
        out, err = check.communicate(timeout=WAIT)
    finally:
        check.kill()
    assert hint.returncode == 0 and "Hint 1 of" in hint.stdout
    assert check.returncode == 0, out + err
    entry = Progress.load(ws).entry("two-sum")
    assert (entry["status"], entry["hints"]) == ("solved", 1)


def test_damaged_progress_is_restored_with_a_one_line_message(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    practice("hint", "two-sum", workspace=ws, cwd=tmp_path)
    (ws / FILENAME).write_text("{ half a fi")
    status = practice("status", "--json", workspace=ws, cwd=tmp_path)
    assert status.returncode == 0
    assert json.loads(status.stdout)["problems"]["two-sum"]["hints"] == 1
    warning = [line for line in status.stderr.splitlines() if line.startswith("warning:")]
    assert len(warning) == 1 and "restored" in warning[0] and BACKUP in warning[0]
    assert (ws / DAMAGED).read_text() == "{ half a fi"
    again = practice("status", workspace=ws, cwd=tmp_path)
    assert again.stderr == ""  # repaired once, quiet afterwards


def test_a_pass_under_weaker_conditions_is_shown_but_not_recorded(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere.py"
    elsewhere.write_text(TWO_SUM.solution_path.read_text())
    other = practice("check", "two-sum", "--file", str(elsewhere), workspace=ws, cwd=tmp_path)
    assert other.returncode == 0
    assert "not recorded" in other.stderr and str(elsewhere) in other.stderr
    solve_with_reference(ws, "two-sum")
    loose = practice("check", "two-sum", "--time-limit", "25", workspace=ws, cwd=tmp_path)
    assert loose.returncode == 0 and "not recorded" in loose.stderr
    assert "--time-limit" in loose.stderr
    assert Progress.load(ws).entry("two-sum")["status"] == "attempted"
    plain = practice("check", "two-sum", workspace=ws, cwd=tmp_path)
    assert plain.returncode == 0 and "not recorded" not in plain.stderr
    assert Progress.load(ws).entry("two-sum")["status"] == "solved"


def test_any_looser_limit_keeps_a_pass_from_counting(tmp_path):
    from practice.cli import _weakened, build_parser

    def why(*options: str) -> str:
        args = build_parser().parse_args(["check", "two-sum", "--workspace", str(tmp_path),
                                          *options])
        return _weakened(args, TWO_SUM, tmp_path / "two_sum.py")

    assert why() == "" and why("--time-limit", "0.5") == ""  # stricter is fine
    assert "--time-limit" in why("--time-limit", "5")
    assert "--memory-limit" in why("--memory-limit", "4G") and why("--memory-limit", "256M") == ""
    assert "--wall-limit" in why("--wall-limit", "300") and why("--wall-limit", "5") == ""
    assert "not your attempt" in _weakened(build_parser().parse_args(
        ["check", "two-sum", "--workspace", str(tmp_path)]), TWO_SUM, tmp_path / "other.py")


# --- §6: next, reset, edit, status, list ----------------------------------------------------------

def test_next_starts_problems_in_curriculum_order(ws, tmp_path):
    order = curriculum(all_problems(section="dsa"))  # dsa.practice goes through its own set
    run = practice("next", workspace=ws, cwd=tmp_path)
    path = ws / f"{order[0].slug}.py"
    assert run.returncode == 0 and str(path) in run.stdout and path.exists()
    again = practice("next", workspace=ws, cwd=tmp_path)  # not solved yet: the same one
    assert str(path) in again.stdout and "left untouched" in again.stdout
    with Progress.update(ws) as progress:
        progress.record_check(order[0].id, passed=True)
        progress.record_give_up(order[1].id)
    after = practice("next", workspace=ws, cwd=tmp_path)
    assert f"({order[2].id})" in after.stdout and (ws / f"{order[2].slug}.py").exists()


def test_curriculum_goes_by_pattern_then_difficulty():
    order = curriculum(all_problems(section="dsa"))
    keys = [(PATTERNS.index(p.pattern), DIFFICULTIES.index(p.difficulty)) for p in order]
    assert keys == sorted(keys) and len(order) == len(all_problems(section="dsa"))


def test_exercises_follow_their_path_and_sections_follow_each_other():
    order = curriculum(all_problems())
    sections = list(SECTIONS)
    keys = [(sections.index(p.section), SECTIONS[p.section].patterns.index(p.pattern), p.order)
            for p in order]
    assert keys == sorted(keys)


def test_reset_keeps_a_backup_and_says_where(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    (ws / "two_sum.py").write_text("# my work in progress\n")
    run = practice("reset", "two-sum", workspace=ws, cwd=tmp_path)
    assert run.returncode == 0
    backups = list((ws / ".backups").iterdir())
    assert len(backups) == 1 and str(backups[0]) in run.stdout
    assert backups[0].read_text() == "# my work in progress\n"
    assert (ws / "two_sum.py").read_text() == TWO_SUM.starter_path.read_text()
    practice("reset", "two-sum", workspace=ws, cwd=tmp_path)
    assert len(list((ws / ".backups").iterdir())) == 2  # a second reset never overwrites


def test_reset_without_an_attempt_is_a_one_line_error(ws, tmp_path):
    run = practice("reset", "two-sum", workspace=ws, cwd=tmp_path)
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    assert "nothing to reset" in run.stderr and "start two-sum" in run.stderr


def appender(tmp_path: Path, name: str, line: str) -> str:
    script = tmp_path / f"{name}.py"
    script.write_text(f"import sys\nwith open(sys.argv[1], 'a') as f:\n    f.write({line!r})\n")
    return f"{sys.executable} {script}"


def test_edit_opens_visual_or_editor(ws, tmp_path):
    editor = appender(tmp_path, "editor", "# from EDITOR\n")
    run = practice("edit", "two-sum", workspace=ws, cwd=tmp_path, EDITOR=editor)
    attempt = ws / "two_sum.py"
    assert run.returncode == 0, run.stderr
    assert attempt.read_text() == TWO_SUM.starter_path.read_text() + "# from EDITOR\n"
    assert Progress.load(ws).entry("two-sum")["status"] == "attempted"
    visual = appender(tmp_path, "visual", "# from VISUAL\n")
    practice("edit", "two-sum", workspace=ws, cwd=tmp_path, EDITOR=editor, VISUAL=visual)
    assert attempt.read_text().endswith("# from EDITOR\n# from VISUAL\n")


@pytest.mark.parametrize("editor", [None, "no-such-editor-anywhere"])
def test_edit_without_a_usable_editor_is_a_one_line_error(ws, tmp_path, editor):
    extra = {"EDITOR": editor} if editor else {}
    run = practice("edit", "two-sum", workspace=ws, cwd=tmp_path, **extra)
    assert run.returncode == 2 and run.stderr.count("\n") == 1, run.stderr
    assert "$EDITOR" in run.stderr and "Traceback" not in run.stderr


def test_status_shows_problems_with_only_hints_or_a_give_up(ws, tmp_path):
    practice("hint", "two-sum", workspace=ws, cwd=tmp_path)
    practice("solution", "valid-anagram", "--give-up", workspace=ws, cwd=tmp_path)
    run = practice("status", workspace=ws, cwd=tmp_path)
    assert "  two-sum: not started, 1 hint(s) used" in run.stdout
    assert "  valid-anagram: not started, gave up" in run.stdout


def test_list_has_a_header_and_a_count(ws, tmp_path):
    run = practice("list", workspace=ws, cwd=tmp_path)
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["ID", "PATTERN", "LEVEL", "STATUS", "TITLE"]
    rows = len(lines) - 2
    assert lines[-1].startswith(f"{rows} problems: 0 solved")
    stack = practice("list", "--pattern", "stack", workspace=ws, cwd=tmp_path)
    assert stack.stdout.splitlines()[-1].startswith(f"{len(stack.stdout.splitlines()) - 2} of "
                                                    f"{rows} problems")


def test_list_into_head_prints_no_traceback(ws, tmp_path):
    shell = subprocess.run(f"{sys.executable} -m dsa.practice list | head -1", shell=True,
                           capture_output=True, text=True, env=environment(ws), cwd=tmp_path,
                           timeout=WAIT)
    assert shell.stdout.split() == ["ID", "PATTERN", "LEVEL", "STATUS", "TITLE"]
    assert shell.stderr == ""
    read, write = os.pipe()
    os.close(read)  # the reader is gone before the first line: a certain broken pipe
    closed = subprocess.run([sys.executable, "-m", "dsa.practice", "list"], stdout=write,
                            stderr=subprocess.PIPE, text=True, env=environment(ws),
                            cwd=tmp_path, timeout=WAIT)
    os.close(write)
    assert closed.stderr == "" and closed.returncode == 141


# --- §6: the workspace and the commands it prints -------------------------------------------------

def test_the_workspace_is_found_from_a_subfolder(tmp_path):
    made = practice("start", "two-sum", workspace=None, cwd=tmp_path)
    root = tmp_path / "practice-workspace"
    assert made.returncode == 0 and (root / MARKER).exists()
    deep = root / "notes" / "deeper"
    deep.mkdir(parents=True)
    inside = practice("status", "--json", workspace=None, cwd=deep)
    assert json.loads(inside.stdout)["workspace"] == str(root.resolve())
    hint = practice("hint", "two-sum", workspace=None, cwd=deep)
    assert hint.returncode == 0 and Progress.load(root).entry("two-sum")["hints"] == 1
    assert not (deep / "practice-workspace").exists()
    beside = tmp_path / "elsewhere"  # no marker above it: a workspace of its own
    beside.mkdir()
    practice("start", "two-sum", workspace=None, cwd=beside)
    assert (beside / "practice-workspace" / "two_sum.py").exists()


def test_workspace_rules_in_order(tmp_path):
    found = tmp_path / "found"
    found.mkdir()
    (found / MARKER).write_text("")
    (found / "sub").mkdir()
    assert find_workspace("given", {}, found / "sub").given
    assert find_workspace(None, {"DSA_PRACTICE_WORKSPACE": str(tmp_path / "env")},
                          found / "sub").root == tmp_path / "env"
    assert find_workspace(None, {}, found / "sub").root == found
    assert find_workspace(None, {}, tmp_path).root == tmp_path / "practice-workspace"


def test_printed_commands_repeat_the_workspace_option(tmp_path):
    chosen = tmp_path / "my ws"
    option = ["--workspace", str(chosen)]
    quoted = f"--workspace '{chosen}'"
    started = practice("start", "two-sum", *option, workspace=None, cwd=tmp_path)
    assert f"python -m dsa.practice check two-sum {quoted}" in started.stdout
    following = practice("next", *option, workspace=None, cwd=tmp_path)
    assert f"check {curriculum(all_problems(section='dsa'))[0].id} {quoted}" in following.stdout
    for _ in range(len(TWO_SUM.hints) + 1):
        hint = practice("hint", "two-sum", *option, workspace=None, cwd=tmp_path)
    assert f"solution two-sum --give-up {quoted}" in hint.stdout
    missing = practice("reset", "valid-anagram", *option, workspace=None, cwd=tmp_path)
    assert f"start valid-anagram {quoted}" in missing.stderr
    shown = practice("show", "two-sum", *option, workspace=None, cwd=tmp_path)
    assert f"start two-sum {quoted}" in shown.stdout


# --- §6: check --all and watch ------------------------------------------------------------------

def test_check_all_rechecks_every_started_problem(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    practice("start", "valid-anagram", workspace=ws, cwd=tmp_path)
    practice("hint", "contains-duplicate", workspace=ws, cwd=tmp_path)  # hints only: not started
    solve_with_reference(ws, "valid-anagram")
    run = practice("check", "--all", workspace=ws, cwd=tmp_path)
    assert run.returncode == 1
    assert "== two-sum" in run.stdout and "== valid-anagram" in run.stdout
    assert "== contains-duplicate" not in run.stdout
    assert "Checked 2 started problem(s): 1 passed, 1 did not (two-sum)" in run.stdout
    assert Progress.load(ws).entry("valid-anagram")["status"] == "solved"
    assert practice("check", workspace=ws, cwd=tmp_path).returncode == 2


class Lines:
    """A subprocess's output read line by line in the background, waited for with a deadline."""

    def __init__(self, stream) -> None:
        self.seen: list[str] = []
        self._queue: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._pump, args=(stream,), daemon=True).start()

    def _pump(self, stream) -> None:
        for line in iter(stream.readline, ""):
            self._queue.put(line)

    def wait_for(self, text: str) -> None:
        deadline = time.monotonic() + WAIT
        while not any(text in line for line in self.seen):
            remaining = deadline - time.monotonic()
            assert remaining > 0, f"never saw {text!r}; saw:\n{''.join(self.seen)}"
            try:
                self.seen.append(self._queue.get(timeout=remaining))
            except queue.Empty:
                pass


def test_watch_rechecks_on_save_and_takes_commands_from_a_pipe(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    watch = subprocess.Popen([sys.executable, "-m", "dsa.practice", "watch", "two-sum"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=environment(ws),
                             cwd=tmp_path)
    try:
        out = Lines(watch.stdout)
        out.wait_for("save it to check again")  # the untouched starter, checked at once
        solve_with_reference(ws, "two-sum")
        out.wait_for("Solved! n = next problem")
        watch.stdin.write("hint\n")
        watch.stdin.flush()
        out.wait_for("Hint 1 of")
        watch.stdin.write("q\n")
        watch.stdin.flush()
        assert watch.wait(timeout=WAIT) == 0
        out.wait_for("Stopped watching.")
    finally:
        watch.kill()
    assert "Traceback" not in watch.stderr.read()
    entry = Progress.load(ws).entry("two-sum")
    assert (entry["status"], entry["hints"]) == ("solved", 1)


def test_watch_stops_cleanly_at_end_of_input_and_on_ctrl_c(ws, tmp_path):
    ended = subprocess.run([sys.executable, "-m", "dsa.practice", "watch", "two-sum"],
                           stdin=subprocess.DEVNULL, capture_output=True, text=True,
                           env=environment(ws), cwd=tmp_path, timeout=WAIT)
    assert ended.returncode == 0 and "Input ended" in ended.stdout and ended.stderr == ""
    watch = subprocess.Popen([sys.executable, "-m", "dsa.practice", "watch", "two-sum"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=environment(ws),
                             cwd=tmp_path)
    try:
        Lines(watch.stdout).wait_for("save it to check again")
        watch.send_signal(signal.SIGINT)
        assert watch.wait(timeout=WAIT) == 0
    finally:
        watch.kill()
    assert "Traceback" not in watch.stderr.read()


def test_watch_reads_single_keys_on_a_terminal_and_restores_it(ws, tmp_path):
    practice("start", "two-sum", workspace=ws, cwd=tmp_path)
    leader, follower = pty.openpty()
    before = termios.tcgetattr(follower)
    watch = subprocess.Popen([sys.executable, "-m", "dsa.practice", "watch", "two-sum"],
                             stdin=follower, stdout=follower, stderr=follower,
                             env=environment(ws), cwd=tmp_path)
    seen = b""
    try:
        deadline = time.monotonic() + WAIT
        while b"save it to check again" not in seen and time.monotonic() < deadline:
            if select.select([leader], [], [], 0.5)[0]:
                seen += os.read(leader, 4096)
        os.write(leader, b"q")  # one key, no Enter
        assert watch.wait(timeout=WAIT) == 0
    finally:
        watch.kill()
        after = termios.tcgetattr(follower)
        os.close(follower)
        os.close(leader)
    assert b"Keys: n = next problem" in seen
    assert after == before  # cbreak mode was undone


# --- show, help, hypothesis ---------------------------------------------------------------------

def test_show_names_what_to_write(ws, tmp_path):
    shown = practice("show", "two-sum", workspace=ws, cwd=tmp_path)
    assert "def two_sum(nums: list[int], target: int) -> list[int]" in shown.stdout
    klass = practice("show", "min-stack", workspace=ws, cwd=tmp_path)
    assert "class MinStack:" in klass.stdout and "def get_min(self) -> int" in klass.stdout


def test_the_signature_is_read_without_running_the_starter(make_problem):
    folder = make_problem()
    starter = folder / "starter.py"
    starter.write_text("raise SystemExit('never run me')\n\n\n" + textwrap.dedent('''
        def double(n: int, *, times: int = 2) -> int:
            raise NotImplementedError
    '''))
    problem = load_problem(folder)
    assert entry_signature(problem) == "def double(n: int, *, times: int=2) -> int"


def test_every_command_has_helpful_help(ws, tmp_path):
    top = practice("--help", workspace=ws, cwd=tmp_path)
    commands = ["list", "show", "status", "hint", "solution", "next", "start", "edit", "reset",
                "watch", "check"]
    for name in commands:
        assert name in top.stdout
        run = practice(name, "--help", workspace=ws, cwd=tmp_path)
        assert run.returncode == 0 and run.stdout.startswith("usage:")
        assert "example: python -m dsa.practice" in run.stdout and "--workspace" in run.stdout


def test_missing_hypothesis_is_a_one_line_error(ws, tmp_path):
    script = ("import sys; sys.modules['hypothesis'] = None\n"
              "from practice.cli import main\n"
              "sys.exit(main(['check', 'two-sum', '--file', sys.argv[1]]))\n")
    run = subprocess.run([sys.executable, "-c", script, str(TWO_SUM.solution_path)],
                         capture_output=True, text=True, env=environment(ws), cwd=tmp_path,
                         timeout=WAIT)
    assert run.returncode == 2 and run.stderr.count("\n") == 1
    assert "pip install hypothesis" in run.stderr


class ScriptedKeys:
    """Stands in for the keyboard: each read returns the next step's commands, or runs a step
    that changes the world and returns none; ``None`` (end of input) when the script is done."""

    single_keys = False

    def __init__(self, *steps) -> None:
        self.steps = list(steps)

    def read(self, timeout: float) -> list[str] | None:
        if not self.steps:
            return None
        step = self.steps.pop(0)
        if callable(step):
            step()
            return []
        return step


def test_the_watch_loop_checks_each_save_once_and_answers_every_key(tmp_path):
    attempt = tmp_path / "a.py"
    said: list[str] = []
    checks: list[str] = []
    watcher = Watcher(check=lambda pid: checks.append(pid) or len(checks) > 1,
                      hint=lambda pid: said.append(f"hint for {pid}"),
                      advance=lambda pid: None, path=lambda pid: attempt, say=said.append)
    keys = ScriptedKeys(lambda: attempt.write_text("v1"), [], lambda: attempt.write_text("v22"),
                        ["h", "x", "n", "r"], [], ["q"], ["h"])
    assert watcher.run("tiny", keys) == 0
    assert checks == ["tiny", "tiny", "tiny"]  # the first save, the second, and `r`
    assert said[1].endswith("the watch goes on.")  # before the file exists
    assert "hint for tiny" in said and said.count("Solved! n = next problem, q = quit.") == 2
    assert any(line.startswith("Commands: n = next problem") for line in said)  # unknown key
    assert any("nothing to move on to" in line for line in said)
    assert said[-1] == "Stopped watching." and keys.steps == [["h"]]  # q stops at once


def test_commands_from_a_pipe_are_words_and_from_a_terminal_keys():
    lines = LineCommands()
    assert lines.parse(b"next\n  Hint \nq\n") == ["n", "h", "q"]
    assert lines.parse(b"") is None
    keys = LineCommands()
    keys.single_keys = True
    assert keys.parse(b"hq") == ["h", "q"]
