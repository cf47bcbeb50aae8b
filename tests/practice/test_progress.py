"""Progress: statuses, hints, give-ups, atomic saves, updates under a lock, damaged files."""

from __future__ import annotations

import json
import multiprocessing
import os

import pytest

from practice.progress import BACKUP, DAMAGED, FILENAME, LOCKNAME, Progress, record_check


def test_statuses_move_forward_only(tmp_path):
    progress = Progress.load(tmp_path)
    assert progress.entry("two-sum")["status"] == "not-started"
    progress.record_start("two-sum")
    assert progress.entry("two-sum")["status"] == "attempted"
    progress.record_check("two-sum", passed=True)
    progress.record_check("two-sum", passed=False)  # a later failure does not unsolve it
    progress.record_start("two-sum")
    entry = progress.entry("two-sum")
    assert (entry["status"], entry["checks"]) == ("solved", 2)
    assert entry["last_checked"].endswith("+00:00")


def test_hints_stop_at_the_last_one(tmp_path):
    progress = Progress.load(tmp_path)
    assert [progress.reveal_hint("x", 3) for _ in range(5)] == [1, 2, 3, 3, 3]


def test_save_and_load_round_trip(tmp_path):
    progress = Progress.load(tmp_path / "new-workspace")
    progress.record_check("a", passed=False)
    progress.reveal_hint("a", 2)
    progress.record_give_up("b")
    progress.save()
    again = Progress.load(tmp_path / "new-workspace")
    assert again.problems == progress.problems and not again.warning
    data = json.loads((tmp_path / "new-workspace" / FILENAME).read_text())
    assert data["version"] == 1
    left = sorted(p.name for p in (tmp_path / "new-workspace").iterdir())
    assert left == [FILENAME, BACKUP]  # no temporary file left behind
    assert (tmp_path / "new-workspace" / BACKUP).read_text() == json.dumps(data, indent=2,
                                                                          sort_keys=True) + "\n"


def test_save_is_atomic(tmp_path, monkeypatch):
    progress = Progress.load(tmp_path)
    progress.record_start("a")
    progress.save()
    before = (tmp_path / FILENAME).read_text()

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    progress.record_start("b")
    with pytest.raises(OSError, match="disk full"):
        progress.save()
    assert (tmp_path / FILENAME).read_text() == before  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILENAME, BACKUP]


@pytest.mark.parametrize("content", [
    "{not json", "[]", '{"problems": 3}', '{"problems": {"a": 1}}',
    # entries the commands cannot use: `status` used to stop on a KeyError for the first one
    '{"problems": {"a": {"status": "done"}}}', '{"problems": {"a": {"hints": "2"}}}',
    '{"problems": {"a": {"checks": -1}}}', '{"problems": {"a": {"gave_up": "no"}}}',
    '{"problems": {"a": {"last_checked": 5}}}'])
def test_corrupt_file_is_set_aside_not_lost(tmp_path, content):
    (tmp_path / FILENAME).write_text(content)
    progress = Progress.load(tmp_path)
    assert progress.problems == {}
    assert "could not be read" in progress.warning and ".progress.json.bad" in progress.warning
    assert (tmp_path / (FILENAME + ".bad")).read_text() == content
    assert not (tmp_path / FILENAME).exists()


def test_damaged_file_is_restored_from_the_last_good_copy(tmp_path):
    with Progress.update(tmp_path) as progress:
        progress.record_start("two-sum")
        progress.reveal_hint("two-sum", 3)
    (tmp_path / FILENAME).write_text('{"problems": {"two-sum": {"hin')  # a torn write
    restored = Progress.load(tmp_path)
    assert restored.entry("two-sum")["hints"] == 1
    assert "last good copy" in restored.warning and "restored" in restored.warning
    assert "\n" not in restored.warning  # one line
    assert (tmp_path / DAMAGED).read_text() == '{"problems": {"two-sum": {"hin'
    assert Progress.load(tmp_path).entry("two-sum")["hints"] == 1  # repaired on disk too
    assert not Progress.load(tmp_path).warning


def test_damaged_file_and_damaged_backup_start_afresh(tmp_path):
    (tmp_path / FILENAME).write_text("garbage")
    (tmp_path / BACKUP).write_text("more garbage")
    progress = Progress.load(tmp_path)
    assert progress.problems == {} and "no good backup" in progress.warning


def test_update_reads_inside_the_lock_so_a_stale_copy_is_never_saved(tmp_path):
    stale = Progress.load(tmp_path)  # what the check handler used to hold during a check
    with Progress.update(tmp_path) as progress:
        progress.reveal_hint("two-sum", 3)  # a hint taken meanwhile
    record_check(tmp_path, "two-sum", passed=True)  # the check ends and records its result
    entry = Progress.load(tmp_path).entry("two-sum")
    assert (entry["status"], entry["hints"]) == ("solved", 1)
    assert stale.entry("two-sum")["hints"] == 0


def test_nothing_is_saved_when_the_update_fails(tmp_path):
    with Progress.update(tmp_path) as progress:
        progress.record_start("a")
    with pytest.raises(RuntimeError), Progress.update(tmp_path) as progress:
        progress.record_give_up("a")
        raise RuntimeError("interrupted halfway")
    assert Progress.load(tmp_path).entry("a")["gave_up"] is False


def test_a_check_under_weaker_conditions_records_nothing(tmp_path):
    assert record_check(tmp_path, "a", passed=True, counts_as_solved=False) == ""
    assert not (tmp_path / FILENAME).exists()
    record_check(tmp_path, "a", passed=False)
    record_check(tmp_path, "a", passed=True, counts_as_solved=False)
    entry = Progress.load(tmp_path).entry("a")
    assert (entry["status"], entry["checks"]) == ("attempted", 1)


def test_reading_never_creates_the_workspace(tmp_path):
    assert Progress.load(tmp_path / "absent").problems == {}
    assert not (tmp_path / "absent").exists()


def _take_hints(workspace: str, count: int) -> None:
    for _ in range(count):
        with Progress.update(workspace) as progress:
            progress.reveal_hint("two-sum", 10**6)


def test_concurrent_updates_from_many_processes_are_all_kept(tmp_path):
    context = multiprocessing.get_context("spawn")  # a fresh interpreter, as a second CLI is
    workers = [context.Process(target=_take_hints, args=(str(tmp_path), 40)) for _ in range(4)]
    for worker in workers:
        worker.start()
    _take_hints(str(tmp_path), 40)
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    assert Progress.load(tmp_path).entry("two-sum")["hints"] == 200
    assert (tmp_path / LOCKNAME).exists()
