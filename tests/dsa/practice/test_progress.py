"""Progress: statuses, hints, give-ups, atomic saves and corrupt files set aside."""

from __future__ import annotations

import json
import os

import pytest

from dsa.practice.progress import FILENAME, Progress


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
    assert [p.name for p in (tmp_path / "new-workspace").iterdir()] == [FILENAME]  # no temp left


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
    assert sorted(p.name for p in tmp_path.iterdir()) == [FILENAME]


@pytest.mark.parametrize("content", ["{not json", "[]", '{"problems": 3}',
                                     '{"problems": {"a": 1}}'])
def test_corrupt_file_is_set_aside_not_lost(tmp_path, content):
    (tmp_path / FILENAME).write_text(content)
    progress = Progress.load(tmp_path)
    assert progress.problems == {}
    assert "could not be read" in progress.warning and ".progress.json.bad" in progress.warning
    assert (tmp_path / (FILENAME + ".bad")).read_text() == content
    assert not (tmp_path / FILENAME).exists()
